package id.pandudesa.platform.web;

import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.LocalizedException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the JSON API as Problem Details (RFC 9457) with a {@code detail} a person can act
 * on, in the caller's language, and per-field {@code errors}. Bad input never gives a 5xx.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, e, List.of(), request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, e, List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, text("akses.ditolak"), List.of(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, e, List.of(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, text("konflik.versi"), List.of(), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, text("konflik.duplikat"), List.of(), request);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleBroken(RuleViolationException e, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e, e.problems(), request);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e, e.problems(), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(error.getField(), null, messages.getMessage(error, locale())));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error ->
                        errors.add(fieldError(error.getObjectName(), null, messages.getMessage(error, locale()))));
        return build(HttpStatus.BAD_REQUEST, text("permintaan.tidakValid"), errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(fieldError(
                                result.getMethodParameter().getParameterName(),
                                null,
                                messages.getMessage(error, locale())))));
        return build(HttpStatus.BAD_REQUEST, text("permintaan.tidakValid"), errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return build(HttpStatus.BAD_REQUEST, text("permintaan.tidakTerbaca"), List.of(), request);
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        MissingRequestHeaderException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class
    })
    ResponseEntity<ProblemDetail> missingParameter(Exception e, HttpServletRequest request) {
        String name = switch (e) {
            case MissingServletRequestParameterException m -> m.getParameterName();
            case MissingRequestHeaderException h -> h.getHeaderName();
            case org.springframework.web.multipart.support.MissingServletRequestPartException p ->
                p.getRequestPartName();
            default -> "?";
        };
        return build(
                HttpStatus.BAD_REQUEST,
                text("permintaan.parameterWajib", name),
                List.of(fieldError(name, null, text("validasi.wajib"))),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return build(
                HttpStatus.BAD_REQUEST,
                text("permintaan.parameterTidakValid", e.getName()),
                List.of(fieldError(e.getName(), null, text("validasi.formatSalah"))),
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return build(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("permintaan.tipeTidakDidukung"), List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return build(HttpStatus.NOT_ACCEPTABLE, text("permintaan.formatTidakTersedia"), List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return build(HttpStatus.METHOD_NOT_ALLOWED, text("permintaan.metodeTidakDidukung"), List.of(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return build(HttpStatus.CONTENT_TOO_LARGE, text("berkas.terlaluBesar"), List.of(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return build(HttpStatus.NOT_FOUND, text("tidakDitemukan.halaman"), List.of(), request);
    }

    /**
     * The database went away (restarted, failed over, out of connections): nothing was stored, and
     * the client should simply send again shortly — 503 with Retry-After, which phones' offline
     * queues honour, instead of a 500 that reads like a bug.
     */
    @ExceptionHandler({
        org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.dao.TransientDataAccessResourceException.class,
        org.springframework.transaction.CannotCreateTransactionException.class,
        // the connection died mid-transaction, so even the rollback could not be sent: nothing stored
        org.springframework.transaction.TransactionSystemException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        ResponseEntity<ProblemDetail> answer =
                build(HttpStatus.SERVICE_UNAVAILABLE, text("galat.sementara"), List.of(), request);
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header("Retry-After", "5")
                .body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return build(HttpStatus.INTERNAL_SERVER_ERROR, text("galat.internal"), List.of(), request);
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpStatus status, LocalizedException e, List<FieldProblem> problems, HttpServletRequest request) {
        return problem(status, text(e.messageKey(), e.args()), problems, request);
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String detail, List<FieldProblem> problems, HttpServletRequest request) {
        List<Map<String, Object>> errors = problems.stream()
                .map(p -> fieldError(p.field(), p.row(), text(p.messageKey(), p.args())))
                .toList();
        return build(status, detail, errors, request);
    }

    private ResponseEntity<ProblemDetail> build(
            HttpStatus status, String detail, List<Map<String, Object>> errors, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(text("status." + status.value()));
        body.setInstance(java.net.URI.create(request.getRequestURI()));
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static Map<String, Object> fieldError(String field, Integer row, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (row != null) {
            error.put("baris", row);
        }
        error.put("field", field);
        error.put("message", message);
        if (row != null) {
            // A file's error also names its column as the file writes it, in the contract's words.
            error.put("kolom", field);
            error.put("pesan", message);
        }
        return error;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
