/**
 * Field work: the forms used in villages (the daily log, meeting attendance, the IDM questionnaire,
 * project progress reports, complaint intake) as an installable web app that keeps working without
 * signal — a web manifest, a service worker that keeps the forms and their reference data on the
 * phone, and an offline queue that sends entries once, in order, when the connection returns.
 * Modules offer their forms through {@link id.pandudesa.lapangan.FormulirLapangan}.
 */
@ApplicationModule(displayName = "Lapangan")
package id.pandudesa.lapangan;

import org.springframework.modulith.ApplicationModule;
