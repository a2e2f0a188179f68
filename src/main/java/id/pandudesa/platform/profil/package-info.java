/** Start-up steps of the demo and generator profiles, switched on when the app starts. */
package id.pandudesa.platform.profil;
