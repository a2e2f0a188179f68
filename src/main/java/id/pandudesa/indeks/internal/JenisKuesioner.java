package id.pandudesa.indeks.internal;

import id.pandudesa.platform.FieldProblem;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What differs between the questionnaires of two indexes; the life cycle (draft, submit, review by
 * someone else, final, new versions) is {@link Kuesioner}'s and {@link KuesionerService}'s, the
 * same for both. The IDM asks raw facts that its rules score; the Indeks Desa asks each item's
 * score directly, from the scores the item allows.
 */
interface JenisKuesioner {

    /** The catalogue id a questionnaire of this kind stores. */
    String katalog();

    /** Whether a questionnaire of this data year is of this kind (the IDM to 2023, the Indeks Desa from 2024). */
    boolean untukTahun(int tahun);

    /** The form's field names, in the catalogue's order. */
    List<String> isian();

    /**
     * Raw form values as stored answers; blank fields are left out (a draft may be half done).
     *
     * @throws id.pandudesa.platform.RuleViolationException every wrong answer with its field
     */
    Map<String, Object> baca(Map<String, String> raw);

    /** The questions still without an answer, each as a problem on its field (empty: complete). */
    List<FieldProblem> belumDijawab(Map<String, Object> answers);

    /** The message refusing to submit answers with {0} questions still unanswered. */
    default String pesanBelumLengkap() {
        return "kuesioner.belumLengkap";
    }

    /** The approved answers become the desa's result of the year (stored and audited). */
    void simpanHasil(Kuesioner approved, Map<String, Object> answers, Instant now);
}
