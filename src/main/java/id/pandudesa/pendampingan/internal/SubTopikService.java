package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the list of sub-topics, by a national admin only: a new item goes last in its scope;
 * a retired item stays on old entries and leaves the form. Each change is in the audit trail.
 */
@Service
class SubTopikService {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SubTopikService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    void tambah(String kode, String ruangLingkup, String nama, PenggunaSaatIni me) {
        wajibNasional(me);
        String code = kode == null ? "" : kode.trim().toUpperCase(Locale.ROOT);
        RuangLingkup scope = KegiatanApiController.parse(RuangLingkup.class, "ruangLingkup", ruangLingkup);
        if (!code.matches("[A-Z0-9-]{2,20}")
                || scope == null
                || nama == null
                || nama.isBlank()
                || nama.length() > 250) {
            throw new RuleViolationException("subTopik.tidakValid");
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM pendampingan_sub_topik WHERE kode = :k")
                        .param("k", code)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            throw new ConflictException("subTopik.kodeDipakai");
        }
        int order = jdbc.sql("SELECT COALESCE(MAX(urutan), 0) + 1 FROM pendampingan_sub_topik WHERE ruang_lingkup = :l")
                .param("l", scope.name())
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO pendampingan_sub_topik (kode, ruang_lingkup, nama, urutan, aktif)"
                        + " VALUES (:k, :l, :n, :u, TRUE)")
                .param("k", code)
                .param("l", scope.name())
                .param("n", nama.trim())
                .param("u", order)
                .update();
        audit.record(
                AuditAction.BUAT,
                "pendampingan.SubTopik",
                code,
                null,
                null,
                Map.of("ruangLingkup", scope.name(), "nama", nama.trim()));
    }

    @Transactional
    void setAktif(String kode, boolean aktif, PenggunaSaatIni me) {
        wajibNasional(me);
        int n = jdbc.sql("UPDATE pendampingan_sub_topik SET aktif = :a WHERE kode = :k")
                .param("a", aktif)
                .param("k", kode)
                .update();
        if (n == 0) {
            throw new NotFoundException("kegiatan.subTopik.tidakDikenal");
        }
        audit.record(AuditAction.UBAH, "pendampingan.SubTopik", kode, null, null, Map.of("aktif", aktif));
    }

    private static void wajibNasional(PenggunaSaatIni me) {
        if (!me.lingkup().isNasional()) {
            throw new ForbiddenException("subTopik.hanyaNasional");
        }
    }
}
