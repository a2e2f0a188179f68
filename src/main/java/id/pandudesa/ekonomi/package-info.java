/**
 * The village economy (ekonomi): BUMDes and BUMDes Bersama with their legal identity, member
 * villages, business units, yearly results and the yearly self-assessment that classes them.
 */
@ApplicationModule(displayName = "Ekonomi")
package id.pandudesa.ekonomi;

import org.springframework.modulith.ApplicationModule;
