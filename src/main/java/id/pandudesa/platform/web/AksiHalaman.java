package id.pandudesa.platform.web;

import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page form's action, with one behaviour on every page: done, the browser goes to {@code tujuan}
 * with the action's success message; refused by a rule (422) or by a stale or duplicate record
 * (409), the same page is shown again with the messages and the form as sent, and nothing was
 * stored. Not-found and forbidden pass through as 404 and 403.
 *
 * @param model the page's model, filled again on refusal
 * @param response takes the refusal's status
 * @param redirect carries the success message
 */
public record AksiHalaman(Model model, HttpServletResponse response, RedirectAttributes redirect) {

    /**
     * @param aksi does the change and returns the key of its success message
     * @param tujuan where to go when done
     * @param halaman the page's view, shown again on refusal
     * @param isiUlang fills the page's model again (the record, the form as sent)
     */
    public String jalankan(Supplier<String> aksi, String tujuan, String halaman, Runnable isiUlang) {
        try {
            redirect.addFlashAttribute("pesan", aksi.get());
            return "redirect:" + tujuan;
        } catch (RuleViolationException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 422);
            FormErrors.keModel(model, e);
        }
        isiUlang.run();
        return halaman;
    }
}
