package id.pandudesa.platform;

import java.util.List;

/**
 * A domain rule is broken (HTTP 422). Carries one problem per field or row, so that a form or an
 * import can show every error at once.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolationException extends LocalizedException {

    private final List<FieldProblem> problems;

    public RuleViolationException(String messageKey, Object... args) {
        this(List.of(), messageKey, args);
    }

    public RuleViolationException(List<FieldProblem> problems, String messageKey, Object... args) {
        super(messageKey, args);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
