package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.indeks.HasilIdm;
import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.web.FormErrors;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.WilayahApi;
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

/** The IDM questionnaire pages: answers with their live scores, saving, review and the what-if mode. */
@Controller
class KuesionerPageController {

    private final IdmService idm;
    private final KuesionerService questionnaires;
    private final KatalogIndeks catalogues;
    private final AkunApi akun;
    private final WilayahApi wilayah;

    KuesionerPageController(
            IdmService idm,
            KuesionerService questionnaires,
            KatalogIndeks catalogues,
            AkunApi akun,
            WilayahApi wilayah) {
        this.idm = idm;
        this.questionnaires = questionnaires;
        this.catalogues = catalogues;
        this.akun = akun;
        this.wilayah = wilayah;
    }

    @GetMapping("/indeks/kuesioner/{kode}/{tahun}")
    String kuesioner(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(defaultValue = "false") boolean simulasi,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        List<Kuesioner> versions = questionnaires.versi(kode, tahun, me);
        Map<String, String> answers = new LinkedHashMap<>();
        versions.stream()
                .findFirst()
                .ifPresent(q -> questionnaires.jawaban(q).forEach((k, v) -> answers.put(k, teks(v))));
        isiKuesioner(model, kode, tahun, me, versions, answers);
        if (simulasi) {
            modeSimulasi(model);
        }
        return "indeks/kuesioner";
    }

    /** What-if on answers: every field open, nothing can be saved, the scores follow the answers. */
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
        Map<String, String> answers = jawabanDari(request);
        if ("simulasi".equals(aksi)) {
            // Without JavaScript the what-if is this round trip; nothing is stored.
            isiKuesioner(pageAction.model(), kode, tahun, me, questionnaires.versi(kode, tahun, me), answers);
            modeSimulasi(pageAction.model());
            return "indeks/kuesioner";
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
        } catch (id.pandudesa.platform.ConflictException e) {
            // Someone saved a newer version meanwhile: 409, the form shown again over the newer one.
            pageAction.response().setStatus(409);
            pageAction.model().addAttribute("galat", e.messageKey());
            isiKuesioner(pageAction.model(), kode, tahun, me, questionnaires.versi(kode, tahun, me), answers);
            return "indeks/kuesioner";
        } catch (RuleViolationException e) {
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(answers, "jawaban");
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            e.problems().forEach(p -> fieldErrors.put(p.field(), p.messageKey()));
            pageAction.model().addAttribute("galatKolom", fieldErrors);
            pageAction.model().addAttribute("galat", e.messageKey());
            pageAction.model().addAttribute("galatArg", e.args());
            FormErrors.apply(e, errors);
            isiKuesioner(pageAction.model(), kode, tahun, me, questionnaires.versi(kode, tahun, me), answers);
            return "indeks/kuesioner";
        }
    }

    /** The live panel: scores and rule texts of the answers so far, as out-of-band swaps per indicator. */
    @PostMapping("/indeks/kuesioner/{kode}/{tahun}/nilai")
    String nilaiLangsung(@PathVariable String kode, @PathVariable int tahun, HttpServletRequest request, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        idm.desaTerlihat(kode, me);
        Map<String, PenilaiKatalog.SkorIndikator> scores = questionnaires.nilai(jawabanDari(request));
        model.addAttribute("skorIndikator", scores);
        model.addAttribute("indikator", catalogues.idm().katalog().indikator());
        model.addAttribute("ringkas", ringkas(scores));
        model.addAttribute("langsung", true);
        return "indeks/kuesioner :: langsung";
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
                "indeks/kuesioner",
                () -> {
                    String code = idm.desaTerlihat(kode, me).kode();
                    List<Kuesioner> versions = questionnaires.versi(code, tahun, me);
                    Map<String, String> answers = new LinkedHashMap<>();
                    versions.stream()
                            .findFirst()
                            .ifPresent(q -> questionnaires.jawaban(q).forEach((k, v) -> answers.put(k, teks(v))));
                    isiKuesioner(pageAction.model(), code, tahun, me, versions, answers);
                });
    }

    private void isiKuesioner(
            Model model,
            String kode,
            int tahun,
            PenggunaSaatIni me,
            List<Kuesioner> versions,
            Map<String, String> answers) {
        Kuesioner latest = versions.stream().findFirst().orElse(null);
        Map<String, PenilaiKatalog.SkorIndikator> scores = questionnaires.nilai(answers);
        model.addAttribute("desa", idm.desaTerlihat(kode, me));
        model.addAttribute("tahun", tahun);
        model.addAttribute("versi", versions);
        model.addAttribute("q", latest);
        model.addAttribute("jawaban", answers);
        model.addAttribute("katalog", catalogues.idm().katalog());
        model.addAttribute("indikator", catalogues.idm().katalog().indikator());
        model.addAttribute("skorIndikator", scores);
        model.addAttribute("ringkas", ringkas(scores));
        boolean filler = KuesionerService.PENGISI.contains(me.peran());
        String status = latest == null ? "BARU" : latest.status().name();
        model.addAttribute("status", status);
        model.addAttribute("bolehIsi", filler && (status.equals("BARU") || status.equals("DRAF")));
        model.addAttribute("bolehVersiBaru", filler && status.equals("FINAL"));
        model.addAttribute(
                "bolehTinjau",
                KuesionerService.PENINJAU.contains(me.peran())
                        && status.equals("DIAJUKAN")
                        && !me.username().equals(latest.diajukanOleh()));
    }

    private Map<String, String> jawabanDari(HttpServletRequest request) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Katalog.Pertanyaan q : catalogues.idm().pertanyaan()) {
            String v = request.getParameter(q.kode());
            if (v != null && !v.isBlank()) {
                answers.put(q.kode(), v.trim());
            }
        }
        return answers;
    }

    /** Answered count and, when all 50 are scored, the IDM the answers give. */
    record Ringkas(int terjawab, int jumlah, HasilIdm hasil) {}

    private Ringkas ringkas(Map<String, PenilaiKatalog.SkorIndikator> scores) {
        HasilIdm result = null;
        if (scores.size() == IdmCalculator.JUMLAH_INDIKATOR) {
            int[] s = new int[IdmCalculator.JUMLAH_INDIKATOR];
            List<Katalog.Indikator> list = catalogues.idm().katalog().indikator();
            for (int i = 0; i < s.length; i++) {
                s[i] = scores.get(list.get(i).kode()).skor();
            }
            result = IdmCalculator.hitung(s);
        }
        return new Ringkas(scores.size(), IdmCalculator.JUMLAH_INDIKATOR, result);
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
