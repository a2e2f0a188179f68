package id.pandudesa.indeks.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.indeks.internal.IdmImpor;
import id.pandudesa.indeks.internal.IdmService;
import id.pandudesa.indeks.internal.JawabanContoh;
import id.pandudesa.indeks.internal.KatalogIndeks;
import id.pandudesa.indeks.internal.KuesionerService;
import id.pandudesa.indeks.internal.PenilaiKatalog;
import id.pandudesa.platform.profil.LangkahDemo;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Demo mode only: the last three IDM years (to 2023) for the twenty desa of Kecamatan Diwek (scores made
 * up for the demonstration, moving upward year by year as facilitated villages do), and this
 * year's questionnaires under way: Kayangan's submitted and waiting for the PD, Cukir's a half
 * filled draft of its KPMD.
 */
@Component
@Order(60)
class DemoIndeks extends LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoIndeks.class);

    /** The last data year the IDM measures (Permendesa PDTT 9/2024 replaces it from 2024). */
    static final int IDM_TERAKHIR = 2023;

    private final IdmService idm;
    private final KuesionerService questionnaires;
    private final KatalogIndeks catalogues;
    private final AkunApi akun;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoIndeks(
            IdmService idm,
            KuesionerService questionnaires,
            KatalogIndeks catalogues,
            AkunApi akun,
            JdbcClient jdbc,
            Clock clock) {
        this.idm = idm;
        this.questionnaires = questionnaires;
        this.catalogues = catalogues;
        this.akun = akun;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void jalankan() {
        long present = jdbc.sql("SELECT COUNT(*) FROM indeks_hasil WHERE kode_desa LIKE '351708%'")
                .query(Long.class)
                .single();
        if (present > 0) {
            return;
        }
        int thisYear = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        PenggunaSaatIni system = PenggunaSaatIni.sistem();
        // The IDM measures data years up to 2023; from 2024 the Indeks Desa does (DemoIndeksDesa).
        int stored = idm.impor(
                hasilTigaTahun(Math.min(thisYear, IDM_TERAKHIR + 1) - 3), "data demo Kecamatan Diwek", system);
        // This year's questionnaires: a submitted one waiting for review, a draft half filled.
        boolean indeksDesa = thisYear >= catalogues.indeksDesa().katalog().berlakuMulaiTahun();
        akun.profil("pld.diwek1").ifPresent(pld -> {
            questionnaires.simpan(
                    "3517082001",
                    thisYear,
                    indeksDesa
                            ? JawabanContoh.isiIndeksDesa(
                                    catalogues.indeksDesa().katalog(), new Random(1), 127, 3.6)
                            : JawabanContoh.isi(catalogues.idm().katalog(), new Random(1), 50),
                    false,
                    pld);
            questionnaires.ajukan("3517082001", thisYear, pld);
        });
        akun.profil("kpmd.cukir")
                .ifPresent(kpmd -> questionnaires.simpan(
                        "3517082007",
                        thisYear,
                        indeksDesa
                                ? JawabanContoh.isiIndeksDesa(
                                        catalogues.indeksDesa().katalog(), new Random(2), 40, 3.2)
                                : JawabanContoh.isi(catalogues.idm().katalog(), new Random(2), 22),
                        false,
                        kpmd));
        log.info("Demo data: {} IDM results in Kecamatan Diwek and this year's questionnaires", stored);
    }

    /** Twenty desa, three years from {@code first}: each desa a level of its own, a little better each year. */
    private TabelMasuk hasilTigaTahun(int first) {
        List<String> header = new ArrayList<>(List.of("kode_desa", "tahun"));
        header.addAll(IdmImpor.SCORE_COLUMNS);
        List<Map<String, String>> rows = new ArrayList<>();
        PenilaiKatalog catalogue = catalogues.idm();
        for (int d = 1; d <= 20; d++) {
            String kode = String.format("35170820%02d", d);
            Random random = new Random(d);
            double level = 2.2 + (d % 5) * 0.45;
            int[] scores = new int[IdmImpor.SCORE_COLUMNS.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = nearest(catalogue, i, level + random.nextGaussian() * 1.2);
            }
            for (int y = 0; y < 3; y++) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("kode_desa", kode);
                row.put("tahun", Integer.toString(first + y));
                for (int i = 0; i < scores.length; i++) {
                    row.put(IdmImpor.SCORE_COLUMNS.get(i), Integer.toString(scores[i]));
                }
                rows.add(row);
                for (int step = 0; step < 4; step++) {
                    int i = random.nextInt(scores.length);
                    scores[i] = nearest(catalogue, i, scores[i] + 1.0);
                }
            }
        }
        return TabelMasuk.dari(header, rows);
    }

    private static int nearest(PenilaiKatalog catalogue, int index, double wanted) {
        return catalogue.skorDiizinkan(index).stream()
                .min(Comparator.comparingDouble(s -> Math.abs(s - wanted)))
                .orElseThrow();
    }
}
