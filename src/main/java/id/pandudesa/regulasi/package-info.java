/**
 * The village's own rules: the register of its regulations and decisions (Perdes, Peraturan
 * Bersama, Perkades, Keputusan Kepala Desa) through the steps of Permendagri 111/2014, the text as
 * PDF in versions, facilitators' comments on drafts, the public list on the village board, and the
 * administration books of Permendagri 47/2016 printed from it.
 */
@ApplicationModule(displayName = "Regulasi")
package id.pandudesa.regulasi;

import org.springframework.modulith.ApplicationModule;
