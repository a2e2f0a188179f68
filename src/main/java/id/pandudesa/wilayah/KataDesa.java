package id.pandudesa.wilayah;

import org.springframework.stereotype.Component;

/**
 * A village's words for templates ({@code ${@kata.apb(desa.kode())}}, {@code
 * ${@kata.terapkan(kode, #messages.msg(...))}}): pages of a record speak the words of that record's
 * village, also for a user who works in several regions.
 */
@Component("kata")
public class KataDesa {

    private final WilayahApi wilayah;

    KataDesa(WilayahApi wilayah) {
        this.wilayah = wilayah;
    }

    public SebutanDesa dari(String kode) {
        return kode == null ? SebutanDesa.DESA : wilayah.sebutan(kode);
    }

    /** "Gampong Jantang", "Desa Cukir". */
    public String nama(String kode, String nama) {
        return dari(kode).nama(nama);
    }

    /** A text in the national terms, in the village's words ({@link SebutanDesa#terapkan}). */
    public String terapkan(String kode, String teks) {
        return dari(kode).terapkan(teks);
    }

    /** A document of the village with its name ({@link SebutanDesa#milik}): "APB Nagari Tiku Selatan". */
    public String milik(String kode, String dokumen, String nama) {
        return dari(kode).milik(dokumen, nama);
    }

    public String apb(String kode) {
        return dari(kode).apb();
    }

    public String rkp(String kode) {
        return dari(kode).rkp();
    }

    public String rpjm(String kode) {
        return dari(kode).rpjm();
    }
}
