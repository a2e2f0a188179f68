package id.pandudesa.wilayah;

/**
 * What kind of region a code names. At the lowest level the seventh digit tells: 1 kelurahan,
 * 2 desa, 3 desa adat. Only desa (incl. desa adat) fall under UU 6/2014 and are facilitated.
 */
public enum JenisWilayah {
    PROVINSI,
    KABUPATEN,
    KOTA,
    KECAMATAN,
    DESA,
    DESA_ADAT,
    KELURAHAN;

    public boolean isDesa() {
        return this == DESA || this == DESA_ADAT;
    }
}
