package id.pandudesa.platform;

/**
 * One problem with one input field (or a column of a row of an uploaded file); the message is a
 * key of the message bundles, localized where it is shown.
 *
 * Serializable, so a page can carry the problems across a redirect (flash attributes live in the
 * session); the arguments are strings and numbers.
 *
 * @param row the 1-based data row of an uploaded file, or {@code null} for a form or JSON field
 */
public record FieldProblem(String field, Integer row, String messageKey, Object... args)
        implements java.io.Serializable {

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, null, messageKey, args);
    }
}
