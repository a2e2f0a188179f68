/**
 * Cross-cutting mechanisms every module gets by default: security filter chains, the audit
 * trail, error handling (pages and Problem Details), i18n, pagination and the web layout.
 * It depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform")
package id.pandudesa.platform;

import org.springframework.modulith.ApplicationModule;
