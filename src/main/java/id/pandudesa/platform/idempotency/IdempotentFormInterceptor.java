package id.pandudesa.platform.idempotency;

import id.pandudesa.platform.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a page form idempotent when the phone's offline queue sends it: a {@code POST} of a page
 * (not the API, which has {@link IdempotentCreate}) carrying an {@code Idempotency-Key} runs in one
 * transaction that also claims the key for the user, so the record and the claim commit together
 * or not at all. A second request with the same key — a resend after a dropped connection, or many
 * at once — waits for the first and gets its answer back, storing nothing new.
 *
 * <p>Such a request is answered in JSON instead of a page, so the queue knows what happened: the
 * form redirected to its record without an error — {@code 201 {"hasil":"TERKIRIM","lokasi":...}};
 * the form was shown again with messages — {@code 422 {"hasil":"DITOLAK","pesan":[...]}}; the record
 * changed on the server meanwhile — {@code 409 {"hasil":"BENTROK",...}}. Sent from the open form
 * ({@code Accept: text/html}), a refusal is the form's own page instead (422/409, header
 * {@code Pandu-Hasil}), so the person sees every message by its field. Only a sent form claims the
 * key; a refused one can be corrected and sent again with it. Errors that escape the handler
 * (403, 404, the database away) keep their status and page.
 */
