package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: three years of IDM results for the twenty desa of Kecamatan Diwek (scores made
 * up for the demonstration, moving upward year by year as facilitated villages do), and this
 * year's questionnaires under way: Kayangan's submitted and waiting for the PD, Cukir's a half
 * filled draft of its KPMD.
 */
@Component
@Profile("demo")
@Order(60)
class DemoIndeks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIndeks.class);

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
    public void run(ApplicationArguments args) {
        long present = jdbc.sql("SELECT COUNT(*) FROM indeks_hasil WHERE kode_desa LIKE '351708%'")
                .query(Long.class)
                .single();
        if (present > 0) {
            return;
        }
        int thisYear = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        PenggunaSaatIni system = new PenggunaSaatIni(0, "sistem", "Sistem", Peran.ADMIN, Lingkup.nasional());
        int stored = idm.impor(hasilTigaTahun(thisYear - 3), "data demo Kecamatan Diwek", system);
        akun.profil("pld.diwek1").ifPresent(pld -> {
            questionnaires.simpan("3517082001", thisYear, jawaban(new Random(1), 50), false, pld);
            questionnaires.ajukan("3517082001", thisYear, pld);
        });
        akun.profil("kpmd.cukir")
                .ifPresent(
                        kpmd -> questionnaires.simpan("3517082007", thisYear, jawaban(new Random(2), 22), false, kpmd));
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

    /** Plausible raw answers of a desa of Diwek for the first {@code indicators} indicators of the catalogue. */
    private Map<String, String> jawaban(Random random, int indicators) {
        Map<String, Long> numbers = new LinkedHashMap<>();
        long people = 2_500 + random.nextInt(4_500);
        long families = Math.round(people / 3.4);
        long posyandu = 3 + random.nextInt(6);
        numbers.put("jumlah_penduduk", people);
        numbers.put("peserta_bpjs", Math.round(people * (0.5 + random.nextDouble() * 0.45)));
        numbers.put("jumlah_keluarga", families);
        numbers.put("jumlah_kk", families);
        numbers.put("keluarga_listrik", Math.round(families * (0.9 + random.nextDouble() * 0.1)));
        numbers.put("jumlah_posyandu", posyandu);
        numbers.put("posyandu_aktif", posyandu - random.nextInt(3));
        numbers.put("waktu_sarkes", 5L + random.nextInt(50));
        Map<String, String> out = new LinkedHashMap<>();
        List<Katalog.Indikator> list = catalogues.idm().katalog().indikator();
        for (Katalog.Indikator ind : list.subList(0, Math.min(indicators, list.size()))) {
            for (Katalog.Pertanyaan q : ind.pertanyaan()) {
                out.putIfAbsent(
                        q.kode(),
                        switch (q.jenis()) {
                            case "YA_TIDAK" -> random.nextInt(4) == 0 ? "TIDAK" : "YA";
                            case "PILIHAN" ->
                                q.opsi().get(random.nextInt(q.opsi().size())).kode();
                            default -> Long.toString(numbers.computeIfAbsent(q.kode(), k -> angka(q, random)));
                        });
            }
        }
        return out;
    }

    /** A number of the size such a question has in a Javanese desa: distances, a few institutions. */
    private static long angka(Katalog.Pertanyaan q, Random random) {
        long value = switch (q.satuan() == null ? "" : q.satuan()) {
            case "meter" -> 200 + random.nextInt(6_000);
            case "km" -> 1 + random.nextInt(12);
            case "orang" -> random.nextInt(4);
            case "kali" -> random.nextInt(12);
            default -> random.nextInt(4);
        };
        if (q.kode().startsWith("jumlah_agama")
                || q.kode().startsWith("jumlah_suku")
                || q.kode().startsWith("jumlah_bahasa")) {
            value = 1 + random.nextInt(2);
        }
        if (q.maks() != null) {
            value = Math.min(value, q.maks().longValue());
        }
        return Math.max(value, q.min() == null ? 0 : q.min().longValue());
    }
}
