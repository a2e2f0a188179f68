package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facilitator's monthly work plan page: the month's planned visits, added and removed. */
@Controller
class RencanaKerjaPageController {

    private final RencanaService service;
    private final AkunApi akun;
    private final WilayahApi wilayah;

    RencanaKerjaPageController(RencanaService service, AkunApi akun, WilayahApi wilayah) {
        this.service = service;
        this.akun = akun;
        this.wilayah = wilayah;
    }

    @GetMapping("/pendampingan/rencana/{username}/{bulan}")
    String lihat(@PathVariable String username, @PathVariable String bulan, Model model) {
        isi(model, username, bulan, akun.wajibSaatIni());
        return "pendampingan/rencana";
    }

    private void isi(Model model, String username, String bulan, PenggunaSaatIni me) {
        RencanaService.Tampilan v = service.lihat(username, bulan, me);
        model.addAttribute("v", v);
        model.addAttribute("milikSaya", v.penulis().username().equals(me.username()));
        model.addAttribute("semuaMetode", MetodePendampingan.values());
        model.addAttribute("semuaLingkup", RuangLingkup.values());
        List<Wilayah> desa = wilayah.desaDalam(me.lingkup().prefiks(), new PageQuery(0, 500)).isi().stream()
                .filter(Wilayah::isDesa)
                .toList();
        model.addAttribute("desaSaya", desa);
    }

    /** A planned visit: the village, the week of the month, how and on what. */
    record KunjunganForm(String kodeDesa, String minggu, String metode, String ruangLingkup, String uraian)
            implements Formulir {}

    @PostMapping("/pendampingan/rencana/{username}/{bulan}")
    String tambah(@PathVariable String username, @PathVariable String bulan, KunjunganForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        if (!me.username().equals(username)) {
            throw new ForbiddenException("rencana.bukanPenulis");
        }
        return pageAction.run(
                () -> {
                    try {
                        service.tambah(
                                new RencanaService.Tambah(
                                        bulan,
                                        f.kodeDesa(),
                                        Isian.bulat(f.minggu(), "minggu"),
                                        f.metode(),
                                        f.ruangLingkup(),
                                        f.uraian()),
                                me);
                    } catch (NotFoundException e) {
                        // A village typed on the form outside the facilitator's area.
                        throw new RuleViolationException(
                                List.of(FieldProblem.of("kodeDesa", e.messageKey(), e.args())),
                                e.messageKey(),
                                e.args());
                    }
                    return "rencana.pesan.ditambah";
                },
                "/pendampingan/rencana/" + username + "/" + bulan,
                "pendampingan/rencana",
                () -> {
                    isi(pageAction.model(), username, bulan, me);
                    // The page has one message box: it names the first problem.
                    if (pageAction.model().getAttribute("masalah") instanceof List<?> problems
                            && !problems.isEmpty()
                            && problems.getFirst() instanceof FieldProblem first) {
                        pageAction.model().addAttribute("galat", first.messageKey());
                    }
                });
    }

    @PostMapping("/pendampingan/rencana/{username}/{bulan}/{id}/hapus")
    String hapus(
            @PathVariable String username,
            @PathVariable String bulan,
            @PathVariable long id,
            RedirectAttributes redirect) {
        service.hapus(id, akun.wajibSaatIni());
        redirect.addFlashAttribute("pesan", "rencana.pesan.dihapus");
        return "redirect:/pendampingan/rencana/" + username + "/" + bulan;
    }
}