@Component
public class IdempotentFormInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(IdempotentFormInterceptor.class);
    private static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = IdempotentFormInterceptor.class.getName() + ".claim";

    private final PlatformTransactionManager transactions;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final KeyClaim klaim;

    IdempotentFormInterceptor(
            PlatformTransactionManager transactions,
            MessageSource messages,
            LocaleResolver locales,
            JsonMapper json,
            KeyClaim klaim) {
        this.transactions = transactions;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.klaim = klaim;
    }

    /** The key claimed for this request and the transaction holding it. */
    private record Claim(String user, String key, TransactionStatus tx) {}

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String key = request.getHeader(HEADER);
        if (!"POST".equals(request.getMethod())
                || key == null
                || key.isBlank()
                || request.getRequestURI().startsWith("/api/")
                || !(handler instanceof HandlerMethod method)
                || !halamanForm(method)) {
            return true;
        }
        String user = user();
        if (user == null) {
            return true;
        }
        if (key.length() > IdempotentCreate.MAX_KEY) {
            write(
                    response,
                    400,
                    Map.of(
                            "hasil",
                            "DITOLAK",
                            "pesan",
                            List.of(text(request, "idempotensi.kunciTerlaluPanjang", IdempotentCreate.MAX_KEY))));
            return false;
        }
        String sidik = sidik(request);
        for (int attempt = 0; ; attempt++) {
            Optional<KeyClaim.Tersimpan> stored = klaim.tersimpan(user, key);
            if (stored.isPresent() && !stored.get().untuk(sidik)) {
                write(
                        response,
                        422,
                        Map.of("hasil", "DITOLAK", "pesan", List.of(text(request, "idempotensi.kunciBedaIsi"))));
                return false;
            }
            if (stored.isPresent()) {
                response.setHeader("Idempotent-Replay", "true");
                writeRaw(response, 201, stored.get().jawaban());
                return false;
            }
            TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
            try {
                klaim.klaim(user, key, sidik);
                request.setAttribute(CLAIM, new Claim(user, key, tx));
                return true;
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                // Another request with this key committed first (or still holds it): read its answer.
                transactions.rollback(tx);
                if (attempt >= 20) {
                    throw e;
                }
                KeyClaim.jeda(attempt);
            }
        }
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        Claim claim = (Claim) request.getAttribute(CLAIM);
        if (claim == null || claim.tx().isCompleted() || mav == null) {
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        int status;
        String redirect = redirect(mav);
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (redirect != null && !flash.containsKey("galat")) {
            if (claim.tx().isRollbackOnly()) {
                transactions.rollback(claim.tx());
                answer.put("hasil", "GAGAL");
                answer.put("pesan", List.of(text(request, "galat.internal")));
                status = 500;
            } else {
                answer.put("hasil", "TERKIRIM");
                answer.put("lokasi", redirect);
                status = 201;
                klaim.simpanJawaban(claim.user(), claim.key(), json.writeValueAsString(answer), redirect);
                // Committed before a byte of the answer is written: "sent" is never said of a lost record.
                transactions.commit(claim.tx());
                // The form's "saved" message waits for the record's page, where the phone goes next.
                RequestContextUtils.saveOutputFlashMap(redirect, request, response);
            }
        } else {
            transactions.rollback(claim.tx());
            boolean conflict = response.getStatus() == 409;
            answer.put("hasil", conflict ? "BENTROK" : "DITOLAK");
            answer.put("pesan", problems(request, mav.getModel(), flash));
            status = conflict ? 409 : 422;
            if (halaman(request)) {
                // Sent while the person is still on the form: they get the form's own answer (the
                // page with every message by its field, or the page it redirects to with the message).
                response.setHeader("Pandu-Hasil", (String) answer.get("hasil"));
                if (redirect == null) {
                    response.setStatus(status);
                    return;
                }
                RequestContextUtils.saveOutputFlashMap(redirect, request, response);
                answer.put("lokasi", redirect);
            } else {
                flash.clear();
            }
        }
        mav.clear();
        mav.setView(new JsonAnswer(status, answer));
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        Claim claim = (Claim) request.getAttribute(CLAIM);
        if (claim != null && !claim.tx().isCompleted()) {
            // The handler failed (or answered without a view): nothing of it stays, the key included.
            transactions.rollback(claim.tx());
        }
    }

    /**
     * A page form's handler: it answers with a view (a page or a redirect), which this replaces by
     * the queue's answer after committing. Handlers that write their own body are left alone.
     */
    private static boolean halamanForm(HandlerMethod method) {
        Class<?> type = method.getReturnType().getParameterType();
        boolean view =
                type == String.class || ModelAndView.class.isAssignableFrom(type) || View.class.isAssignableFrom(type);
        return view
                && !method.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
    }

    /**
     * The fingerprint of a form: its path, its fields in name order (without the CSRF token, which
     * changes with the session) and the bytes of its files.
     */
    private static String sidik(HttpServletRequest request) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        parts.add(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            if (!"_csrf".equals(name)) {
                parts.add(name.getBytes(StandardCharsets.UTF_8));
                for (String v : values) {
                    parts.add(v.getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (var entry : new TreeMap<>(multipart.getMultiFileMap()).entrySet()) {
                parts.add(entry.getKey().getBytes(StandardCharsets.UTF_8));
                for (MultipartFile file : entry.getValue()) {
                    parts.add(file.getBytes());
                }
            }
        }
        return KeyClaim.sidik(parts);
    }

    /** The form was sent while its page is open (it takes the page back), not from the background queue. */
    private static boolean halaman(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.startsWith("text/html");
    }

    private static String redirect(ModelAndView mav) {
        if (mav.getView() instanceof RedirectView r) {
            return r.getUrl();
        }
        String name = mav.getViewName();
        return name != null && name.startsWith("redirect:") ? name.substring("redirect:".length()) : null;
    }

    /** The messages the form would have shown: field errors, the page's message box, its problem list. */
    private List<String> problems(HttpServletRequest request, Map<String, Object> model, FlashMap flash) {
        Locale locale = locales.resolveLocale(request);
        List<String> out = new ArrayList<>();
        Map<String, Object> all = new LinkedHashMap<>(model);
        all.putAll(flash);
        if (all.get("galat") instanceof String key) {
            Object[] args = all.get("galatArg") instanceof Object[] a ? a : null;
            out.add(text(locale, key, args));
        }
        if (all.get("masalah") instanceof Collection<?> list) {
            for (Object o : list) {
                if (o instanceof FieldProblem p) {
                    out.add(text(locale, p.messageKey(), p.args()));
                }
            }
        }
        if (all.get("galatKolom") instanceof Map<?, ?> fields) {
            fields.values().forEach(v -> out.add(text(locale, String.valueOf(v), null)));
        }
        for (Object value : all.values()) {
            if (value instanceof BindingResult result && result.hasErrors()) {
                for (ObjectError error : result.getAllErrors()) {
                    String message = messages.getMessage(error, locale);
                    out.add(error instanceof FieldError f ? f.getField() + ": " + message : message);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(text(locale, "lapangan.ditolakTanpaPesan", null));
        }
        return out.stream().distinct().toList();
    }

    private String text(HttpServletRequest request, String key, Object... args) {
        return text(locales.resolveLocale(request), key, args);
    }

    private String text(Locale locale, String key, Object[] args) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    private static String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? null
                : auth.getName();
    }

    private void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        writeRaw(response, status, json.writeValueAsString(body));
    }

    private static void writeRaw(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body);
    }

    /** The queue's answer in place of the page. */
    private final class JsonAnswer implements View {
        private final int status;
        private final Map<String, Object> body;

        JsonAnswer(int status, Map<String, Object> body) {
            this.status = status;
            this.body = body;
        }

        @Override
        public String getContentType() {
            return "application/json";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            if (status >= 500) {
                log.warn("Queued form {} could not be committed", request.getRequestURI());
            }
            write(response, status, body);
        }
    }
}
