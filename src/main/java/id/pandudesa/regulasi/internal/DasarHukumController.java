package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.regulasi.RegulasiApi.Pokok;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form every cited document's page carries ({@code regulasi/dasar-hukum.html}): the village
 * government picks the regulation the document stands on; back on the document's page with the
 * outcome.
 */
@Controller
class DasarHukumController {

    private final DasarHukumService service;
    private final AkunApi akun;

    DasarHukumController(DasarHukumService service, AkunApi akun) {
        this.service = service;
        this.akun = akun;
    }

    @PostMapping("/regulasi/dasar-hukum")
    String tautkan(
            @RequestParam(required = false) String pokok,
            @RequestParam(required = false) String kodeDesa,
            @RequestParam(required = false) String pokokId,
            @RequestParam(required = false) String produkHukumId,
            RedirectAttributes redirect) {
        Pokok p;
        try {
            p = Pokok.valueOf(pokok == null ? "" : pokok);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("regulasi.dasar.pokokTidakSah");
        }
        if (kodeDesa == null || !kodeDesa.matches("[0-9]{10}")) {
            throw new NotFoundException("regulasi.desaTidakDitemukan", String.valueOf(kodeDesa));
        }
        String kembali = pokokId != null && pokokId.matches("[0-9]{1,12}") ? p.tautan(kodeDesa, pokokId) : "/";
        Long id = null;
        if (produkHukumId != null && !produkHukumId.isBlank()) {
            try {
                id = Long.parseLong(produkHukumId.strip());
            } catch (NumberFormatException e) {
                redirect.addFlashAttribute("galat", "regulasi.dasar.bukanProdukDesa");
                return "redirect:" + kembali;
            }
        }
        try {
            service.tautkan(p, kodeDesa, pokokId, id, akun.wajibSaatIni());
            redirect.addFlashAttribute("pesan", "regulasi.dasar.tersimpan");
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("galat", e.messageKey());
        }
        return "redirect:" + kembali;
    }
}
