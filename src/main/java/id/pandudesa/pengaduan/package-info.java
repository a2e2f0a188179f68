/**
 * Complaints and disputes (pengaduan, perselisihan): intake from the public form and at the posko,
 * a tracking code for the citizen, the complainant's identity kept to the case's handlers, the
 * workflow from diterima to selesai with deadlines and automatic escalation, mediation by
 * musyawarah mufakat, and figures for the dashboards.
 */
@ApplicationModule(displayName = "Pengaduan")
package id.pandudesa.pengaduan;

import org.springframework.modulith.ApplicationModule;
