package id.pandudesa.wilayah;

import java.util.Optional;

/**
 * A section another module adds to a village's profile page (the facilitators assigned, the
 * plans, the projects, …), so the profile grows as modules arrive without wilayah knowing them.
 */
public interface ProfilDesaSection {

    /** Position on the page; lower comes first. */
    int urutan();

    /** The section for this desa as the current user may see it, or empty to show nothing. */
    Optional<Bagian> untuk(Wilayah desa);

    /**
     * @param judulKey message key of the section title
     * @param template the Thymeleaf template holding the fragment
     * @param fragment a fragment taking one parameter, {@code data}
     * @param data what the fragment shows
     */
    record Bagian(String judulKey, String template, String fragment, Object data) {}
}
