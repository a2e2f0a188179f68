package id.pandudesa.akun.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.web.FormErrors;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account: login page, profile and scope, password, personal API tokens. */
@Controller
class AkunController {

    private final AkunApi akun;
    private final PenggunaService service;
    private final ApiTokenService tokens;
    private final WilayahApi wilayah;

    AkunController(AkunApi akun, PenggunaService service, ApiTokenService tokens, WilayahApi wilayah) {
        this.akun = akun;
        this.service = service;
        this.tokens = tokens;
        this.wilayah = wilayah;
    }

    @GetMapping("/masuk")
    String masuk() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (akun.saatIni().isPresent() && auth != null && auth.isAuthenticated()) {
            return "redirect:/";
        }
        return "akun/masuk";
    }

    @GetMapping("/akun")
    String saya(Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        model.addAttribute("saya", me);
        model.addAttribute("wilayahLingkup", wilayah.semua(me.lingkup().kode()));
        return "akun/saya";
    }

    @GetMapping("/akun/password")
    String formPassword() {
        return "akun/password";
    }

    @PostMapping("/akun/password")
    String gantiPassword(
            @RequestParam String passwordLama,
            @RequestParam String passwordBaru,
            @RequestParam String ulangiPassword,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    if (!passwordBaru.equals(ulangiPassword)) {
                        throw new RuleViolationException("akun.password.tidakSama");
                    }
                    service.gantiPasswordSendiri(me.username(), passwordLama, passwordBaru);
                    return "akun.pesan.passwordDiganti";
                },
                "/akun",
                "akun/password",
                () -> {});
    }

    @GetMapping("/akun/token")
    String daftarToken(Model model) {
        model.addAttribute("token", tokens.daftar(akun.wajibSaatIni().id()));
        return "akun/token";
    }

    @PostMapping("/akun/token")
    String buatToken(@RequestParam(required = false) String nama, Model model, HttpServletResponse response) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        // The new token is shown once, on this page: no redirect, so no PageAction.
        try {
            model.addAttribute("tokenBaru", tokens.buat(me.id(), nama));
        } catch (RuleViolationException e) {
            response.setStatus(422);
            FormErrors.keModel(model, e);
        }
        model.addAttribute("token", tokens.daftar(me.id()));
        return "akun/token";
    }

    @PostMapping("/akun/token/{id}/cabut")
    String cabutToken(@PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.cabut(akun.wajibSaatIni().id(), id);
            redirect.addFlashAttribute("pesan", "akun.pesan.tokenDicabut");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("galat", e.messageKey());
        }
        return "redirect:/akun/token";
    }
}
