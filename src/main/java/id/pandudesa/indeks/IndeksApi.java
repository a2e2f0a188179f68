package id.pandudesa.indeks;

import java.util.List;

/** What other modules may read of the index: a desa's results over the years (public figures). */
public interface IndeksApi {

    /** One year's result of a desa. */
    record Nilai(int tahun, double idm, StatusIdm status) {}

    /** The desa's stored results, oldest first; empty when it has none. */
    List<Nilai> riwayat(String kodeDesa);
}
