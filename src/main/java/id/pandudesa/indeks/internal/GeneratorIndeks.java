package id.pandudesa.indeks.internal;

import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code generator} only: an IDM result for every desa for last year and this year, the 50
 * scores drawn around a level of its own per desa (a tenth of the villages move up a step), scored
 * by the module's calculator and stored as the import stores them. For PostgreSQL benchmarks.
 */
@Component
@Profile("generator")
@Order(72)
class GeneratorIndeks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratorIndeks.class);

    private final JdbcTemplate jdbc;
    private final WilayahApi wilayah;
    private final HasilRepository hasil;
    private final KatalogIndeks katalog;
    private final TransactionTemplate tx;

    GeneratorIndeks(
            JdbcTemplate jdbc,
            WilayahApi wilayah,
            HasilRepository hasil,
            KatalogIndeks katalog,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.hasil = hasil;
        this.katalog = katalog;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM indeks_hasil", Long.class);
        if (existing != null && existing > 0) {
            log.info("Generator: {} IDM results already present", existing);
            return;
        }
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        String catalogue = katalog.idm().katalog().id();
        SplittableRandom random = new SplittableRandom(2016);
        Instant now = Instant.now();
        long[] written = {0};
        // The region walk runs in a read-only transaction: take the codes first, write afterwards.
        List<String> all = new ArrayList<>();
        wilayah.setiapKodeDesa(10_000, all::addAll);
        for (int from = 0; from < all.size(); from += 5_000) {
            List<String> codes = all.subList(from, Math.min(all.size(), from + 5_000));
            List<HasilIndeks> batch = new ArrayList<>(codes.size() * 2);
            for (String desa : codes) {
                int level = 1 + random.nextInt(4);
                int[] before = new int[50];
                int[] now1 = new int[50];
                boolean up = random.nextInt(10) == 0;
                for (int i = 0; i < 50; i++) {
                    before[i] = Math.max(1, Math.min(5, level + random.nextInt(3) - 1));
                    now1[i] = up ? Math.min(5, before[i] + 1) : before[i];
                }
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
                batch.add(new HasilIndeks(
                        desa,
                        year,
                        catalogue,
                        HasilIndeks.SUMBER_IMPOR,
                        now1,
                        IdmCalculator.hitung(now1),
                        null,
                        null,
                        now));
            }
            tx.executeWithoutResult(s -> hasil.tambahSemua(batch));
            written[0] += batch.size();
        }
        jdbc.execute("ANALYZE indeks_hasil");
        log.info("Generator: {} IDM results ({} and {})", written[0], year - 1, year);
    }
}
