package id.pandudesa.platform;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request itself is malformed (HTTP 400): unreadable body, wrong parameter types. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadRequestException extends LocalizedException {

    private final List<FieldProblem> problems;

    public BadRequestException(List<FieldProblem> problems, String messageKey, Object... args) {
        super(messageKey, args);
        this.problems = List.copyOf(problems);
    }

    public BadRequestException(String messageKey, Object... args) {
        this(List.of(), messageKey, args);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
