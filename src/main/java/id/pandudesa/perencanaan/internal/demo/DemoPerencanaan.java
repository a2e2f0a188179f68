package id.pandudesa.perencanaan.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.perencanaan.internal.ApbdesService;
import id.pandudesa.perencanaan.internal.CatatanPerencanaan;
import id.pandudesa.perencanaan.internal.Prioritas;
import id.pandudesa.perencanaan.internal.RencanaDesa;
import id.pandudesa.perencanaan.internal.RkpdesService;
import id.pandudesa.perencanaan.internal.RpjmdesService;
import id.pandudesa.perencanaan.internal.TautanApbdes;
import id.pandudesa.perencanaan.internal.UsulanService;
import id.pandudesa.platform.profil.LangkahDemo;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: this year's APBDes of Cukir (adopted) and of Kayangan (a draft the Camat has
 * evaluated), with the sizes of a Javanese desa's budget: Dana Desa about a billion rupiah,
 * ADD, revenue-sharing, a little own-source income.
 */
@Component
@Order(70)
class DemoPerencanaan extends LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoPerencanaan.class);

    private final ApbdesService service;
    private final CatatanPerencanaan notes;
    private final UsulanService usulanService;
    private final RpjmdesService rpjmdesService;
    private final RkpdesService rkpdesService;
    private final TautanApbdes tautan;
    private final MusyawarahApi musyawarah;
    private final AkunApi akun;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPerencanaan(
            ApbdesService service,
            CatatanPerencanaan notes,
            UsulanService usulanService,
            RpjmdesService rpjmdesService,
            RkpdesService rkpdesService,
            TautanApbdes tautan,
            MusyawarahApi musyawarah,
            AkunApi akun,
            JdbcClient jdbc,
            Clock clock) {
        this.service = service;
        this.notes = notes;
        this.usulanService = usulanService;
        this.rpjmdesService = rpjmdesService;
        this.rkpdesService = rkpdesService;
        this.tautan = tautan;
        this.musyawarah = musyawarah;
        this.akun = akun;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void jalankan() {
        int year = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        rencanaTahunDepan(year);
    }

    /**
     * Cukir's planning for next year, from the meetings of the musyawarah demo: the RPJMDes adopted
     * last January, proposals from two Musdus, the Musdes vote on priorities, the RKPDes adopted
     * in the same Musdes, and a draft APBDes whose project lines are the RKPDes kegiatan. Kayangan
     * has its first proposals, not yet discussed.
     */
    private void rencanaTahunDepan(int year) {
        int next = year + 1;
        String cukir = "3517082007";
        if (jdbc.sql("SELECT COUNT(*) FROM usulan WHERE kode_desa = :k AND tahun = :t")
                        .param("k", cukir)
                        .param("t", next)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        PenggunaSaatIni kpmd = akun.profil("kpmd.cukir").orElse(null);
        PenggunaSaatIni pemdes = akun.profil("pemdes.cukir").orElse(null);
        if (kpmd == null || pemdes == null) {
            return;
        }
        List<MusyawarahApi.Keputusan> decisions = new ArrayList<>();
        decisions.addAll(musyawarah.keputusanDesa(cukir, year - 1, kpmd));
        decisions.addAll(musyawarah.keputusanDesa(cukir, year, kpmd));
        String rpjmDecision = rujukan(decisions, "Penetapan RPJMDes");
        String musdusCukir = rujukan(decisions, "usulan Dusun Cukir");
        String musdusKwaron = rujukan(decisions, "usulan Dusun Kwaron");
        String priority = rujukan(decisions, "Prioritas usulan RKPDes");
        String adoption = rujukan(decisions, "Penetapan RKPDes");
        if (rpjmDecision == null || priority == null || adoption == null) {
            return;
        }
        int start = year - 1;
        rpjmdesService.buatRpjmdes(
                cukir,
                start,
                "Terwujudnya Desa Cukir yang mandiri, sehat, religius dan berbudaya, berbasis pertanian dan"
                        + " wisata santri",
                "Meningkatkan prasarana jalan, air bersih dan drainase di semua dusun\n"
                        + "Meningkatkan layanan kesehatan ibu, anak dan lansia\n"
                        + "Mengembangkan ekonomi warga melalui BUMDes dan kelompok usaha\n"
                        + "Memperkuat tata kelola pemerintahan desa yang terbuka",
                kpmd);
        Object[][] programmes = {
            {start, "2.3.10", "Rabat beton jalan desa Dusun Cukir", 310_000_000L},
            {start + 1, "2.3.12", "Jalan usaha tani Dusun Kwaron", 245_000_000L},
            {start + 1, "2.4.16", "Saluran drainase Dusun Tebuireng", 186_000_000L},
            {start + 2, "2.3.11", "Rabat beton gang permukiman Dusun Kwaron", 160_000_000L},
            {start + 2, "2.4.11", "Sumur bor dan tandon air bersih", 120_000_000L},
            {start + 2, "2.2.09", "Rehabilitasi gedung posyandu Melati", 85_000_000L},
            {start + 3, "4.2.05", "Pelatihan olahan hasil pertanian kelompok wanita tani", 35_000_000L},
            {start + 4, "2.3.15", "Rehabilitasi balai desa", 150_000_000L},
            {start + 5, "1.2.01", "Sistem informasi desa dan papan informasi", 40_000_000L}
        };
        List<RencanaDesa.Program> saved = new ArrayList<>();
        for (Object[] x : programmes) {
            saved.add(rpjmdesService.tambahProgram(
                    cukir, start, (Integer) x[0], (String) x[1], (String) x[2], (Long) x[3], kpmd));
        }
        rpjmdesService.tetapkanRpjmdes(cukir, start, rpjmDecision, null, pemdes);

        Object[][] proposals = {
            {
                "Rabat beton gang RT 03 RW 02",
                "Dusun Kwaron",
                "Gang Mawar RT 03 RW 02",
                "2.3",
                64,
                71,
                18,
                165_000_000L,
                "Bapak Suyono (Ketua RT 03)",
                musdusKwaron
            },
            {
                "Tandon dan sumur bor air bersih",
                "Dusun Kwaron",
                "Dekat mushola Al-Falah",
                "2.4",
                120,
                131,
                40,
                125_000_000L,
                "Ibu Sulastri (kader PKK)",
                musdusKwaron
            },
            {
                "Rehabilitasi posyandu Melati",
                "Kelompok perempuan Dusun Cukir",
                "Posyandu Melati RT 01",
                "2.2",
                0,
                96,
                22,
                90_000_000L,
                "Ibu Nur Aini (kader posyandu)",
                musdusCukir
            },
            {
                "Lampu penerangan jalan dusun",
                "Dusun Cukir",
                "Jalan utama Dusun Cukir",
                "2.3",
                210,
                225,
                35,
                48_000_000L,
                "Karang Taruna Tunas Muda",
                musdusCukir
            },
            {
                "Pelatihan keripik singkong",
                "Kelompok wanita tani Sri Rejeki",
                "Balai Dusun Cukir",
                "4.2",
                0,
                25,
                12,
                20_000_000L,
                "Ibu Wartini (KWT Sri Rejeki)",
                musdusCukir
            }
        };
        Map<Long, Integer> votes = new LinkedHashMap<>();
        int[] counted = {52, 47, 44, 21, 30};
        List<RencanaDesa.Usulan> recorded = new ArrayList<>();
        for (int i = 0; i < proposals.length; i++) {
            Object[] u = proposals[i];
            RencanaDesa.Usulan r = usulanService.catatUsulan(
                    cukir,
                    next,
                    new RencanaDesa.UsulanBaru(
                            (String) u[0],
                            (String) u[2],
                            (String) u[1],
                            (String) u[3],
                            (Integer) u[4],
                            (Integer) u[5],
                            (Integer) u[6],
                            (Long) u[7],
                            (String) u[8],
                            (String) u[9],
                            null),
                    kpmd);
            recorded.add(r);
            votes.put(r.id(), counted[i]);
        }
        usulanService.prioritaskan(cukir, next, priority, Prioritas.Metode.VOTING, votes, 3, kpmd);

        String[][] kegiatan = {
            {
                "2.3.11",
                "Rabat beton gang RT 03 RW 02 Dusun Kwaron",
                "Gang Mawar RT 03 RW 02",
                "280",
                "m",
                "135 warga RT 03",
                "Juni–Agustus",
                "158500000",
                "DDS",
                "TPK Desa Cukir",
                "5.3.5.03"
            },
            {
                "2.4.11",
                "Sumur bor dan tandon air bersih Dusun Kwaron",
                "Dekat mushola Al-Falah",
                "1",
                "unit",
                "251 warga Dusun Kwaron",
                "Juli–September",
                "118000000",
                "DDS",
                "TPK Desa Cukir",
                "5.3.8.03"
            },
            {
                "2.2.09",
                "Rehabilitasi gedung posyandu Melati",
                "Posyandu Melati RT 01",
                "1",
                "unit",
                "96 ibu dan balita",
                "Agustus–Oktober",
                "82500000",
                "ADD",
                "TPK Desa Cukir",
                "5.3.4.03"
            }
        };
        for (int i = 0; i < kegiatan.length; i++) {
            String[] k = kegiatan[i];
            long usulanId = recorded.get(i).id();
            Long programme = saved.stream()
                    .filter(p -> p.tahun() == next && p.kodeBidang().equals(k[0]))
                    .map(RencanaDesa.Program::id)
                    .findFirst()
                    .orElse(null);
            RencanaDesa.Kegiatan added = rkpdesService.tambahKegiatan(
                    cukir,
                    next,
                    new RencanaDesa.KegiatanBaru(
                            k[0],
                            k[1],
                            k[2],
                            new java.math.BigDecimal(k[3]),
                            k[4],
                            k[5],
                            k[6],
                            Long.valueOf(k[7]),
                            k[8],
                            k[9],
                            usulanId,
                            programme),
                    kpmd);
            kegiatan[i] = new String[] {String.valueOf(added.id()), k[10]};
        }
        rkpdesService.tetapkanRkpdes(cukir, next, adoption, null, pemdes);
        // The draft APBDes: next year's routine lines, then the RKPDes kegiatan as its projects.
        String routine = DemoApbdes.CUKIR
                .lines()
                .filter(l -> !l.startsWith("2.3.") && !l.startsWith("2.4.") && !l.startsWith("1.2.01"))
                .collect(java.util.stream.Collectors.joining("\n"));
        service.ganti(cukir, next, DemoApbdes.tabel(routine), null, pemdes);
        for (String[] k : kegiatan) {
            tautan.keApbdes(cukir, next, Long.parseLong(k[0]), k[1], pemdes);
        }
        akun.profil("pd.diwek")
                .ifPresent(pd -> rkpdesService
                        .rkpdes(cukir, next)
                        .ifPresent(r -> notes.tambah(
                                "RKPDES",
                                r.id(),
                                cukir,
                                CatatanPerencanaan.Jenis.KOMENTAR,
                                null,
                                "Usulan lampu jalan dan pelatihan keripik belum masuk prioritas; sampaikan hasilnya"
                                        + " kepada pengusul dan masukkan ke daftar usulan tahun berikutnya.",
                                pd)));

        akun.profil("kpmd.kayangan").ifPresent(k -> {
            usulanService.catatUsulan(
                    "3517082001",
                    next,
                    new RencanaDesa.UsulanBaru(
                            "Perbaikan jembatan kecil Dusun Kayangan Kidul",
                            "Jembatan saluran tersier",
                            "Dusun Kayangan Kidul",
                            "2.3",
                            88,
                            92,
                            30,
                            75_000_000L,
                            "Bapak Karim (Kepala Dusun)",
                            null,
                            null),
                    k);
            usulanService.catatUsulan(
                    "3517082001",
                    next,
                    new RencanaDesa.UsulanBaru(
                            "Kelas ibu hamil dan balita",
                            "Polindes Kayangan",
                            "Kelompok perempuan",
                            "2.2",
                            0,
                            60,
                            25,
                            18_000_000L,
                            "Bidan desa",
                            null,
                            null),
                    k);
        });
        log.info("Demo data: planning year {} of Cukir (RPJMDes, usulan, priorities, RKPDes, draft APBDes)", next);
    }

    private static String rujukan(List<MusyawarahApi.Keputusan> decisions, String agenda) {
        return decisions.stream()
                .filter(d -> d.judulAgenda().contains(agenda))
                .reduce((a, b) -> b)
                .map(MusyawarahApi.Keputusan::rujukan)
                .orElse(null);
    }
}
