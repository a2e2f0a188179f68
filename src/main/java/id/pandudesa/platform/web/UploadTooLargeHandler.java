package id.pandudesa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit is refused while the request is read, before any controller is
 * chosen; this answers it for the API (413 Problem Details) and for pages (a 413 page), and
 * nothing has been stored.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadTooLargeHandler(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String detail = messages.getMessage("berkas.terlaluBesar", null, locales.resolveLocale(request));
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            body.setTitle(messages.getMessage("status.413", null, locales.resolveLocale(request)));
            body.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        ModelAndView page = new ModelAndView("error/413");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("currentUri", request.getRequestURI());
        return page;
    }
}
