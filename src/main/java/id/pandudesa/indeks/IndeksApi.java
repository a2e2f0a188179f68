package id.pandudesa.indeks;

import java.util.List;

/** What other modules may read of the index: a desa's results over the years (public figures). */
public interface IndeksApi {

    /** One year's result of a desa. */
    record Nilai(int tahun, double idm, StatusIdm status) {}

    /** The desa's stored results, oldest first; empty when it has none. */
    List<Nilai> riwayat(String kodeDesa);

    /**
     * One data year's Indeks Desa of a desa (from 2024): score 0–100, status code, the six
     * dimension figures by dimension code (public figures, as the ministry publishes them).
     */
    record NilaiIndeksDesa(
            int tahun, java.math.BigDecimal skor, String status, java.util.Map<String, java.math.BigDecimal> dimensi) {}

    /** The desa's stored Indeks Desa results, oldest first; empty when it has none. */
    List<NilaiIndeksDesa> riwayatIndeksDesa(String kodeDesa);

    /**
     * An item of a desa's stored Indeks Desa that a proposal answers.
     *
     * @param rujukan the citation as stored, {@code INDEKS_DESA:<tahun>:<no>}
     * @param label how the item stood, for the proposal and its public trace
     * @param rekomendasi what the ministry's table recommends at that score (may be empty)
     */
    record KutipanData(String rujukan, String label, String rekomendasi) {}

    /** The citation, when it names an item below 5 of a stored result of that desa; empty otherwise. */
    java.util.Optional<KutipanData> kutipanData(String kodeDesa, String rujukan);
}
