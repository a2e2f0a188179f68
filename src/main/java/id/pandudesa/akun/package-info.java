/**
 * Users, roles and region scopes; login, personal API tokens and throttling. {@link
 * id.pandudesa.akun.Lingkup} is the one scope rule every module filters its queries with.
 */
@ApplicationModule(displayName = "Akun")
package id.pandudesa.akun;

import org.springframework.modulith.ApplicationModule;
