package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.web.PageAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
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

    private final SubTopikQueries queries;
    private final SubTopikService service;
    private final AkunApi akun;

    SubTopikAdminController(SubTopikQueries queries, SubTopikService service, AkunApi akun) {
        this.queries = queries;
        this.service = service;
        this.akun = akun;
    }

    @GetMapping("/admin/sub-topik")
    String daftar(Model model) {
        model.addAttribute("subTopik", queries.semua());
        model.addAttribute("semuaLingkup", RuangLingkup.values());
        model.addAttribute("nasional", akun.wajibSaatIni().lingkup().isNasional());
        return "pendampingan/admin-sub-topik";
    }

    @PostMapping("/admin/sub-topik")
    String tambah(
            @RequestParam String kode,
            @RequestParam String ruangLingkup,
            @RequestParam String nama,
            PageAction pageAction) {
        return pageAction.run(
                () -> {
                    service.tambah(kode, ruangLingkup, nama, akun.wajibSaatIni());
                    return "subTopik.pesan.ditambah";
                },
                "/admin/sub-topik",
                "pendampingan/admin-sub-topik",
                () -> daftar(pageAction.model()));
    }

    @PostMapping("/admin/sub-topik/{kode}/aktif")
    String aktif(@PathVariable String kode, @RequestParam boolean aktif, RedirectAttributes redirect) {
        service.setAktif(kode, aktif, akun.wajibSaatIni());
        redirect.addFlashAttribute("pesan", "subTopik.pesan.diubah");
        return "redirect:/admin/sub-topik";
    }
}
