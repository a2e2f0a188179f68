package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Swadaya gotong royong on a project (the seeds' community contribution): labour in person-days,
 * goods or money, each with the value the village puts on it, recorded by the village government
 * or the KPMD and shown beside the budget.
 */
@Service
class SwadayaService {

    /** What the community gave. */
    enum Jenis {
        TENAGA,
        BARANG,
        UANG
    }

    record Swadaya(long id, LocalDate tanggal, String jenis, String uraian, int hok, long nilai, String dicatatOleh) {}

    /** The totals beside the budget: the value of all, of each kind, and the person-days of labour. */
    record Ringkas(long nilai, long tenaga, long barang, long uang, int hok) {}

    private final PelaksanaanService projects;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SwadayaService(PelaksanaanService projects, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void catat(
            long proyekId,
            LocalDate tanggal,
            String jenis,
            String uraian,
            Integer hok,
            Long nilai,
            PenggunaSaatIni me) {
        PelaksanaanService.Proyek p = projects.proyek(proyekId, me);
        if (!PelaksanaanService.PENCATAT.contains(me.peran())) {
            throw new ForbiddenException("pelaksanaan.bukanPencatat");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Jenis kind = null;
        try {
            kind = Jenis.valueOf(jenis == null ? "" : jenis.trim());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("jenis", "swadaya.jenisWajib"));
        }
        String text = uraian == null ? "" : uraian.trim();
        if (text.isEmpty() || text.length() > 500) {
            problems.add(FieldProblem.of("uraian", "swadaya.uraianWajib", 500));
        }
        int days = hok == null ? 0 : hok;
        long value = nilai == null ? 0 : nilai;
        if (days < 0 || value < 0) {
            problems.add(FieldProblem.of("nilai", "swadaya.negatif"));
        }
        if (kind == Jenis.TENAGA && days == 0) {
            problems.add(FieldProblem.of("hok", "swadaya.hokWajib"));
        }
        if (kind != null && kind != Jenis.TENAGA && value == 0) {
            problems.add(FieldProblem.of("nilai", "swadaya.nilaiWajib"));
        }
        if (tanggal == null) {
            problems.add(FieldProblem.of("tanggal", "swadaya.tanggalWajib"));
        } else if (tanggal.isAfter(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta"))))) {
            problems.add(FieldProblem.of("tanggal", "swadaya.tanggalNanti"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(
                    problems,
                    problems.getFirst().messageKey(),
                    problems.getFirst().args());
        }
        jdbc.sql("INSERT INTO proyek_swadaya (proyek_id, kode_desa, tanggal, jenis, uraian, hok, nilai, dicatat_oleh,"
                        + " dicatat) VALUES (:p, :k, :t, :j, :u, :h, :n, :o, :w)")
                .param("p", p.id())
                .param("k", p.kodeDesa())
                .param("t", tanggal)
                .param("j", kind.name())
                .param("u", text)
                .param("h", days)
                .param("n", value)
                .param("o", me.username())
                .param("w", Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(
                AuditAction.BUAT,
                "pelaksanaan.Swadaya",
                p.id(),
                p.kodeDesa(),
                null,
                Map.of("jenis", kind.name(), "uraian", text, "hok", days, "nilai", value));
    }

    @Transactional(readOnly = true)
    List<Swadaya> daftar(PelaksanaanService.Proyek p) {
        return jdbc.sql("SELECT id, tanggal, jenis, uraian, hok, nilai, dicatat_oleh FROM proyek_swadaya"
                        + " WHERE proyek_id = :p AND kode_desa = :k ORDER BY tanggal, id")
                .param("p", p.id())
                .param("k", p.kodeDesa())
                .query((rs, n) -> new Swadaya(
                        rs.getLong("id"),
                        rs.getDate("tanggal").toLocalDate(),
                        rs.getString("jenis"),
                        rs.getString("uraian"),
                        rs.getInt("hok"),
                        rs.getLong("nilai"),
                        rs.getString("dicatat_oleh")))
                .list();
    }

    static Ringkas ringkas(List<Swadaya> all) {
        long tenaga = 0;
        long barang = 0;
        long uang = 0;
        int hok = 0;
        for (Swadaya s : all) {
            switch (Jenis.valueOf(s.jenis())) {
                case TENAGA -> tenaga += s.nilai();
                case BARANG -> barang += s.nilai();
                case UANG -> uang += s.nilai();
            }
            hok += s.hok();
        }
        return new Ringkas(tenaga + barang + uang, tenaga, barang, uang, hok);
    }
}
