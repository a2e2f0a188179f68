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
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors met before any controller is chosen, which the controllers' own handlers never see: an
 * upload over the size limit or a multipart body that cannot be read (413 / 400; {@link
 * UnreadableRequestFilter} catches most of them earlier), and a path under {@code /api/} that
 * nothing serves (404). The API gets Problem Details, pages an error page; nothing was stored.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestErrorHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;

    RequestErrorHandler(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (ProblemJson.api(request)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "berkas.terlaluBesar", request);
        }
        return page("error/413", HttpStatus.CONTENT_TOO_LARGE, request);
    }

    @ExceptionHandler(MultipartException.class)
    Object unreadable(MultipartException e, HttpServletRequest request) {
        UnreadableRequestFilter.Refusal refusal = UnreadableRequestFilter.classify(e);
        if (ProblemJson.api(request)) {
            return problem(refusal.status(), refusal.key(), request);
        }
        ModelAndView page = page("error/kiriman", refusal.status(), request);
        page.addObject("judul", "status." + refusal.status().value());
        page.addObject("pesan", refusal.key());
        page.addObject("kembali", KirimanRusakPage.kembali(request));
        return page;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        if (ProblemJson.api(request)) {
            return problem(HttpStatus.NOT_FOUND, "tidakDitemukan.halaman", request);
        }
        return page("error/404", HttpStatus.NOT_FOUND, request);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, HttpServletRequest request) {
        String detail = messages.getMessage(key, null, key, locales.resolveLocale(request));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(messages.getMessage("status." + status.value(), null, locales.resolveLocale(request)));
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static ModelAndView page(String view, HttpStatus status, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("currentUri", request.getRequestURI());
        return page;
    }
}
