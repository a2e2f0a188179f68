package id.pandudesa.wilayah;

/**
 * One region of the Kemendagri tree.
 *
 * @param kode the code without dots, e.g. {@code 3517082007}
 * @param induk the parent's code, {@code null} for a provinsi
 */
public record Wilayah(String kode, String nama, Tingkat tingkat, JenisWilayah jenis, String induk) {

    /** The code as Kemendagri writes it: {@code 35.17.08.2007}. */
    public String kodeBertitik() {
        return KodeWilayah.bertitik(kode);
    }

    public boolean isDesa() {
        return tingkat == Tingkat.DESA && jenis.isDesa();
    }
}
