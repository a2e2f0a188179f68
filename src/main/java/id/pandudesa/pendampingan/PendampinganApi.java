package id.pandudesa.pendampingan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * What other modules may ask of the daily log: who did the facilitation work in a village, the
 * village's own cadres or the professional and third-party facilitators (the kaderisasi measure).
 * Counted in the database; final entries only.
 */
public interface PendampinganApi {

    /** One desa-month: entries by the village's own cadres and by facilitators (PLD, PD, TA, MITRA). */
    public record Pelaku(String kodeDesa, YearMonth bulan, long kader, long pendamping) {}

    /**
     * Per desa under {@code prefiks} (a region code, "" for all) and month between two dates: the
     * entries whose author was a KPMD when writing, or is one of {@code kaderDesa} (pairs
     * {@code "username|kodeDesa"}: other cadres with accounts, counted in their own desa), against
     * those by PLD, PD, TA and MITRA. Months without entries are absent.
     */
    List<Pelaku> pelaku(String prefiks, LocalDate dari, LocalDate sampai, Collection<String> kaderDesa);
}
