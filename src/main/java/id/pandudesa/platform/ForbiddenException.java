package id.pandudesa.platform;

/** The caller's role may not perform this action. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class ForbiddenException extends LocalizedException {

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
