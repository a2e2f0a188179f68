package id.pandudesa.platform.web;

import java.util.Optional;

/**
 * A panel a module adds to the logged-in user's landing page (overdue follow-ups, checks due, …).
 * Modules declare beans of this type; the landing page shows every panel that has something.
 */
public interface BerandaPanel {

    int urutan();

    /** The panel for the current user, or empty when it has nothing to show them. */
    Optional<Panel> untukPenggunaSaatIni();

    /**
     * @param judulKey message key of the title
     * @param template Thymeleaf template holding the fragment
     * @param fragment a fragment taking one parameter, {@code data}
     */
    record Panel(String judulKey, String template, String fragment, Object data) {}
}
