package id.pandudesa.regulasi.internal;

import java.time.LocalDate;

/**
 * A draft's evaluation (Permendagri 111/2014 art. 11): the covering letter it was sent with, and —
 * once evaluated — the outcome, the note, who recorded it and whether for the Camat (delegated) or
 * the Bupati (with the number of the Bupati's letter). Stored in the regulation's own row.
 */
public record EvaluasiProdukHukum(
        String nomorLaporan,
        LocalDate tanggalLaporan,
        String hasilEvaluasi,
        String catatanEvaluasi,
        String dievaluasiOleh,
        EvaluatorProdukHukum evaluator,
        String nomorEvaluasi) {

    static EvaluasiProdukHukum diajukan(String nomorSurat, LocalDate tanggal) {
        return new EvaluasiProdukHukum(nomorSurat, tanggal, null, null, null, null, null);
    }

    EvaluasiProdukHukum dinilai(
            boolean sesuai, String catatan, String oleh, EvaluatorProdukHukum siapa, String nomorSurat) {
        return new EvaluasiProdukHukum(
                nomorLaporan, tanggalLaporan, sesuai ? "SESUAI" : "PERLU_PERBAIKAN", catatan, oleh, siapa, nomorSurat);
    }

    /** The Bupati's evaluation letter, when the Bupati evaluated (the Ket. column of the books). */
    public String suratBupati() {
        return evaluator == EvaluatorProdukHukum.BUPATI ? nomorEvaluasi : null;
    }
}
