package id.pandudesa.platform;

/**
 * A record does not exist or lies outside the caller's region scope; both answer the same, so a
 * caller never learns that a record exists elsewhere.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends LocalizedException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
