package id.pandudesa.regulasi.internal;

import id.pandudesa.wilayah.SebutanDesa;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What the register's two books and pages share: a kind's name in the village's words, a number-and-date cell. */
public final class BukuAdministrasi {

    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private BukuAdministrasi() {}

    public static String jenis(SebutanDesa kata, ProdukHukum.Jenis jenis) {
        return switch (jenis) {
            case PERDES -> kata.perdes();
            case PERATURAN_BERSAMA -> "Peraturan Bersama " + kata.kepalaDesa();
            case PERKADES -> "Peraturan " + kata.kepalaDesa();
            case KEPUTUSAN_KADES -> "Keputusan " + kata.kepalaDesa();
        };
    }

    /** "12 / 03-02-2026", or empty when the step was not taken. */
    static String nomorTanggal(String nomor, LocalDate tanggal) {
        return nomor == null || tanggal == null ? "" : nomor + " / " + TGL.format(tanggal);
    }
}
