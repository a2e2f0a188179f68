package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.kerjasama.internal.Kerjasama.Perjanjian;
import id.pandudesa.kerjasama.internal.Kerjasama.Status;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.storage.FileService;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing an agreement once its first five steps are done: its number, the signing day, the
 * period and value, and the scan of the signed text.
 */
@Service
public class PenandatangananService {

    private final JdbcClient jdbc;
    private final KerjasamaService perjanjian;
    private final FileService files;
    private final AuditTrail audit;

    public PenandatangananService(JdbcClient jdbc, KerjasamaService perjanjian, FileService files, AuditTrail audit) {
        this.jdbc = jdbc;
        this.perjanjian = perjanjian;
        this.files = files;
        this.audit = audit;
    }

    /**
     * Signs the agreement: the first five steps done, its number, the signing day (not in the
     * future), the period (end after start) and, if it has one, its value; a scan of the signed
     * text may be attached.
     */
    @Transactional
    public void tandatangani(
            long id,
            Integer versi,
            String nomorPerjanjian,
            LocalDate ditandatangani,
            LocalDate mulai,
            LocalDate selesai,
            Long nilai,
            byte[] dokumen,
            String namaDokumen,
            PenggunaSaatIni me) {
        Perjanjian p = perjanjian.kelola(id, me);
        if (p.status() != Status.RANCANGAN) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("nomorPerjanjian", "kerjasama.sudahDitandatangani")),
                    "kerjasama.sudahDitandatangani");
        }
        List<FieldProblem> problems = new ArrayList<>();
        long done = jdbc.sql("SELECT COUNT(*) FROM kerjasama_langkah WHERE kerjasama_id = :k AND langkah <= 5")
                .param("k", id)
                .query(Long.class)
                .single();
        if (done < 5) {
            problems.add(FieldProblem.of("langkah", "kerjasama.langkahBelumLengkap"));
        }
        String no = Teks.baris(nomorPerjanjian);
        if (no == null || no.length() > 100) {
            problems.add(FieldProblem.of("nomorPerjanjian", "kerjasama.wajibDiisi"));
        }
        LocalDate today = perjanjian.hariIni();
        if (ditandatangani == null) {
            problems.add(FieldProblem.of("ditandatangani", "kerjasama.wajibDiisi"));
        } else if (ditandatangani.isAfter(today)) {
            problems.add(FieldProblem.of("ditandatangani", "kerjasama.tanggalMasaDepan"));
        }
        if (mulai == null) {
            problems.add(FieldProblem.of("mulai", "kerjasama.wajibDiisi"));
        }
        if (selesai == null) {
            problems.add(FieldProblem.of("selesai", "kerjasama.wajibDiisi"));
        } else if (mulai != null && !selesai.isAfter(mulai)) {
            problems.add(FieldProblem.of("selesai", "kerjasama.selesaiSebelumMulai"));
        }
        if (nilai != null && nilai < 0) {
            problems.add(FieldProblem.of("nilai", "kerjasama.rupiahTidakSah"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kerjasama.tidakLengkap");
        }
        perjanjian.majukanVersi(id, versi);
        Long berkas = null;
        if (dokumen != null && dokumen.length > 0) {
            berkas = files.simpanDokumen(dokumen, namaDokumen, p.kodeDesa(), me.username(), "berkas")
                    .id();
        }
        jdbc.sql("UPDATE kerjasama SET status = 'DITANDATANGANI', nomor_perjanjian = :no, ditandatangani = :d,"
                        + " mulai = :m, selesai = :s, nilai = :v, berkas_id = :b, peringatan = NULL WHERE id = :id")
                .param("no", no)
                .param("d", Date.valueOf(ditandatangani))
                .param("m", Date.valueOf(mulai))
                .param("s", Date.valueOf(selesai))
                .param("v", nilai)
                .param("b", berkas)
                .param("id", id)
                .update();
        audit.record(
                AuditAction.UBAH,
                "kerjasama.Perjanjian",
                id,
                p.kodeDesa(),
                Map.of("status", p.status().name()),
                Map.of(
                        "status",
                        "DITANDATANGANI",
                        "nomor",
                        no,
                        "mulai",
                        mulai.toString(),
                        "selesai",
                        selesai.toString()));
    }
}
