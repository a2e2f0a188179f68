package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of planning documents: the facilitators' comments (PLD, PD, TA) and the Camat's
 * evaluation of an APBDes draft (sesuai, or to be corrected, with the reasons).
 */
@Service
public class CatatanPerencanaan {

    public enum Jenis {
        KOMENTAR,
        EVALUASI
    }

    public enum Hasil {
        SESUAI,
        PERBAIKI
    }

    /** @param baris the line a note points at (kegiatan|rekening|uraian), or null for the whole document */
    record Catatan(
            long id,
            String jenis,
            String hasil,
            String isi,
            String penulis,
            String peran,
            Instant waktu,
            String baris) {}

    static final Set<Peran> PENGOMENTAR = EnumSet.of(Peran.PLD, Peran.PD, Peran.TA);
    static final int MAKS = 4_000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    public CatatanPerencanaan(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    List<Catatan> daftar(String dokumen, long dokumenId) {
        return jdbc.sql("SELECT id, jenis, hasil, isi, penulis, peran, waktu, baris FROM perencanaan_catatan"
                        + " WHERE dokumen = :d AND dokumen_id = :id ORDER BY id")
                .param("d", dokumen)
                .param("id", dokumenId)
                .query((rs, n) -> new Catatan(
                        rs.getLong("id"),
                        rs.getString("jenis"),
                        rs.getString("hasil"),
                        rs.getString("isi"),
                        rs.getString("penulis"),
                        rs.getString("peran"),
                        rs.getTimestamp("waktu").toInstant(),
                        rs.getString("baris")))
                .list();
    }

    /** A comment or, by the Camat, an evaluation; the caller has checked that the document is in scope. */
    @Transactional
    public void tambah(
            String dokumen, long dokumenId, String kodeDesa, Jenis jenis, Hasil hasil, String isi, PenggunaSaatIni me) {
        tambah(dokumen, dokumenId, kodeDesa, jenis, hasil, isi, null, me);
    }

    /** As {@link #tambah(String, long, String, Jenis, Hasil, String, PenggunaSaatIni)}, pointing at one line. */
    @Transactional
    public void tambah(
            String dokumen,
            long dokumenId,
            String kodeDesa,
            Jenis jenis,
            Hasil hasil,
            String isi,
            String baris,
            PenggunaSaatIni me) {
        if (jenis == Jenis.KOMENTAR && !PENGOMENTAR.contains(me.peran())) {
            throw new ForbiddenException("perencanaan.catatan.bukanPendamping");
        }
        if (jenis == Jenis.EVALUASI && (me.peran() != Peran.CAMAT || hasil == null)) {
            throw new ForbiddenException("perencanaan.catatan.bukanCamat");
        }
        String text = isi == null ? "" : isi.trim();
        if (text.isEmpty() || text.length() > MAKS) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("isi", "perencanaan.catatan.isiWajib", MAKS)),
                    "perencanaan.catatan.isiWajib",
                    MAKS);
        }
        Instant now = Instant.now(clock);
        jdbc.sql("INSERT INTO perencanaan_catatan (kode_desa, dokumen, dokumen_id, jenis, hasil, isi, penulis,"
                        + " peran, waktu, baris) VALUES (:k, :d, :id, :j, :h, :i, :p, :r, :w, :b)")
                .param("b", baris)
                .param("k", kodeDesa)
                .param("d", dokumen)
                .param("id", dokumenId)
                .param("j", jenis.name())
                .param("h", hasil == null ? null : hasil.name())
                .param("i", text)
                .param("p", me.username())
                .param("r", me.peran().name())
                .param("w", Timestamp.from(now))
                .update();
        audit.record(
                AuditAction.BUAT,
                "perencanaan.Catatan",
                dokumen + "/" + dokumenId,
                kodeDesa,
                null,
                Map.of(
                        "jenis",
                        jenis.name(),
                        "hasil",
                        hasil == null ? "" : hasil.name(),
                        "isi",
                        text,
                        "baris",
                        baris == null ? "" : baris));
    }
}
