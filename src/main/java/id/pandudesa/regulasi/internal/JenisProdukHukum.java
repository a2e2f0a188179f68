package id.pandudesa.regulasi.internal;

/** The kinds of Permendagri 111/2014, in the order of the Buku Peraturan di Desa. */
public enum JenisProdukHukum {
    PERDES,
    PERATURAN_BERSAMA,
    PERKADES,
    KEPUTUSAN_KADES
}
