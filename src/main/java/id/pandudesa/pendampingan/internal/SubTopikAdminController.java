package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The maintainable list of sub-topics per scope: a national admin adds items and retires them
 * (retired items stay on old entries, and disappear from the form).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SubTopikAdminController {

    private final JdbcClient jdbc;
    private final AkunApi akun;
    private final AuditTrail audit;

    SubTopikAdminController(JdbcClient jdbc, AkunApi akun, AuditTrail audit) {
        this.jdbc = jdbc;
        this.akun = akun;
        this.audit = audit;
    }

    @GetMapping("/admin/sub-topik")
    String daftar(Model model) {
        List<SubTopikQueries.SubTopik> all = jdbc.sql("SELECT kode, ruang_lingkup, nama, urutan, aktif FROM"
                        + " pendampingan_sub_topik ORDER BY ruang_lingkup, urutan, kode")
                .query((rs, n) -> new SubTopikQueries.SubTopik(
                        rs.getString(1),
                        RuangLingkup.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getBoolean(5)))
                .list();
        model.addAttribute("subTopik", all);
        model.addAttribute("semuaLingkup", RuangLingkup.values());
        model.addAttribute("nasional", akun.wajibSaatIni().lingkup().isNasional());
        return "pendampingan/admin-sub-topik";
    }

    @PostMapping("/admin/sub-topik")
    @Transactional
    String tambah(
            @RequestParam String kode,
            @RequestParam String ruangLingkup,
            @RequestParam String nama,
            RedirectAttributes redirect) {
        wajibNasional();
        String code = kode == null ? "" : kode.trim().toUpperCase(Locale.ROOT);
        RuangLingkup scope = KegiatanApiController.parse(RuangLingkup.class, "ruangLingkup", ruangLingkup);
        if (!code.matches("[A-Z0-9-]{2,20}")
                || scope == null
                || nama == null
                || nama.isBlank()
                || nama.length() > 250) {
            redirect.addFlashAttribute("galat", "subTopik.tidakValid");
            return "redirect:/admin/sub-topik";
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM pendampingan_sub_topik WHERE kode = :k")
                        .param("k", code)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            redirect.addFlashAttribute("galat", "subTopik.kodeDipakai");
            return "redirect:/admin/sub-topik";
        }
        int order = jdbc.sql("SELECT COALESCE(MAX(urutan), 0) + 1 FROM pendampingan_sub_topik WHERE ruang_lingkup = :l")
                .param("l", scope.name())
                .query(Integer.class)
                .single();
        jdbc.sql(
                        "INSERT INTO pendampingan_sub_topik (kode, ruang_lingkup, nama, urutan, aktif) VALUES (:k, :l, :n, :u, TRUE)")
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
        redirect.addFlashAttribute("pesan", "subTopik.pesan.ditambah");
        return "redirect:/admin/sub-topik";
    }

    @PostMapping("/admin/sub-topik/{kode}/aktif")
    @Transactional
    String aktif(@PathVariable String kode, @RequestParam boolean aktif, RedirectAttributes redirect) {
        wajibNasional();
        int n = jdbc.sql("UPDATE pendampingan_sub_topik SET aktif = :a WHERE kode = :k")
                .param("a", aktif)
                .param("k", kode)
                .update();
        if (n == 0) {
            throw new id.pandudesa.platform.NotFoundException("kegiatan.subTopik.tidakDikenal");
        }
        audit.record(AuditAction.UBAH, "pendampingan.SubTopik", kode, null, null, Map.of("aktif", aktif));
        redirect.addFlashAttribute("pesan", "subTopik.pesan.diubah");
        return "redirect:/admin/sub-topik";
    }

    private void wajibNasional() {
        PenggunaSaatIni me = akun.wajibSaatIni();
        if (!me.lingkup().isNasional()) {
            throw new ForbiddenException("subTopik.hanyaNasional");
        }
    }
}
