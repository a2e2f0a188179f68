package id.pandudesa.pendampingan.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.pendampingan.internal.JamKerja;
import id.pandudesa.pendampingan.internal.KegiatanPendampingan;
import id.pandudesa.pendampingan.internal.KegiatanRepository;
import id.pandudesa.pendampingan.internal.LaporanBulanan;
import id.pandudesa.pendampingan.internal.LaporanBulananRepository;
import id.pandudesa.pendampingan.internal.LaporanKecamatan;
import id.pandudesa.pendampingan.internal.LaporanKecamatanRepository;
import id.pandudesa.pendampingan.internal.LaporanQueries;
import id.pandudesa.pendampingan.internal.RencanaKerja;
import id.pandudesa.pendampingan.internal.RencanaKerjaRepository;
import id.pandudesa.pendampingan.internal.RingkasanDesa;
import id.pandudesa.platform.profil.LangkahDemo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode only: three months of realistic facilitation in Kecamatan Diwek — the PLDs' visits,
 * the PD's coordination, the KPMD's own work — with follow-ups (some overdue), last month's
 * reports in review, an acknowledged kecamatan report and this month's work plan.
 */
@Component
@Order(50)
class DemoPendampingan extends LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoPendampingan.class);

    /** What a visit was about: scope, sub-topic, method, what was done, the result, a follow-up. */
    record Pola(
            RuangLingkup lingkup,
            String subTopik,
            MetodePendampingan metode,
            String uraian,
            String hasil,
            String tindakLanjut) {}

    static final List<Pola> POLA = List.of(
            new Pola(
                    RuangLingkup.PEMBANGUNAN_DESA,
                    "PD-DATA",
                    MetodePendampingan.ASISTENSI,
                    "Mendampingi operator desa memutakhirkan data IDM bersama kader",
                    "Data 12 indikator sosial diperbarui",
                    "Lengkapi data akses sarana kesehatan"),
            new Pola(
                    RuangLingkup.PEMBANGUNAN_DESA,
                    "PD-RENCANA",
                    MetodePendampingan.FASILITASI,
                    "Memfasilitasi Musyawarah Dusun penggalian gagasan untuk RKPDes",
                    "Terkumpul 9 usulan dari dusun dan kelompok perempuan",
                    "Rekap usulan untuk Musdes"),
            new Pola(
                    RuangLingkup.PEMBANGUNAN_DESA,
                    "PD-LAKSANA",
                    MetodePendampingan.PENGARAHAN,
                    "Mengarahkan TPK menyusun jadwal dan RAB pekerjaan rabat beton jalan dusun",
                    "Jadwal pelaksanaan dan daftar pekerja padat karya disepakati",
                    null),
            new Pola(
                    RuangLingkup.PEMBANGUNAN_DESA,
                    "PD-KEUANGAN",
                    MetodePendampingan.ASISTENSI,
                    "Asistensi bendahara desa menyusun SPJ tahap II Dana Desa",
                    "SPJ tahap II lengkap untuk diperiksa Sekdes",
                    "Unggah SPJ ke Siskeudes"),
            new Pola(
                    RuangLingkup.PEMBANGUNAN_DESA,
                    "PD-TRANSPARANSI",
                    MetodePendampingan.FASILITASI,
                    "Memfasilitasi pemasangan baliho APBDes di depan balai desa",
                    "Baliho APBDes terpasang dan dibacakan di forum RT",
                    null),
            new Pola(
                    RuangLingkup.PEMBERDAYAAN_MASYARAKAT,
                    "PM-LEMBAGA",
                    MetodePendampingan.PENGORGANISASIAN,
                    "Pengorganisasian kelompok tani untuk rapat anggota dan pembagian peran",
                    "Pengurus kelompok tani diperbarui",
                    null),
            new Pola(
                    RuangLingkup.PEMBERDAYAAN_MASYARAKAT,
                    "PM-RUANG",
                    MetodePendampingan.PENGORGANISASIAN,
                    "Menggerakkan karang taruna menghidupkan balai desa sebagai pusat kegiatan warga",
                    "Jadwal kegiatan bulanan di balai desa disusun",
                    "Undang posyandu dan PKK"),
            new Pola(
                    RuangLingkup.KAPASITAS_KADERISASI,
                    "KK-KADER",
                    MetodePendampingan.FASILITASI,
                    "Pelatihan singkat KPMD tentang penulisan catatan kegiatan dan pendataan",
                    "Dua kader mampu mencatat kegiatan sendiri",
                    null),
            new Pola(
                    RuangLingkup.EKONOMI_LOKAL_BUMDES,
                    "EL-POTENSI",
                    MetodePendampingan.FASILITASI,
                    "Memfasilitasi pemetaan potensi ekonomi: produk olahan dan wisata religi",
                    "Peta potensi 3 dusun tersusun",
                    "Diskusikan usaha BUMDes"),
            new Pola(
                    RuangLingkup.EKONOMI_LOKAL_BUMDES,
                    "EL-MANAJEMEN",
                    MetodePendampingan.ASISTENSI,
                    "Asistensi pengurus BUMDes menyusun laporan keuangan unit simpan pinjam",
                    "Laporan triwulan unit simpan pinjam selesai",
                    null),
            new Pola(
                    RuangLingkup.PENGADUAN_MASALAH,
                    "PG-MASALAH",
                    MetodePendampingan.FASILITASI,
                    "Memfasilitasi musyawarah warga atas keluhan saluran irigasi yang tersumbat",
                    "Disepakati kerja bakti dan perbaikan lewat APBDes perubahan",
                    "Pantau kerja bakti"));

    private final KegiatanRepository entries;
    private final RingkasanDesa summary;
    private final LaporanBulananRepository reports;
    private final LaporanKecamatanRepository kecamatanReports;
    private final RencanaKerjaRepository plans;
    private final LaporanQueries queries;
    private final AkunApi akun;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    DemoPendampingan(
            KegiatanRepository entries,
            RingkasanDesa summary,
            LaporanBulananRepository reports,
            LaporanKecamatanRepository kecamatanReports,
            RencanaKerjaRepository plans,
            LaporanQueries queries,
            AkunApi akun,
            TransactionTemplate tx,
            JsonMapper json,
            Clock clock) {
        this.entries = entries;
        this.summary = summary;
        this.reports = reports;
        this.kecamatanReports = kecamatanReports;
        this.plans = plans;
        this.queries = queries;
        this.akun = akun;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected void jalankan() {
        if (reports.findByPenulisOrderByBulanDesc("pld.diwek1").stream()
                .findAny()
                .isPresent()) {
            return;
        }
        tx.executeWithoutResult(s -> fill());
    }

    private void fill() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        LocalDate start = YearMonth.from(today).minusMonths(2).atDay(1);
        Random random = new Random(2026);
        int count = 0;
        count += visits("pld.diwek1", List.of("3517082001", "3517082002", "3517082003"), 4, start, today, random);
        count += visits(
                "pld.diwek2", List.of("3517082004", "3517082005", "3517082006", "3517082007"), 4, start, today, random);
        count += visits(
                "pd.diwek", List.of("3517082008", "3517082011", "3517082015", "3517082019"), 2, start, today, random);
        count += visits("kpmd.cukir", List.of("3517082007"), 2, start, today, random);
        count += visits("kpmd.kayangan", List.of("3517082001"), 2, start, today, random);
        count += visits("mitra.diwek", List.of("3517082007", "3517082008"), 1, start, today, random);
        Instant now = Instant.now(clock);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        LaporanBulanan approved =
                LaporanBulanan.baru("pld.diwek1", id.pandudesa.akun.Peran.PLD, last.toString(), "351708");
        approved.ajukan(
                "Sinyal internet di Bendet lemah; laporan dikirim dari kantor kecamatan.",
                json.writeValueAsString(queries.bulanan("pld.diwek1", last)),
                now.minusSeconds(86_400 * 3));
        approved.setujui("pd.diwek", "Lengkap. Terima kasih.", now.minusSeconds(86_400 * 2));
        reports.save(approved);
        LaporanBulanan waiting =
                LaporanBulanan.baru("pld.diwek2", id.pandudesa.akun.Peran.PLD, last.toString(), "351708");
        waiting.ajukan(
                "Dua desa masih menunggu penetapan APBDes perubahan.",
                json.writeValueAsString(queries.bulanan("pld.diwek2", last)),
                now.minusSeconds(86_400));
        reports.save(waiting);
        YearMonth older = last.minusMonths(1);
        LaporanKecamatan kec = LaporanKecamatan.baru("351708", older.toString(), "pd.diwek");
        kec.ajukan(
                "pd.diwek",
                "Tiga desa belum memasang papan informasi APBDes; mohon dukungan Camat.",
                json.writeValueAsString(queries.kecamatan("351708", older)),
                now.minusSeconds(86_400 * 20));
        kec.ketahui(
                "camat.diwek", "Akan disampaikan dalam rapat koordinasi kepala desa.", now.minusSeconds(86_400 * 18));
        kecamatanReports.save(kec);
        String month = YearMonth.from(today).toString();
        String[][] plan = {
            {"3517082001", "1", "FASILITASI", "PEMBANGUNAN_DESA", "Fasilitasi Musdus penggalian gagasan"},
            {"3517082002", "2", "ASISTENSI", "PEMBANGUNAN_DESA", "Asistensi penyusunan SPJ Dana Desa"},
            {"3517082003", "2", "PENGORGANISASIAN", "PEMBERDAYAAN_MASYARAKAT", "Pertemuan kelompok perempuan"},
            {"3517082001", "3", "FASILITASI", "EKONOMI_LOKAL_BUMDES", "Pemetaan potensi ekonomi"},
            {"3517082002", "4", "FASILITASI", "KAPASITAS_KADERISASI", "Pelatihan kader pencatatan"},
            {"3517082003", "5", "PENGARAHAN", "PEMBANGUNAN_DESA", "Pengarahan TPK sebelum serah terima"}
        };
        for (String[] p : plan) {
            plans.save(RencanaKerja.baru(
                    "pld.diwek1",
                    month,
                    p[0],
                    Integer.parseInt(p[1]),
                    MetodePendampingan.valueOf(p[2]),
                    RuangLingkup.valueOf(p[3]),
                    p[4],
                    now));
        }
        log.info("Demo data: {} facilitation log entries, reports and a work plan around Kecamatan Diwek", count);
    }

    private int visits(
            String username, List<String> villages, int perWeek, LocalDate start, LocalDate end, Random random) {
        PenggunaSaatIni user = akun.profil(username).orElse(null);
        if (user == null) {
            return 0;
        }
        int made = 0;
        // Positions draw from their own sequence, so the entries themselves stay as they were.
        Random tempat = new Random(username.hashCode());
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY || random.nextInt(5) >= perWeek) {
                continue;
            }
            String desa = villages.get(random.nextInt(villages.size()));
            Pola pola = POLA.get(random.nextInt(POLA.size()));
            boolean followUp = pola.tindakLanjut() != null && random.nextInt(3) == 0;
            LocalDate due = followUp ? day.plusDays(7 + random.nextInt(14)) : null;
            List<String> unsur = new ArrayList<>(List.of("PEMERINTAH_DESA"));
            if (random.nextBoolean()) {
                unsur.add("KELOMPOK_PEREMPUAN");
            }
            if (random.nextInt(3) == 0) {
                unsur.add("TOKOH_AGAMA");
            }
            if (random.nextInt(4) == 0) {
                unsur.add("MASYARAKAT_MISKIN");
            }
            // Facilitators keep working hours; a cadre's entry may go without them.
            JamKerja jam = user.peran() == id.pandudesa.akun.Peran.KPMD && random.nextBoolean()
                    ? null
                    : new JamKerja(
                            LocalTime.of(8 + random.nextInt(2), random.nextBoolean() ? 0 : 30),
                            LocalTime.of(11 + random.nextInt(5), random.nextBoolean() ? 0 : 30));
            KegiatanPendampingan.Isi isi = new KegiatanPendampingan.Isi(
                    day,
                    jam,
                    KegiatanPendampingan.Status.FINAL,
                    pola.metode(),
                    pola.lingkup(),
                    pola.subTopik(),
                    pola.uraian(),
                    pola.hasil(),
                    2 + random.nextInt(15),
                    3 + random.nextInt(18),
                    unsur,
                    followUp ? pola.tindakLanjut() : null,
                    due,
                    lintang(desa, tempat),
                    bujur(desa, tempat),
                    null,
                    null);
            Instant at = day.atTime(15, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
            KegiatanPendampingan entry = KegiatanPendampingan.baru(desa, username, user.peran(), isi, at);
            if (due != null && due.isBefore(end.minusDays(3)) && random.nextInt(10) < 7) {
                entry.tindakLanjutSelesai(due.minusDays(1), at);
            }
            entries.save(entry);
            summary.tambah(desa, day);
            made++;
        }
        return made;
    }

    /*
     * The phone's position at the activity. The demo only knows where Cukir is (around Pesantren
     * Tebuireng, where the demo projects also stand); other villages' entries carry no position, as
     * entries made without GPS do, so the map shows only what was located.
     */
    private static BigDecimal lintang(String desa, Random random) {
        return desa.equals("3517082007")
                ? BigDecimal.valueOf(-7.6040 + (random.nextDouble() - 0.5) * 0.006)
                        .setScale(6, RoundingMode.HALF_UP)
                : null;
    }

    private static BigDecimal bujur(String desa, Random random) {
        return desa.equals("3517082007")
                ? BigDecimal.valueOf(112.2370 + (random.nextDouble() - 0.5) * 0.006)
                        .setScale(6, RoundingMode.HALF_UP)
                : null;
    }
}
