/**
 * Village indices: the IDM (Permendesa PDTT 2/2016) computed exactly from the 50 indicator scores,
 * status, target, gap and what would move a village up; index definitions are catalogue data, so
 * the Indeks Desa 2024 is a new catalogue, not new code.
 */
@ApplicationModule(displayName = "Indeks")
package id.pandudesa.indeks;

import org.springframework.modulith.ApplicationModule;
