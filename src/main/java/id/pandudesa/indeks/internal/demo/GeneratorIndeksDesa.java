package id.pandudesa.indeks.internal.demo;

import id.pandudesa.indeks.internal.BacaIndeksDesa;
import id.pandudesa.indeks.internal.IndeksDesaCalculator;
import id.pandudesa.indeks.internal.IndeksDesaService;
import id.pandudesa.indeks.internal.KatalogIndeks;
import id.pandudesa.indeks.internal.KatalogIndeksDesa;
import id.pandudesa.platform.profil.LangkahGenerator;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code generator} only: the Indeks Desa of every desa of the country for last data year
 * (item scores made up, each one its item allows, a village's own level plus noise; stored as the
 * import stores them, source {@code GENERATOR}) and this year's questionnaire of every desa, final,
 * with the answers the village would give (last year's scores, a tenth of the villages a little
 * better on a few items) and the result its review computes (source {@code KUESIONER}). For
 * PostgreSQL benchmarks of the dashboards, the rollup and the recompute; {@code
 * pandu.generator.indeks-desa} limits it to that many desa (0: all).
 */
@Component
@Order(73)
class GeneratorIndeksDesa extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorIndeksDesa.class);

    private final IndeksDesaService service;
    private final KatalogIndeks catalogues;
    private final WilayahApi wilayah;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maksDesa;

    GeneratorIndeksDesa(
            IndeksDesaService service,
            KatalogIndeks catalogues,
            WilayahApi wilayah,
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            TransactionTemplate tx,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${pandu.generator.indeks-desa:0}") int maksDesa) {
        this.service = service;
        this.catalogues = catalogues;
        this.wilayah = wilayah;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
        this.clock = clock;
        this.maksDesa = maksDesa;
    }

    @Override
    protected void jalankan() {
        int thisYear = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        int last = thisYear - 1;
        long present = jdbc.sql("SELECT COUNT(*) FROM indeks_skor WHERE indeks = 'INDEKS_DESA' AND tahun = :t")
                .param("t", thisYear)
                .query(Long.class)
                .single();
        if (present > 0) {
            return;
        }
        IndeksDesaCalculator calc = catalogues.indeksDesa();
        String catalogue = calc.katalog().kode() + "-" + calc.katalog().versi();
        List<String> desa = new ArrayList<>(90_000);
        wilayah.setiapKodeDesa(10_000, desa::addAll);
        if (maksDesa > 0 && desa.size() > maksDesa) {
            desa = desa.subList(0, maksDesa);
        }
        Timestamp at = Timestamp.from(Instant.now(clock));
        int stored = 0;
        for (int from = 0; from < desa.size(); from += 10_000) {
            List<String> codes = desa.subList(from, Math.min(desa.size(), from + 10_000));
            // A desa whose questionnaire of this year is already begun keeps it.
            Set<String> begun = new HashSet<>(jdbc.sql("SELECT kode_desa FROM indeks_kuesioner"
                            + " WHERE tahun = :t AND kode_desa BETWEEN :a AND :b")
                    .param("t", thisYear)
                    .param("a", codes.getFirst())
                    .param("b", codes.getLast())
                    .query(String.class)
                    .list());
            List<IndeksDesaService.Dihitung> imported = new ArrayList<>(codes.size());
            List<IndeksDesaService.Dihitung> reviewed = new ArrayList<>(codes.size());
            List<Object[]> forms = new ArrayList<>(codes.size());
            for (String code : codes) {
                SplittableRandom random = new SplittableRandom(code.hashCode());
                double level = 1.8 + random.nextDouble() * 2.8;
                int[] s = new int[calc.katalog().butir().size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = calc.katalog().butir().get(i).terdekat(level + random.nextGaussian() * 1.2);
                }
                imported.add(
                        new IndeksDesaService.Dihitung(new BacaIndeksDesa.Baris(0, code, last, s), calc.hitung(s)));
                if (begun.contains(code)) {
                    continue;
                }
                int[] next = s.clone();
                if (random.nextInt(10) == 0) {
                    for (int step = 0; step < 6; step++) {
                        int i = random.nextInt(next.length);
                        next[i] = calc.katalog().butir().get(i).terdekat(next[i] + 1.5);
                    }
                }
                reviewed.add(new IndeksDesaService.Dihitung(
                        new BacaIndeksDesa.Baris(0, code, thisYear, next), calc.hitung(next)));
                forms.add(new Object[] {code, thisYear, catalogue, jawaban(calc.katalog(), next), at, at, at, at});
            }
            tx.executeWithoutResult(st -> {
                service.simpan(imported, "GENERATOR", (done, total) -> {});
                jdbcTemplate.batchUpdate(
                        "INSERT INTO indeks_kuesioner (kode_desa, tahun, katalog, nomor, status, jawaban, dibuat_oleh,"
                                + " diubah_oleh, dibuat, diubah, diajukan_oleh, diajukan, peninjau, ditinjau, versi)"
                                + " VALUES (?, ?, ?, 1, 'FINAL', ?, 'generator', 'generator', ?, ?, 'generator', ?,"
                                + " 'generator.peninjau', ?, 0)",
                        forms);
                service.simpan(reviewed, "KUESIONER", (done, total) -> {});
                jdbc.sql("UPDATE indeks_skor SET kuesioner_id = (SELECT q.id FROM indeks_kuesioner q"
                                + " WHERE q.kode_desa = indeks_skor.kode_desa AND q.tahun = indeks_skor.tahun"
                                + " AND q.status = 'FINAL') WHERE indeks = 'INDEKS_DESA' AND tahun = :t"
                                + " AND sumber = 'KUESIONER'"
                                + " AND kode_desa BETWEEN :a AND :b")
                        .param("t", thisYear)
                        .param("a", codes.getFirst())
                        .param("b", codes.getLast())
                        .update();
            });
            stored += imported.size() + reviewed.size();
        }
        log.info(
                "Generator: {} Indeks Desa results ({} desa; {} as imported, {} from final questionnaires)",
                stored,
                desa.size(),
                last,
                thisYear);
    }

    /** The questionnaire's stored answers: each item's field and score. */
    private static String jawaban(KatalogIndeksDesa k, int[] scores) {
        StringBuilder json = new StringBuilder(scores.length * 9).append('{');
        for (int i = 0; i < scores.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(k.butir().get(i).isian()).append("\":").append(scores[i]);
        }
        return json.append('}').toString();
    }
}
