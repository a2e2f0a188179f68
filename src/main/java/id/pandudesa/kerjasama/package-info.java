/**
 * Cooperation (kerjasama) of a desa with other villages and with third parties (seed 004,
 * Permendagri 96/2017): partners, agreements as a guided flow of six steps each citing its
 * evidence, the signed agreement with its Perdes and Musyawarah Antar Desa, aksi-refleksi reviews
 * with follow-ups, the inter-village body (BKAD) of a kecamatan, and alerts before an agreement
 * expires.
 */
@ApplicationModule(displayName = "Kerjasama")
package id.pandudesa.kerjasama;

import org.springframework.modulith.ApplicationModule;
