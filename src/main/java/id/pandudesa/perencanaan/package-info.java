/**
 * Participatory planning: usulan from dusun and groups, RPJMDes and RKPDes, and the APBDes with
 * the codes of Permendagri 20/2018, every line traceable back to the proposal and the musyawarah
 * that decided it.
 */
@ApplicationModule(displayName = "Perencanaan")
package id.pandudesa.perencanaan;

import org.springframework.modulith.ApplicationModule;
