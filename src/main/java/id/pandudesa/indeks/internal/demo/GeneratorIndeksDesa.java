package id.pandudesa.indeks.internal.demo;

import id.pandudesa.indeks.internal.BacaIndeksDesa;
import id.pandudesa.indeks.internal.IndeksDesaCalculator;
import id.pandudesa.indeks.internal.IndeksDesaService;
import id.pandudesa.indeks.internal.KatalogIndeks;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.Year;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code generator} only: the Indeks Desa of every desa of the country for the last two
 * data years (item scores made up, each one its item allows, a village's own level plus noise; in
 * the second year a tenth of the villages a little better on a few items), stored as the import
 * stores them (source {@code GENERATOR}). For PostgreSQL benchmarks of the dashboards, the rollup
 * and the recompute; {@code pandu.generator.indeks-desa} limits it to that many desa (0: all).
 */
@Component
@Profile("generator")
@Order(73)
class GeneratorIndeksDesa implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratorIndeksDesa.class);

    private final IndeksDesaService service;
    private final KatalogIndeks catalogues;
    private final WilayahApi wilayah;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int maksDesa;

    GeneratorIndeksDesa(
            IndeksDesaService service,
            KatalogIndeks catalogues,
            WilayahApi wilayah,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${pandu.generator.indeks-desa:0}") int maksDesa) {
        this.service = service;
        this.catalogues = catalogues;
        this.wilayah = wilayah;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.maksDesa = maksDesa;
    }

    @Override
    public void run(ApplicationArguments args) {
        int thisYear = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        int first = thisYear - 2;
        long present = jdbc.sql("SELECT COUNT(*) FROM indeks_desa_hasil WHERE tahun = :t")
                .param("t", first + 1)
                .query(Long.class)
                .single();
        if (present > 0) {
            return;
        }
        IndeksDesaCalculator calc = catalogues.indeksDesa();
        List<String> desa = new ArrayList<>(90_000);
        wilayah.setiapKodeDesa(10_000, desa::addAll);
        if (maksDesa > 0 && desa.size() > maksDesa) {
            desa = desa.subList(0, maksDesa);
        }
        int stored = 0;
        for (int from = 0; from < desa.size(); from += 10_000) {
            List<IndeksDesaService.Dihitung> rows = new ArrayList<>(20_000);
            for (String code : desa.subList(from, Math.min(desa.size(), from + 10_000))) {
                SplittableRandom random = new SplittableRandom(code.hashCode());
                double level = 1.8 + random.nextDouble() * 2.8;
                int[] s = new int[calc.katalog().butir().size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = calc.katalog().butir().get(i).terdekat(level + random.nextGaussian() * 1.2);
                }
                rows.add(new IndeksDesaService.Dihitung(new BacaIndeksDesa.Baris(0, code, first, s), calc.hitung(s)));
                int[] next = s.clone();
                if (random.nextInt(10) == 0) {
                    for (int step = 0; step < 6; step++) {
                        int i = random.nextInt(next.length);
                        next[i] = calc.katalog().butir().get(i).terdekat(next[i] + 1.5);
                    }
                }
                rows.add(new IndeksDesaService.Dihitung(
                        new BacaIndeksDesa.Baris(0, code, first + 1, next), calc.hitung(next)));
            }
            tx.executeWithoutResult(st -> service.simpan(rows, "GENERATOR", (done, total) -> {}));
            stored += rows.size();
        }
        log.info(
                "Generator: {} Indeks Desa results ({} desa, data years {} and {})",
                stored,
                desa.size(),
                first,
                first + 1);
    }
}
