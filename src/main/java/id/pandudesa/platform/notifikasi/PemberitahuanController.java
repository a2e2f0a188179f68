package id.pandudesa.platform.notifikasi;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The logged-in user's notifications: the list, opening one (marks it read), marking all read. */
@Controller
class PemberitahuanController {

    private final Pemberitahuan pemberitahuan;

    PemberitahuanController(Pemberitahuan pemberitahuan) {
        this.pemberitahuan = pemberitahuan;
    }

    @GetMapping("/pemberitahuan")
    String daftar(Model model) {
        model.addAttribute("daftar", pemberitahuan.terbaru(username(), 100));
        return "platform/pemberitahuan";
    }

    @GetMapping("/pemberitahuan/{id}")
    String buka(@PathVariable long id) {
        String link = pemberitahuan
                .buka(username(), id)
                .orElseThrow(() -> new id.pandudesa.platform.NotFoundException("pemberitahuan.tidakDitemukan"));
        // Only the app's own pages: a stored link never sends anyone elsewhere.
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/pemberitahuan");
    }

    @PostMapping("/pemberitahuan/baca-semua")
    String bacaSemua() {
        pemberitahuan.bacaSemua(username());
        return "redirect:/pemberitahuan";
    }

    static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? null
                : auth.getName();
    }

    /** The unread count in every page's header. */
    @ControllerAdvice(annotations = Controller.class)
    static class JumlahBelumDibaca {

        private final Pemberitahuan pemberitahuan;

        JumlahBelumDibaca(Pemberitahuan pemberitahuan) {
            this.pemberitahuan = pemberitahuan;
        }

        @ModelAttribute("pemberitahuanBaru")
        Long belumDibaca() {
            String user = username();
            return user == null ? null : pemberitahuan.belumDibaca(user);
        }
    }
}
