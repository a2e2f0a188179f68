/** The operator's commands ({@code --pandu.perintah=…}): run once at start, then the process ends. */
package id.pandudesa.platform.perintah;
