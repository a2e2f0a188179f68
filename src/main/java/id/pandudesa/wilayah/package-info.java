/**
 * The Kemendagri region tree (provinsi → kabupaten/kota → kecamatan → desa/kelurahan) with real
 * codes, the local name of a desa per region, and the village profile page that other modules
 * add sections to ({@link id.pandudesa.wilayah.ProfilDesaSection}).
 */
@ApplicationModule(displayName = "Wilayah")
package id.pandudesa.wilayah;

import org.springframework.modulith.ApplicationModule;
