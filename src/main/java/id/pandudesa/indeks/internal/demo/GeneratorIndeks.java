package id.pandudesa.indeks.internal.demo;

import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.indeks.internal.HasilIndeks;
import id.pandudesa.indeks.internal.HasilRepository;
import id.pandudesa.indeks.internal.JawabanContoh;
import id.pandudesa.indeks.internal.Katalog;
import id.pandudesa.indeks.internal.KatalogIndeks;
import id.pandudesa.indeks.internal.KuesionerIdm;
import id.pandudesa.indeks.internal.PenilaiKatalog;
import id.pandudesa.platform.profil.LangkahGenerator;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profile {@code generator} only: for every desa the IDM questionnaire of the IDM's last data year
 * (2023), final, with raw answers of the catalogue's 50 indicators, and the result the review
 * computes from it; and the year before's imported result (the same scores, a tenth of the villages a step lower on a few indicators,
 * one in twenty a step higher), so that status movement is there to show. Scored by the module's own
 * catalogue and calculator and stored as review and import store them. For PostgreSQL benchmarks.
 */
@Component
@Order(72)
class GeneratorIndeks extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorIndeks.class);

    private final JdbcTemplate jdbc;
    private final WilayahApi wilayah;
    private final HasilRepository hasil;
    private final KatalogIndeks katalog;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    GeneratorIndeks(
            JdbcTemplate jdbc,
            WilayahApi wilayah,
            HasilRepository hasil,
            KatalogIndeks katalog,
            TransactionTemplate tx,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.hasil = hasil;
        this.katalog = katalog;
        this.tx = tx;
        this.json = json;
    }

    @Override
    protected void jalankan() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM indeks_hasil", Long.class);
        if (existing != null && existing > 0) {
            log.info("Generator: {} IDM results already present", existing);
            return;
        }
        // The IDM's last data year (the Indeks Desa measures the years after it).
        int year = Math.min(
                LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear(),
                katalog.indeksDesa().katalog().berlakuMulaiTahun() - 1);
        PenilaiKatalog penilai = katalog.idm();
        Katalog cat = penilai.katalog();
        String catalogue = cat.id();
        SplittableRandom random = new SplittableRandom(2016);
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        long[] written = {0};
        // The region walk runs in a read-only transaction: take the codes first, write afterwards.
        Map<String, Katalog.Pertanyaan> pertanyaan = new HashMap<>();
        penilai.pertanyaan().forEach(q -> pertanyaan.put(q.kode(), q));
        List<String> all = new ArrayList<>();
        wilayah.setiapKodeDesa(10_000, all::addAll);
        for (int from = 0; from < all.size(); from += 5_000) {
            List<String> codes = all.subList(from, Math.min(all.size(), from + 5_000));
            List<HasilIndeks> batch = new ArrayList<>(codes.size() * 2);
            List<Object[]> forms = new ArrayList<>(codes.size());
            Map<String, int[]> scored = new LinkedHashMap<>();
            for (String desa : codes) {
                Map<String, Object> answers = new LinkedHashMap<>();
                JawabanContoh.isi(cat, new Random(random.nextLong()), IdmCalculator.JUMLAH_INDIKATOR)
                        .forEach((k, v) -> answers.put(k, KuesionerIdm.nilaiJawaban(pertanyaan.get(k), v)));
                Map<String, PenilaiKatalog.SkorIndikator> byIndicator = penilai.nilai(answers);
                int[] now1 = new int[IdmCalculator.JUMLAH_INDIKATOR];
                for (int i = 0; i < now1.length; i++) {
                    now1[i] = byIndicator.get(cat.indikator().get(i).kode()).skor();
                }
                int[] before = now1.clone();
                int move = random.nextInt(20);
                for (int step = 0; move < 3 && step < 6; step++) {
                    int i = random.nextInt(before.length);
                    before[i] = geser(penilai, i, before[i], move < 2 ? -1 : 1);
                }
                scored.put(desa, now1);
                forms.add(new Object[] {
                    desa,
                    year,
                    catalogue,
                    json.writeValueAsString(answers),
                    at,
                    at,
                    at,
                    "gen.pd." + desa.substring(0, 6),
                    at
                });
                batch.add(new HasilIndeks(
                        desa,
                        year - 1,
                        catalogue,
                        HasilIndeks.SUMBER_IMPOR,
                        before,
                        IdmCalculator.hitung(before),
                        null,
                        null,
                        now));
            }
            Map<String, Long> ids = tx.execute(s -> {
                jdbc.batchUpdate(
                        "INSERT INTO indeks_kuesioner (kode_desa, tahun, katalog, nomor, status, jawaban, dibuat_oleh,"
                                + " diubah_oleh, dibuat, diubah, diajukan_oleh, diajukan, peninjau, ditinjau, versi)"
                                + " VALUES (?, ?, ?, 1, 'FINAL', ?, 'generator', 'generator', ?, ?, 'generator', ?, ?, ?, 0)",
                        forms);
                Map<String, Long> m = new HashMap<>();
                jdbc.query(
                        "SELECT kode_desa, id FROM indeks_kuesioner WHERE tahun = ? AND kode_desa BETWEEN ? AND ?",
                        rs -> {
                            m.put(rs.getString(1), rs.getLong(2));
                        },
                        year,
                        codes.getFirst(),
                        codes.getLast());
                return m;
            });
            scored.forEach((desa, scores) -> batch.add(new HasilIndeks(
                    desa,
                    year,
                    catalogue,
                    HasilIndeks.SUMBER_KUESIONER,
                    scores,
                    IdmCalculator.hitung(scores),
                    null,
                    ids.get(desa),
                    now)));
            tx.executeWithoutResult(s -> hasil.tambahSemua(batch));
            written[0] += batch.size();
        }
        jdbc.execute("ANALYZE indeks_hasil");
        jdbc.execute("ANALYZE indeks_kuesioner");
        log.info("Generator: {} IDM results ({} imported, {} from final questionnaires)", written[0], year - 1, year);
    }

    /** The next allowed score of indicator {@code index} up or down from {@code score}, or the score itself. */
    private static int geser(PenilaiKatalog penilai, int index, int score, int direction) {
        List<Integer> allowed = penilai.skorDiizinkan(index);
        int at = allowed.indexOf(score);
        int to = at + direction;
        return at < 0 || to < 0 || to >= allowed.size() ? score : allowed.get(to);
    }
}
