package id.pandudesa.wilayah;

/** The four levels of the Kemendagri region tree, told apart by the length of the code. */
public enum Tingkat {
    PROVINSI(2),
    KABUPATEN(4),
    KECAMATAN(6),
    DESA(10);

    private final int panjangKode;

    Tingkat(int panjangKode) {
        this.panjangKode = panjangKode;
    }

    public int panjangKode() {
        return panjangKode;
    }

    /** The level below this one, or {@code null} for DESA. */
    public Tingkat anak() {
        return this == DESA ? null : values()[ordinal() + 1];
    }

    /** The level of a code without dots, or {@code null} when its length fits no level. */
    public static Tingkat dariKode(String kode) {
        if (kode == null) {
            return null;
        }
        for (Tingkat t : values()) {
            if (t.panjangKode == kode.length()) {
                return t;
            }
        }
        return null;
    }
}
