package id.pandudesa.platform;

/** A duplicate or a stale version: the request clashes with what is stored. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class ConflictException extends LocalizedException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
