package id.pandudesa.wilayah;

/** How many regions of each level are loaded; {@code desa} counts every desa and kelurahan. */
public record RingkasanWilayah(long provinsi, long kabupaten, long kecamatan, long desa, long kelurahan) {}
