/**
 * Public transparency: each village's information board (papan informasi) for citizens without
 * an account — the adopted APBDes as an infographic, published meetings, the village index, the
 * people who serve the village — its printable APBDes poster, and share links with previews.
 * Only what the owning modules publish appears here, read through their public APIs.
 */
@ApplicationModule(displayName = "Transparansi")
package id.pandudesa.transparansi;

import org.springframework.modulith.ApplicationModule;
