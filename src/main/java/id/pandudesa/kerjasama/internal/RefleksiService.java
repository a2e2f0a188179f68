package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.kerjasama.internal.Kerjasama.Perjanjian;
import id.pandudesa.kerjasama.internal.Kerjasama.Refleksi;
import id.pandudesa.kerjasama.internal.Kerjasama.Status;
import id.pandudesa.kerjasama.internal.Kerjasama.TindakLanjut;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aksi-refleksi reviews of a signed agreement with their follow-ups; the first review completes
 * the sixth step. Who may record them is the agreement's rule ({@link KerjasamaService#kelola}).
 */
@Service
public class RefleksiService {

    private final JdbcClient jdbc;
    private final KerjasamaService perjanjian;
    private final MusyawarahApi musyawarah;
    private final AuditTrail audit;
    private final Clock clock;

    public RefleksiService(
            JdbcClient jdbc, KerjasamaService perjanjian, MusyawarahApi musyawarah, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.perjanjian = perjanjian;
        this.musyawarah = musyawarah;
        this.audit = audit;
        this.clock = clock;
    }

    public record TindakLanjutBaru(String uraian, String penanggungJawab, LocalDate tenggat) {}

    @Transactional(readOnly = true)
    public List<Refleksi> refleksi(long id) {
        Map<Long, List<TindakLanjut>> follow = new LinkedHashMap<>();
        jdbc.sql("SELECT t.refleksi_id, t.id, t.uraian, t.penanggung_jawab, t.tenggat, t.selesai"
                        + " FROM kerjasama_tindak_lanjut t JOIN kerjasama_refleksi r ON r.id = t.refleksi_id"
                        + " WHERE r.kerjasama_id = :k ORDER BY t.tenggat, t.id")
                .param("k", id)
                .query((rs, n) -> follow.computeIfAbsent(rs.getLong("refleksi_id"), x -> new ArrayList<>())
                        .add(new TindakLanjut(
                                rs.getLong("id"),
                                rs.getString("uraian"),
                                rs.getString("penanggung_jawab"),
                                rs.getDate("tenggat").toLocalDate(),
                                rs.getTimestamp("selesai") == null
                                        ? null
                                        : rs.getTimestamp("selesai").toInstant())))
                .list();
        return jdbc.sql("SELECT id, tanggal, musyawarah_id, temuan, kinerja_bkad, dicatat_oleh FROM kerjasama_refleksi"
                        + " WHERE kerjasama_id = :k ORDER BY tanggal DESC, id DESC")
                .param("k", id)
                .query((rs, n) -> new Refleksi(
                        rs.getLong("id"),
                        rs.getDate("tanggal").toLocalDate(),
                        rs.getObject("musyawarah_id", Long.class),
                        rs.getString("temuan"),
                        rs.getString("kinerja_bkad"),
                        rs.getString("dicatat_oleh"),
                        follow.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /**
     * Records an aksi-refleksi review of a signed agreement: when (not before signing, not in the
     * future), what was found, how the BKAD performed (when it has one), the aksi-refleksi meeting
     * it was held in (if recorded), and follow-ups each with who and by when. The first review
     * completes the sixth step.
     */
    @Transactional
    public long refleksi(
            long id,
            Integer versi,
            LocalDate tanggal,
            Long musyawarahId,
            String temuan,
            String kinerjaBkad,
            List<TindakLanjutBaru> tindakLanjut,
            PenggunaSaatIni me) {
        Perjanjian p = perjanjian.kelola(id, me);
        List<FieldProblem> problems = new ArrayList<>();
        if (p.status() != Status.DITANDATANGANI) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("tanggalRefleksi", "kerjasama.belumDitandatangani")),
                    "kerjasama.belumDitandatangani");
        }
        if (tanggal == null) {
            problems.add(FieldProblem.of("tanggalRefleksi", "kerjasama.wajibDiisi"));
        } else if (tanggal.isAfter(perjanjian.hariIni())) {
            problems.add(FieldProblem.of("tanggalRefleksi", "kerjasama.tanggalMasaDepan"));
        } else if (tanggal.isBefore(p.ditandatangani())) {
            problems.add(FieldProblem.of("tanggalRefleksi", "kerjasama.sebelumTandatangan"));
        }
        String t = Teks.bersih(temuan);
        if (t == null || t.length() > 4000) {
            problems.add(FieldProblem.of("temuan", "kerjasama.wajibDiisi"));
        }
        String kb = Teks.bersih(kinerjaBkad);
        if (kb != null && kb.length() > 2000) {
            problems.add(FieldProblem.of("kinerjaBkad", "kerjasama.terlaluPanjang", 2000));
        }
        if (musyawarahId != null
                && musyawarah
                        .ringkas(musyawarahId, me)
                        .filter(m -> p.desa().contains(m.kodeDesa()) && m.jenis() == JenisMusyawarah.AKSI_REFLEKSI)
                        .isEmpty()) {
            problems.add(FieldProblem.of("musyawarahRefleksi", "kerjasama.harusAksiRefleksi", musyawarahId));
        }
        for (int i = 0; i < tindakLanjut.size(); i++) {
            TindakLanjutBaru f = tindakLanjut.get(i);
            String u = Teks.baris(f.uraian());
            String pj = Teks.baris(f.penanggungJawab());
            if (u == null || u.length() > 500 || pj == null || pj.length() > 200) {
                problems.add(FieldProblem.of("tindakLanjut", "kerjasama.tindakLanjutTidakLengkap", i + 1));
            } else if (f.tenggat() == null || (tanggal != null && f.tenggat().isBefore(tanggal))) {
                problems.add(FieldProblem.of("tindakLanjut", "kerjasama.tenggatTidakSah", i + 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kerjasama.tidakLengkap");
        }
        perjanjian.majukanVersi(id, versi);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO kerjasama_refleksi (kerjasama_id, tanggal, musyawarah_id, temuan, kinerja_bkad,"
                        + " dicatat_oleh, dibuat) VALUES (:k, :t, :m, :f, :b, :o, :n)")
                .param("k", id)
                .param("t", Date.valueOf(tanggal))
                .param("m", musyawarahId)
                .param("f", t)
                .param("b", p.bkadId() == null ? null : kb)
                .param("o", me.username())
                .param("n", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        long rid = keys.getKey().longValue();
        for (TindakLanjutBaru f : tindakLanjut) {
            jdbc.sql("INSERT INTO kerjasama_tindak_lanjut (refleksi_id, uraian, penanggung_jawab, tenggat)"
                            + " VALUES (:r, :u, :p, :t)")
                    .param("r", rid)
                    .param("u", Teks.baris(f.uraian()))
                    .param("p", Teks.baris(f.penanggungJawab()))
                    .param("t", Date.valueOf(f.tenggat()))
                    .update();
        }
        boolean first = jdbc.sql("SELECT COUNT(*) FROM kerjasama_langkah WHERE kerjasama_id = :k AND langkah = 6")
                        .param("k", id)
                        .query(Long.class)
                        .single()
                == 0;
        if (first) {
            jdbc.sql("INSERT INTO kerjasama_langkah (kerjasama_id, langkah, bukti_jenis, bukti_id, selesai, oleh)"
                            + " VALUES (:k, 6, 'REFLEKSI', :r, :t, :o)")
                    .param("k", id)
                    .param("r", rid)
                    .param("t", Timestamp.from(Instant.now(clock)))
                    .param("o", me.username())
                    .update();
        }
        audit.record(
                AuditAction.BUAT,
                "kerjasama.Refleksi",
                rid,
                p.kodeDesa(),
                null,
                Map.of("kerjasama", id, "tanggal", tanggal.toString(), "tindakLanjut", tindakLanjut.size()));
        return rid;
    }

    /** Marks a follow-up done; returns the agreement it belongs to. */
    @Transactional
    public long tindakLanjutSelesai(long tindakLanjutId, PenggunaSaatIni me) {
        long kerjasamaId = perjanjianTindakLanjut(tindakLanjutId);
        Perjanjian p = perjanjian.kelola(kerjasamaId, me);
        int n = jdbc.sql("UPDATE kerjasama_tindak_lanjut SET selesai = :n, selesai_oleh = :o WHERE id = :t"
                        + " AND selesai IS NULL")
                .param("n", Timestamp.from(Instant.now(clock)))
                .param("o", me.username())
                .param("t", tindakLanjutId)
                .update();
        if (n == 0) {
            throw new ConflictException("kerjasama.sudahSelesai");
        }
        audit.record(
                AuditAction.UBAH,
                "kerjasama.TindakLanjut",
                tindakLanjutId,
                p.kodeDesa(),
                Map.of("selesai", false),
                Map.of("selesai", true));
        return kerjasamaId;
    }

    /** The agreement a follow-up belongs to (its page shows the follow-up). */
    @Transactional(readOnly = true)
    public long perjanjianTindakLanjut(long tindakLanjutId) {
        return jdbc.sql("SELECT r.kerjasama_id FROM kerjasama_tindak_lanjut t JOIN kerjasama_refleksi r"
                        + " ON r.id = t.refleksi_id WHERE t.id = :t")
                .param("t", tindakLanjutId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("kerjasama.tidakDitemukan", tindakLanjutId));
    }
}
