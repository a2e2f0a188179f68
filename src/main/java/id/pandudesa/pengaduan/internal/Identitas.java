package id.pandudesa.pengaduan.internal;

import id.pandudesa.platform.privasi.Sandi;

/**
 * How this module stores the identities it keeps encrypted (the complainant's name and contact, a
 * dispute's parties): the value encrypted, and its keyed fingerprint for finding the person.
 */
final class Identitas {

    private Identitas() {}

    static String simpan(String plain) {
        return Sandi.aktif().enkripsi(plain);
    }

    static String buka(String stored) {
        return Sandi.aktif().dekripsi(stored);
    }

    static String sidikNama(String nama) {
        return Sandi.aktif().sidik(Sandi.namaNormal(nama));
    }

    static String sidikKontak(String kontak) {
        return Sandi.aktif().sidik(Sandi.kontakNormal(kontak));
    }
}
