package id.pandudesa.regulasi.internal;

import id.pandudesa.wilayah.SebutanDesa;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What the register's two books and pages share: a kind's name in the village's words, a number-and-date cell. */
public final class BukuAdministrasi {

    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private BukuAdministrasi() {}

    public static String jenis(SebutanDesa kata, JenisProdukHukum jenis) {
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

    /** The Ket. column of the books: what amended or revoked it, or what it amends. */
    static String keterangan(ProdukHukum p, ProdukHukumRepository repository) {
        StringBuilder ket = new StringBuilder();
        if (p.berlaku() != BerlakuProdukHukum.BERLAKU && p.digantiOlehId() != null) {
            repository
                    .findById(p.digantiOlehId())
                    .ifPresent(b -> ket.append(
                                    p.berlaku() == BerlakuProdukHukum.DICABUT
                                            ? "Dicabut dengan nomor "
                                            : "Diubah dengan nomor ")
                            .append(b.nomor()));
        }
        if (p.mengubahId() != null) {
            repository
                    .findById(p.mengubahId())
                    .ifPresent(a -> ket.append(ket.isEmpty() ? "" : "; ")
                            .append(p.perubahan() == PerubahanProdukHukum.CABUT ? "Mencabut nomor " : "Mengubah nomor ")
                            .append(a.nomor()));
        }
        if (p.penilaian() != null && p.penilaian().suratBupati() != null) {
            ket.append(ket.isEmpty() ? "" : "; ")
                    .append("Evaluasi Bupati ")
                    .append(p.penilaian().suratBupati());
        }
        return ket.toString();
    }
}
