package id.pandudesa.indeks;

import java.util.List;

/** What other modules may read of the index: a desa's results over the years (public figures). */
public interface IndeksApi {

    /** One year's result of a desa. */
    record Nilai(int tahun, double idm, StatusIdm status) {}

    /** The desa's stored results, oldest first; empty when it has none. */
    List<Nilai> riwayat(String kodeDesa);

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
