/**
 * Village meetings (Permendesa 16/2019): Musyawarah Dusun, Musyawarah Desa and its kinds,
 * Musrenbangdes, Musyawarah Desa Khusus, Musyawarah Antar Desa, aksi-refleksi — invitations by
 * unsur, attendance at the door with a live inclusion check, decisions by mufakat or vote, and the
 * berita acara. Other modules refer to a decision through {@link id.pandudesa.musyawarah.MusyawarahApi}.
 */
@ApplicationModule(displayName = "Musyawarah")
package id.pandudesa.musyawarah;

import org.springframework.modulith.ApplicationModule;
