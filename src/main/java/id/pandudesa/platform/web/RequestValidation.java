package id.pandudesa.platform.web;

import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Validates a request body after the role check, so that a caller whose role may not act gets
 * 403 rather than a list of field errors (which {@code @Valid} would give first).
 */
@Component
public class RequestValidation {

    private final Validator validator;

    RequestValidation(Validator validator) {
        this.validator = validator;
    }

    /** Throws 400 with one problem per invalid field (messages already in the caller's language). */
    public <T> T check(T body) {
        if (body == null) {
            throw new BadRequestException("permintaan.tidakTerbaca");
        }
        List<FieldProblem> problems = validator.validate(body).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> FieldProblem.of(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems, "permintaan.tidakValid");
        }
        return body;
    }
}
