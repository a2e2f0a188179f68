package id.pandudesa.indeks.internal.demo;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.indeks.internal.IndeksDesaService;
import id.pandudesa.indeks.internal.KatalogIndeks;
import id.pandudesa.indeks.internal.KatalogIndeksDesa;
import id.pandudesa.platform.profil.LangkahDemo;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the Indeks Desa of the twenty desa of Kecamatan Diwek for the two data years
 * before this one (item scores made up for the demonstration, each an allowed score, a little
 * better in the second year), imported as the ministry's results are.
 */
@Component
@Order(61)
class DemoIndeksDesa extends LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoIndeksDesa.class);

    private final IndeksDesaService service;
    private final KatalogIndeks catalogues;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoIndeksDesa(IndeksDesaService service, KatalogIndeks catalogues, JdbcClient jdbc, Clock clock) {
        this.service = service;
        this.catalogues = catalogues;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void jalankan() {
        long present = jdbc.sql(
                        "SELECT COUNT(*) FROM indeks_skor WHERE indeks = 'INDEKS_DESA' AND kode_desa LIKE '351708%'")
                .query(Long.class)
                .single();
        if (present > 0) {
            return;
        }
        int thisYear = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        PenggunaSaatIni system = PenggunaSaatIni.sistem();
        int stored = service.impor(duaTahun(thisYear - 2), null, system);
        log.info("Demo data: {} Indeks Desa results in Kecamatan Diwek", stored);
    }

    /** Twenty desa, two years from {@code first}: each desa a level of its own, better the next year. */
    private TabelMasuk duaTahun(int first) {
        KatalogIndeksDesa k = catalogues.indeksDesa().katalog();
        List<String> header = new ArrayList<>(List.of(k.kolomKode(), k.kolomTahun()));
        k.butir().forEach(b -> header.add(b.judul()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            Random random = new Random(100 + d);
            double level = 2.6 + (d % 5) * 0.45;
            int[] s = new int[k.butir().size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = k.butir().get(i).terdekat(level + random.nextGaussian() * 1.3);
            }
            for (int y = 0; y < 2; y++) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put(header.get(0), String.format("35170820%02d", d));
                row.put(header.get(1), Integer.toString(first + y));
                for (int i = 0; i < s.length; i++) {
                    row.put(header.get(i + 2), Integer.toString(s[i]));
                }
                rows.add(row);
                for (int step = 0; step < 10; step++) {
                    int i = random.nextInt(s.length);
                    s[i] = k.butir().get(i).terdekat(s[i] + 1.5);
                }
            }
        }
        List<String> keys =
                header.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
        List<Map<String, String>> keyed = rows.stream()
                .map(r -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    r.forEach((h, v) -> m.put(h.toLowerCase(java.util.Locale.ROOT), v));
                    return m;
                })
                .toList();
        return TabelMasuk.dari(keys, keyed);
    }
}
