package id.pandudesa.pengaduan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.pengaduan.StatusPengaduan;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves cases through their workflow ({@link AlurPengaduan}): every step is checked against the
 * status and the user's role and level, stamped, commented, audited, guarded by the case's
 * version, and announced. Overdue cases go up a level by themselves ({@link #eskalasi}).
 */
@Service
public class TindakanPengaduan {

    private static final Logger log = LoggerFactory.getLogger(TindakanPengaduan.class);

    /**
     * A handler's step. {@code tanggapan} is the answer the citizen reads on the tracking page,
     * {@code catatan} an internal note for the handlers.
     */
    public record Perintah(
            AlurPengaduan.Langkah langkah,
            int versi,
            String ditugaskan,
            String rujukanKe,
            String rujukanNomor,
            Long musyawarahId,
            String alasan,
            String catatan,
            String tanggapan) {}

    private final JdbcClient jdbc;
    private final PengaduanService pengaduan;
    private final TenggatPengaduan tenggat;
    private final PemberitahuanPengaduan pemberitahuan;
    private final MusyawarahApi musyawarah;
    private final AuditTrail audit;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate tx;
    private final BatasKiriman batas;

    public TindakanPengaduan(
            JdbcClient jdbc,
            PengaduanService pengaduan,
            TenggatPengaduan tenggat,
            PemberitahuanPengaduan pemberitahuan,
            MusyawarahApi musyawarah,
            AuditTrail audit,
            LockingTaskExecutor locks,
            TransactionTemplate tx,
            BatasKiriman batas) {
        this.jdbc = jdbc;
        this.pengaduan = pengaduan;
        this.tenggat = tenggat;
        this.pemberitahuan = pemberitahuan;
        this.musyawarah = musyawarah;
        this.audit = audit;
        this.locks = locks;
        this.tx = tx;
        this.batas = batas;
    }

    @Transactional
    public Kasus lakukan(long id, Perintah p, PenggunaSaatIni me) {
        Kasus k = pengaduan.kasus(id, me);
        if (!AlurPengaduan.bolehBertindak(me.peran(), k.ditugaskan(), k.tingkat())) {
            throw new ForbiddenException("pengaduan.tidakBolehBertindak");
        }
        if (k.versi() != p.versi()) {
            throw new ConflictException("pengaduan.konflik");
        }
        if (!AlurPengaduan.boleh(p.langkah(), k.status())) {
            throw new RuleViolationException(
                    "pengaduan.langkahTidakSah",
                    k.status().name(),
                    p.langkah().ke.name());
        }
        String catatan = Teks.bersih(p.catatan());
        String tanggapan = Teks.bersih(p.tanggapan());
        List<FieldProblem> problems = new ArrayList<>();
        panjang(problems, "catatan", catatan, 2000);
        panjang(problems, "tanggapan", tanggapan, 2000);
        Peran ditugaskan = k.ditugaskan();
        Tingkat tingkat = k.tingkat();
        Tingkat rujukanKe = k.rujukanKe();
        String rujukanNomor = k.rujukanNomor();
        Long musyawarahId = k.musyawarahId();
        String alasan = k.alasanTolak();
        switch (p.langkah()) {
            case TINDAK_LANJUT -> {
                Peran siapa = Teks.pilihan(Peran.class, p.ditugaskan());
                if (siapa == null || !AlurPengaduan.PENINDAK.contains(siapa)) {
                    problems.add(FieldProblem.of("ditugaskan", "pengaduan.penindakTidakSah"));
                }
                ditugaskan = siapa;
            }
            case MEDIASI -> {
                if (p.musyawarahId() != null) {
                    boolean ada = musyawarah
                            .ringkas(p.musyawarahId(), me)
                            .filter(m -> m.kodeDesa().equals(k.kodeDesa()))
                            .isPresent();
                    if (!ada) {
                        problems.add(FieldProblem.of("musyawarahId", "pengaduan.musyawarahTidakAda", p.musyawarahId()));
                    }
                    musyawarahId = p.musyawarahId();
                }
            }
            case SELESAI -> {
                if (tanggapan == null) {
                    problems.add(FieldProblem.of("tanggapan", "pengaduan.hasilWajib"));
                }
            }
            case RUJUK -> {
                Tingkat ke = Teks.pilihan(Tingkat.class, p.rujukanKe());
                if (ke == null || !AlurPengaduan.rujukanSah(k.tingkat(), ke)) {
                    problems.add(FieldProblem.of("rujukanKe", "pengaduan.rujukanTidakSah"));
                } else if (ke == Tingkat.SP4N_LAPOR && Teks.bersih(p.rujukanNomor()) == null) {
                    problems.add(FieldProblem.of("rujukanNomor", "pengaduan.nomorLaporWajib"));
                }
                panjang(problems, "rujukanNomor", Teks.bersih(p.rujukanNomor()), 100);
                rujukanKe = ke;
                tingkat = ke == null ? tingkat : ke;
                rujukanNomor = Teks.bersih(p.rujukanNomor());
                if (tanggapan == null && ke != null) {
                    tanggapan = "Pengaduan dirujuk ke " + namaTingkat(ke)
                            + (rujukanNomor == null ? "." : " (nomor " + rujukanNomor + ").");
                }
            }
            case TOLAK -> {
                alasan = Teks.bersih(p.alasan());
                if (alasan == null) {
                    problems.add(FieldProblem.of("alasan", "pengaduan.alasanWajib"));
                }
                panjang(problems, "alasan", alasan, 1000);
                if (tanggapan == null) {
                    tanggapan = alasan;
                }
            }
            case VERIFIKASI -> {}
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pengaduan.tidakLengkap");
        }
        Instant now = pengaduan.sekarang();
        StatusPengaduan ke = p.langkah().ke;
        int updated = jdbc.sql("""
                        UPDATE pengaduan SET status = :s, tingkat = :t, ditugaskan = :d, rujukan_ke = :rk,
                            rujukan_nomor = :rn, musyawarah_id = :m, alasan_tolak = :a, tenggat = :tg,
                            ditanggapi = COALESCE(ditanggapi, :n), detik_tanggap = COALESCE(detik_tanggap, :dt),
                            selesai = :sl, detik_selesai = :ds, versi = versi + 1
                        WHERE id = :id AND versi = :v""")
                .param("s", ke.name())
                .param("t", tingkat.name())
                .param("d", ditugaskan == null ? null : ditugaskan.name())
                .param("rk", rujukanKe == null ? null : rujukanKe.name())
                .param("rn", rujukanNomor)
                .param("m", musyawarahId)
                .param("a", alasan)
                .param("tg", ts(tenggat.untuk(ke, now)))
                .param("n", Timestamp.from(now))
                .param("dt", Duration.between(k.dibuat(), now).toSeconds())
                .param("sl", ke.akhir() ? Timestamp.from(now) : null)
                .param("ds", ke.akhir() ? Duration.between(k.dibuat(), now).toSeconds() : null)
                .param("id", id)
                .param("v", p.versi())
                .update();
        if (updated == 0) {
            throw new ConflictException("pengaduan.konflik");
        }
        tulisLangkah(k, me.username(), k.status(), ke, catatan, tanggapan, false, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", ke.name());
        after.put("tingkat", tingkat.name());
        if (ditugaskan != null) {
            after.put("ditugaskan", ditugaskan.name());
        }
        audit.record(
                AuditAction.UBAH,
                "pengaduan.Pengaduan",
                id,
                k.kodeDesa(),
                Map.of("status", k.status().name()),
                after);
        Kasus baru = pengaduan.wajib(id);
        pemberitahuan.berubah(baru, tanggapan, tingkat != k.tingkat());
        return baru;
    }

    /** A comment on a case, by any of its handlers, with or without an answer for the citizen. */
    @Transactional
    public void komentar(long id, String catatan, String tanggapan, PenggunaSaatIni me) {
        Kasus k = pengaduan.kasus(id, me);
        if (!AlurPengaduan.penangan(me.peran(), k.ditugaskan())) {
            throw new ForbiddenException("pengaduan.tidakBolehBertindak");
        }
        String c = Teks.bersih(catatan);
        String t = Teks.bersih(tanggapan);
        List<FieldProblem> problems = new ArrayList<>();
        if (c == null && t == null) {
            problems.add(FieldProblem.of("catatan", "pengaduan.komentarKosong"));
        }
        panjang(problems, "catatan", c, 2000);
        panjang(problems, "tanggapan", t, 2000);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "pengaduan.tidakLengkap");
        }
        Instant now = pengaduan.sekarang();
        tulisLangkah(k, me.username(), null, null, c, t, false, now);
        if (t != null) {
            // The first answer to the citizen is the response time the statistics measure.
            jdbc.sql("""
                            UPDATE pengaduan SET ditanggapi = :n, detik_tanggap = :dt
                            WHERE id = :id AND ditanggapi IS NULL""")
                    .param("n", Timestamp.from(now))
                    .param("dt", Duration.between(k.dibuat(), now).toSeconds())
                    .param("id", id)
                    .update();
        }
        audit.record(AuditAction.UBAH, "pengaduan.Komentar", id, k.kodeDesa(), null, Map.of("tanggapan", t != null));
        if (t != null) {
            pemberitahuan.berubah(k, t, false);
        }
    }

    @Scheduled(
            fixedDelayString = "${pandu.pengaduan.eskalasi-jeda:PT10M}",
            initialDelayString = "${pandu.pengaduan.eskalasi-awal:PT1M}")
    void terjadwal() {
        Instant now = pengaduan.sekarang();
        locks.executeWithLock(
                (Runnable) () -> {
                    eskalasi(now, "");
                    batas.bersihkan();
                },
                new LockConfiguration(now, "pengaduan-eskalasi", Duration.ofMinutes(30), Duration.ZERO));
    }

    /**
     * Moves every case whose stage deadline passed before {@code sekarang} one level up (desa →
     * kecamatan → kabupaten), as DIRUJUK with a new deadline; one transaction per case, guarded by
     * its version, so a handler acting at the same moment wins and the case is left for the next
     * run. Cases at the kabupaten or with SP4N-LAPOR! stay flagged as overdue. Returns how many moved.
     *
     * @param prefiksWilayah only cases under this region code ("" for all)
     */
    public int eskalasi(Instant sekarang, String prefiksWilayah) {
        int moved = 0;
        var region = Lingkup.of(List.of(prefiksWilayah)).sql("kode_desa", "w");
        while (true) {
            List<Kasus> due = jdbc.sql("SELECT " + Kasus.KOLOM + " FROM pengaduan WHERE tenggat < :n"
                            + " AND status NOT IN ('SELESAI', 'DITOLAK') AND tingkat IN ('DESA', 'KECAMATAN')"
                            + " AND " + region.sql() + " ORDER BY tenggat FETCH FIRST 500 ROWS ONLY")
                    .params(region.params())
                    .param("n", Timestamp.from(sekarang))
                    .query(Kasus::baca)
                    .list();
            int before = moved;
            for (Kasus k : due) {
                Boolean ok = tx.execute(s -> naik(k, sekarang));
                if (Boolean.TRUE.equals(ok)) {
                    moved++;
                }
            }
            if (due.size() < 500 || moved == before) {
                break;
            }
        }
        if (moved > 0) {
            log.info("Escalated {} overdue complaints", moved);
        }
        return moved;
    }

    private boolean naik(Kasus k, Instant now) {
        Tingkat ke = k.tingkat().berikut();
        String tanggapan = "Batas waktu tahap " + k.status().name().toLowerCase(java.util.Locale.ROOT)
                + " terlewati; pengaduan diteruskan ke " + namaTingkat(ke) + ".";
        int updated = jdbc.sql("""
                        UPDATE pengaduan SET status = 'DIRUJUK', tingkat = :t, rujukan_ke = :t, tenggat = :tg,
                            versi = versi + 1 WHERE id = :id AND versi = :v""")
                .param("t", ke.name())
                .param("tg", ts(tenggat.untuk(StatusPengaduan.DIRUJUK, now)))
                .param("id", k.id())
                .param("v", k.versi())
                .update();
        if (updated == 0) {
            return false;
        }
        tulisLangkah(k, "sistem", k.status(), StatusPengaduan.DIRUJUK, null, tanggapan, true, now);
        audit.record(
                AuditAction.UBAH,
                "pengaduan.Pengaduan",
                k.id(),
                k.kodeDesa(),
                Map.of("status", k.status().name(), "tingkat", k.tingkat().name()),
                Map.of("status", "DIRUJUK", "tingkat", ke.name(), "otomatis", true));
        pemberitahuan.berubah(pengaduan.wajib(k.id()), tanggapan, true);
        return true;
    }

    private void tulisLangkah(
            Kasus k,
            String pelaku,
            StatusPengaduan dari,
            StatusPengaduan ke,
            String catatan,
            String tanggapan,
            boolean otomatis,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO pengaduan_langkah (pengaduan_id, kode_desa, waktu, pelaku, dari_status, ke_status,
                            catatan, tanggapan, otomatis)
                        VALUES (:p, :d, :w, :a, :f, :k, :c, :t, :o)""")
                .param("p", k.id())
                .param("d", k.kodeDesa())
                .param("w", Timestamp.from(now))
                .param("a", pelaku)
                .param("f", dari == null ? null : dari.name())
                .param("k", ke == null ? null : ke.name())
                .param("c", catatan)
                .param("t", tanggapan)
                .param("o", otomatis)
                .update();
    }

    static String namaTingkat(Tingkat t) {
        return switch (t) {
            case DESA -> "desa";
            case KECAMATAN -> "kecamatan";
            case KABUPATEN -> "kabupaten";
            case SP4N_LAPOR -> "SP4N-LAPOR!";
        };
    }

    private static void panjang(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "pengaduan.terlaluPanjang", max));
        }
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
