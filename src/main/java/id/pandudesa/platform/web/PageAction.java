package id.pandudesa.platform.web;

import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page form's action, with one behaviour on every page: done, the browser goes to {@code target}
 * with the action's success message; refused by a rule (422) or by a stale or duplicate record
 * (409), the same page is shown again with the messages and the form as sent, and nothing was
 * stored. Not-found and forbidden pass through as 404 and 403.
 *
 * @param model the page's model, filled again on refusal
 * @param response takes the refusal's status
 * @param redirect carries the success message
 */
public record PageAction(Model model, HttpServletResponse response, RedirectAttributes redirect) {

    /**
     * @param action does the change and returns the key of its success message (null: none)
     * @param target where to go when done
     * @param view the page's view, shown again on refusal
     * @param refill fills the page's model again (the record, the form as sent)
     */
    public String run(Supplier<String> action, String target, String view, Runnable refill) {
        return run(action, () -> target, view, refill);
    }

    /**
     * The same for an action that makes something the browser goes to next (a new record's page).
     *
     * @param action does the change and returns what it made
     * @param pesan the key of the success message (null: none)
     * @param target where to go when done, from what was made
     */
    public <T> String run(Supplier<T> action, String pesan, Function<T, String> target, String view, Runnable refill) {
        Object[] made = new Object[1];
        return run(
                () -> {
                    made[0] = action.get();
                    return pesan;
                },
                () -> {
                    @SuppressWarnings("unchecked")
                    T t = (T) made[0];
                    return target.apply(t);
                },
                view,
                refill);
    }

    private String run(Supplier<String> action, Supplier<String> target, String view, Runnable refill) {
        try {
            String pesan = action.get();
            if (pesan != null) {
                redirect.addFlashAttribute("pesan", pesan);
            }
            return "redirect:" + target.get();
        } catch (RuleViolationException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 422);
            FormErrors.keModel(model, e);
        }
        refill.run();
        return view;
    }
}
