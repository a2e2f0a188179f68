/**
 * Capacity of the village's own people (kapasitas): the registry of cadres (KPMD and others) with
 * their decree, term and competencies; trainings with participants, attendance, scores and
 * certificates; the capacity map of a kecamatan; and the kaderisasi measure — how much of the
 * facilitation work the village's cadres carry themselves.
 */
@ApplicationModule(displayName = "Kapasitas")
package id.pandudesa.kapasitas;

import org.springframework.modulith.ApplicationModule;
