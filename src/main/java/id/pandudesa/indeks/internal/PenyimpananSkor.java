package id.pandudesa.indeks.internal;

import id.pandudesa.platform.tugas.BackgroundJobService;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one store of every score index ({@code indeks_skor}): per index, desa and data year the item
 * scores, their sum, the score, the status and the dimension figures, whatever the catalogue's
 * items and dimensions are. Written in batches of 5,000 inside the caller's transaction.
 */
@Component
class PenyimpananSkor {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    PenyimpananSkor(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** Stores computed rows of an index, each replacing its desa-year, with progress after each batch. */
    void simpan(
            KatalogIndeksDesa k,
            List<IndeksDesaService.Dihitung> rows,
            String sumber,
            BackgroundJobService.Progres progress) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> keys = new ArrayList<>(rows.size());
        List<Object[]> values = new ArrayList<>(rows.size());
        for (IndeksDesaService.Dihitung d : rows) {
            HasilIndeksDesa h = d.hasil();
            keys.add(new Object[] {k.kode(), d.baris().kodeDesa(), d.baris().tahun()});
            values.add(new Object[] {
                k.kode(),
                d.baris().kodeDesa(),
                d.baris().tahun(),
                k.kode() + "-" + k.versi(),
                sumber,
                tulisButir(d.baris().skor()),
                h.total(),
                h.skor(),
                h.status(),
                tulisDimensi(h.dimensi()),
                now
            });
        }
        progress.maju(0, rows.size());
        for (int from = 0; from < rows.size(); from += 5_000) {
            int to = Math.min(rows.size(), from + 5_000);
            template.batchUpdate(
                    "DELETE FROM indeks_skor WHERE indeks = ? AND kode_desa = ? AND tahun = ?", keys.subList(from, to));
            template.batchUpdate(
                    "INSERT INTO indeks_skor (indeks, kode_desa, tahun, katalog, sumber, butir, total, skor, status,"
                            + " dimensi, dihitung) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values.subList(from, to));
            progress.maju(to, rows.size());
        }
    }

    /** Points a stored result at the questionnaire it was computed from. */
    void tautkanKuesioner(KatalogIndeksDesa k, String kodeDesa, int tahun, long kuesionerId) {
        jdbc.sql("UPDATE indeks_skor SET kuesioner_id = :q WHERE indeks = :i AND kode_desa = :d AND tahun = :t")
                .param("q", kuesionerId)
                .param("i", k.kode())
                .param("d", kodeDesa)
                .param("t", tahun)
                .update();
    }

    /** Stored results of an index; {@code where} continues "WHERE indeks = :i AND …" with its own parameters. */
    List<IndeksDesaService.Tersimpan> baca(KatalogIndeksDesa k, String where, Map<String, Object> params) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("i", k.kode());
        return jdbc.sql("SELECT kode_desa, tahun, skor, status, dimensi, butir, sumber FROM indeks_skor"
                        + " WHERE indeks = :i AND " + where)
                .params(all)
                .query((rs, n) -> new IndeksDesaService.Tersimpan(
                        rs.getString("kode_desa"),
                        rs.getInt("tahun"),
                        rs.getBigDecimal("skor").setScale(k.desimal()),
                        rs.getString("status"),
                        bacaDimensi(k, rs.getString("dimensi")),
                        bacaButir(rs.getString("butir")),
                        rs.getString("sumber")))
                .list();
    }

    /** The stored item scores of a data year, desa by desa in code order (for the recompute). */
    List<String[]> butirTahun(KatalogIndeksDesa k, int tahun) {
        return jdbc.sql("SELECT kode_desa, butir FROM indeks_skor WHERE indeks = :i AND tahun = :t ORDER BY kode_desa")
                .param("i", k.kode())
                .param("t", tahun)
                .query((rs, n) -> new String[] {rs.getString("kode_desa"), rs.getString("butir")})
                .list();
    }

    /** Writes recomputed figures: each of {@code rows} is {kode_desa, result}. */
    void perbarui(KatalogIndeksDesa k, int tahun, List<Map.Entry<String, HasilIndeksDesa>> rows) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (Map.Entry<String, HasilIndeksDesa> e : rows) {
            HasilIndeksDesa h = e.getValue();
            batch.add(new Object[] {
                h.total(), h.skor(), h.status(), tulisDimensi(h.dimensi()), now, k.kode(), e.getKey(), tahun
            });
        }
        template.batchUpdate(
                "UPDATE indeks_skor SET total = ?, skor = ?, status = ?, dimensi = ?, dihitung = ?"
                        + " WHERE indeks = ? AND kode_desa = ? AND tahun = ?",
                batch);
    }

    /** Item scores as stored: one digit per item. */
    static String tulisButir(int[] skor) {
        StringBuilder s = new StringBuilder(skor.length);
        for (int v : skor) {
            s.append((char) ('0' + v));
        }
        return s.toString();
    }

    static int[] bacaButir(String stored) {
        int[] out = new int[stored.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = stored.charAt(i) - '0';
        }
        return out;
    }

    /** Dimension figures as stored: in the catalogue's order, separated by ";". */
    static String tulisDimensi(Map<String, BigDecimal> dimensi) {
        StringBuilder s = new StringBuilder();
        for (BigDecimal v : dimensi.values()) {
            if (!s.isEmpty()) {
                s.append(';');
            }
            s.append(v.toPlainString());
        }
        return s.toString();
    }

    static Map<String, BigDecimal> bacaDimensi(KatalogIndeksDesa k, String stored) {
        String[] parts = stored.split(";");
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < k.dimensi().size(); i++) {
            out.put(k.dimensi().get(i).kode(), new BigDecimal(parts[i]).setScale(k.desimal()));
        }
        return out;
    }
}
