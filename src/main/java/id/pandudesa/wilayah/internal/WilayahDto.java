package id.pandudesa.wilayah.internal;

import id.pandudesa.wilayah.Wilayah;

/** A region in the API: {@code {"kode","nama","tingkat","induk","jenis"}}. */
record WilayahDto(String kode, String nama, String tingkat, String induk, String jenis) {

    static WilayahDto of(Wilayah w) {
        return new WilayahDto(
                w.kode(), w.nama(), w.tingkat().name(), w.induk(), w.jenis().name());
    }
}
