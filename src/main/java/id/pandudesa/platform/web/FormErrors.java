package id.pandudesa.platform.web;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.LocalizedException;
import id.pandudesa.platform.RuleViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts validation results and rule violations onto a page form's {@link BindingResult}, so the
 * form is shown again with every message next to its field.
 */
public final class FormErrors {

    private FormErrors() {}

    /** Validates a command (a record with Bean Validation constraints) against the form's fields. */
    public static <T> boolean validate(Validator validator, T command, BindingResult result) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        for (ConstraintViolation<T> v : violations) {
            String field = v.getPropertyPath().toString();
            if (hasField(result, field)) {
                result.rejectValue(field, "validasi", v.getMessage());
            } else {
                result.reject("validasi", v.getMessage());
            }
        }
        return violations.isEmpty();
    }

    /** A rule violation: one message per field it names, the overall message on the form. */
    public static void apply(RuleViolationException e, BindingResult result) {
        if (e.problems().isEmpty()) {
            result.reject(e.messageKey(), e.args(), e.messageKey());
            return;
        }
        for (FieldProblem p : e.problems()) {
            if (p.field() != null && hasField(result, p.field())) {
                result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
            } else {
                result.reject(p.messageKey(), p.args(), p.messageKey());
            }
        }
    }

    public static void apply(LocalizedException e, String field, BindingResult result) {
        if (field != null && hasField(result, field)) {
            result.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * For pages that show one message box and a list of problems: the model attributes
     * {@code galat} (message key), {@code galatArg} (its arguments) and {@code masalah} (the
     * problems of a rule violation, empty otherwise) and {@code galatKolom} (the message key of the
     * first problem of each field, for pages that show a message beside the field).
     */
    public static void keModel(Model model, LocalizedException e) {
        model.addAttribute("galat", e.messageKey());
        model.addAttribute("galatArg", e.args());
        java.util.List<FieldProblem> problems =
                e instanceof RuleViolationException r ? r.problems() : java.util.List.of();
        model.addAttribute("masalah", problems);
        java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
        problems.stream().filter(p -> p.field() != null).forEach(p -> byField.putIfAbsent(p.field(), p.messageKey()));
        model.addAttribute("galatKolom", byField);
    }
}
