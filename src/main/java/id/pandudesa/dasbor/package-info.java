/**
 * The landing page of each role and, as modules arrive, the dashboards rolled up desa →
 * kecamatan → kabupaten → provinsi → nasional.
 */
@ApplicationModule(displayName = "Dasbor")
package id.pandudesa.dasbor;

import org.springframework.modulith.ApplicationModule;
