package id.pandudesa.pendampingan;

import id.pandudesa.akun.Lingkup;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the daily log: who did the facilitation work in a village, the
 * village's own cadres or the professional and third-party facilitators (the kaderisasi measure).
 * Counted in the database; final entries only.
 */
@Service
public class PendampinganApi {

    /** One desa-month: entries by the village's own cadres and by facilitators (PLD, PD, TA, MITRA). */
    public record Pelaku(String kodeDesa, YearMonth bulan, long kader, long pendamping) {}

    private final JdbcClient jdbc;

    PendampinganApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per desa under {@code prefiks} (a region code, "" for all) and month between two dates: the
     * entries whose author was a KPMD when writing, or is one of {@code kaderDesa} (pairs
     * {@code "username|kodeDesa"}: other cadres with accounts, counted in their own desa), against
     * those by PLD, PD, TA and MITRA. Months without entries are absent.
     */
    @Transactional(readOnly = true)
    public List<Pelaku> pelaku(String prefiks, LocalDate dari, LocalDate sampai, Collection<String> kaderDesa) {
        List<String> pairs = kaderDesa.isEmpty() ? List.of("-") : List.copyOf(kaderDesa);
        // A code range, not LIKE: any B-tree index on kode_desa serves it on PostgreSQL too.
        var region = Lingkup.of(List.of(prefiks)).sql("kode_desa", "w");
        Map<String, Object> params = new LinkedHashMap<>(region.params());
        params.put("dari", Date.valueOf(dari));
        params.put("sampai", Date.valueOf(sampai));
        params.put("pasangan", pairs);
        List<Pelaku> out = new ArrayList<>();
        jdbc.sql("""
                        SELECT kode_desa, EXTRACT(YEAR FROM tanggal) AS th, EXTRACT(MONTH FROM tanggal) AS bl,
                          SUM(CASE WHEN peran_penulis = 'KPMD' OR (penulis || '|' || kode_desa) IN (:pasangan)
                              THEN 1 ELSE 0 END) AS kader,
                          SUM(CASE WHEN peran_penulis IN ('PLD', 'PD', 'TA', 'MITRA')
                              AND (penulis || '|' || kode_desa) NOT IN (:pasangan) THEN 1 ELSE 0 END) AS pendamping
                        FROM kegiatan_pendampingan
                        WHERE %s AND tanggal BETWEEN :dari AND :sampai AND status = 'FINAL'
                        GROUP BY kode_desa, EXTRACT(YEAR FROM tanggal), EXTRACT(MONTH FROM tanggal)
                        ORDER BY kode_desa, th, bl""".formatted(region.sql()))
                .params(params)
                .query((rs, n) -> new Pelaku(
                        rs.getString("kode_desa"),
                        YearMonth.of(rs.getInt("th"), rs.getInt("bl")),
                        rs.getLong("kader"),
                        rs.getLong("pendamping")))
                .list()
                .forEach(out::add);
        return out;
    }
}
