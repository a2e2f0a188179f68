package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.web.FormErrors;
import id.pandudesa.platform.web.PageAction;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire pages of a desa-year, whichever index measures the year: answers with their
 * live figures, saving, review and the what-if mode. What each index shows is filled by {@link
 * HalamanKuesioner}.
 */
@Controller
class KuesionerPageController {

    private final IdmService idm;
    private final KuesionerService questionnaires;
    private final HalamanKuesioner halaman;
    private final AkunApi akun;

    KuesionerPageController(IdmService idm, KuesionerService questionnaires, HalamanKuesioner halaman, AkunApi akun) {
        this.idm = idm;
        this.questionnaires = questionnaires;
        this.halaman = halaman;
        this.akun = akun;
    }

    @GetMapping("/indeks/kuesioner/{kode}/{tahun}")
    String kuesioner(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(defaultValue = "false") boolean simulasi,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        List<Kuesioner> versions = questionnaires.versi(kode, tahun, me);
        String view = halaman.isi(model, kode, tahun, me, versions, tersimpan(versions));
        if (simulasi) {
            modeSimulasi(model);
        }
        return view;
    }

    /** What-if on answers: every field open, nothing can be saved, the figures follow the answers. */
    private static void modeSimulasi(Model model) {
        model.addAttribute("simulasi", true);
        model.addAttribute("bolehIsi", false);
        model.addAttribute("bolehVersiBaru", false);
        model.addAttribute("bolehTinjau", false);
    }

    @PostMapping("/indeks/kuesioner/{kode}/{tahun}")
    String simpanKuesioner(
            @PathVariable String kode,
            @PathVariable int tahun,
            HttpServletRequest request,
            @RequestParam(defaultValue = "simpan") String aksi,
            @RequestParam(required = false) Integer versi,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Map<String, String> answers = jawabanDari(request, questionnaires.jenis(kode, tahun));
        Model model = pageAction.model();
        if ("simulasi".equals(aksi)) {
            // Without JavaScript the what-if is this round trip; nothing is stored.
            String view = halaman.isi(model, kode, tahun, me, questionnaires.versi(kode, tahun, me), answers);
            modeSimulasi(model);
            return view;
        }
        try {
            questionnaires.simpan(kode, tahun, answers, "versi-baru".equals(aksi), versi, me);
            if ("ajukan".equals(aksi)) {
                questionnaires.ajukan(kode, tahun, me);
                pageAction.redirect().addFlashAttribute("pesan", "kuesioner.pesan.diajukan");
            } else {
                pageAction.redirect().addFlashAttribute("pesan", "kuesioner.pesan.tersimpan");
            }
            return "redirect:/indeks/kuesioner/" + idm.desaTerlihat(kode, me).kode() + "/" + tahun;
        } catch (ConflictException e) {
            // Someone saved a newer version meanwhile: 409, the form shown again over the newer one.
            pageAction.response().setStatus(409);
            model.addAttribute("galat", e.messageKey());
            return halaman.isi(model, kode, tahun, me, questionnaires.versi(kode, tahun, me), answers);
        } catch (RuleViolationException e) {
            pageAction.response().setStatus(422);
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(answers, "jawaban");
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            e.problems().forEach(p -> fieldErrors.put(p.field(), p.messageKey()));
            model.addAttribute("galatKolom", fieldErrors);
            model.addAttribute("galat", e.messageKey());
            model.addAttribute("galatArg", e.args());
            FormErrors.apply(e, errors);
            return halaman.isi(model, kode, tahun, me, questionnaires.versi(kode, tahun, me), answers);
        }
    }

    /** The live panel: the figures of the answers so far (the IDM's also per indicator, as out-of-band swaps). */
    @PostMapping("/indeks/kuesioner/{kode}/{tahun}/nilai")
    String nilaiLangsung(@PathVariable String kode, @PathVariable int tahun, HttpServletRequest request, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        List<Kuesioner> versions = questionnaires.versi(kode, tahun, me);
        JenisKuesioner kind = questionnaires.jenis(versions, tahun);
        return halaman.langsung(model, kind, jawabanDari(request, kind));
    }

    @PostMapping("/indeks/kuesioner/{kode}/{tahun}/tinjau")
    String tinjau(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam boolean setujui,
            @RequestParam(required = false) String catatan,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    questionnaires.tinjau(kode, tahun, setujui, catatan, me);
                    return idm.desaTerlihat(kode, me).kode();
                },
                setujui ? "kuesioner.pesan.disetujui" : "kuesioner.pesan.dikembalikan",
                code -> "/indeks/kuesioner/" + code + "/" + tahun,
                halaman.view(questionnaires.jenis(kode, tahun)),
                () -> {
                    List<Kuesioner> versions = questionnaires.versi(kode, tahun, me);
                    halaman.isi(pageAction.model(), kode, tahun, me, versions, tersimpan(versions));
                });
    }

    /** The latest version's answers as the form shows them. */
    private Map<String, String> tersimpan(List<Kuesioner> versions) {
        Map<String, String> answers = new LinkedHashMap<>();
        versions.stream()
                .findFirst()
                .ifPresent(q -> questionnaires.jawaban(q).forEach((k, v) -> answers.put(k, teks(v))));
        return answers;
    }

    private static Map<String, String> jawabanDari(HttpServletRequest request, JenisKuesioner kind) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String field : kind.isian()) {
            String v = request.getParameter(field);
            if (v != null && !v.isBlank()) {
                answers.put(field, v.trim());
            }
        }
        return answers;
    }

    private static String teks(Object value) {
        if (value instanceof Boolean b) {
            return b ? "YA" : "TIDAK";
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }
}
