package id.pandudesa.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form or upload whose body cannot be read — a multipart body without its boundary or cut off,
 * more parts or fields than the server takes, a file over the size limit — is refused here, in each
 * security chain just before the CSRF check (the session and the signed-in user are known, nothing
 * has read the body yet): 400 (unreadable) or 413 (too large, too many), as Problem Details on the
 * API and as an error page with a way back to the form on pages. Without this, the CSRF check or
 * Spring's multipart resolver would meet the broken body first and answer 403 or 500. Nothing has
 * been stored.
 */
public class UnreadableRequestFilter extends OncePerRequestFilter {

    /** Request attributes for the error page a page request is forwarded to. */
    static final String STATUS = UnreadableRequestFilter.class.getName() + ".status";

    static final String KEY = UnreadableRequestFilter.class.getName() + ".key";

    /** Where a page request with an unreadable body is forwarded (served by {@link KirimanRusakPage}). */
    static final String PAGE = "/galat/kiriman";

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequestFilter.class);

    private final ProblemJson problems;

    public UnreadableRequestFilter(ProblemJson problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        Refusal refusal = null;
        try {
            if (type.startsWith("multipart/")) {
                request.getParts();
            } else if (type.startsWith("application/x-www-form-urlencoded")) {
                request.getParameterMap();
            }
        } catch (IOException | ServletException | RuntimeException e) {
            refusal = classify(e);
            log.info(
                    "Refused an unreadable {} body on {} {}: {}",
                    type,
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
        }
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        if (ProblemJson.api(request)) {
            problems.tulis(request, response, refusal.status(), refusal.key());
            return;
        }
        request.setAttribute(STATUS, refusal.status());
        request.setAttribute(KEY, refusal.key());
        // The page is rendered without the body: nothing after this may try to read it again.
        request.getRequestDispatcher(PAGE).forward(new TanpaIsi(request), response);
    }

    /** The request as the error page sees it: no body, no content type, no form fields. */
    private static final class TanpaIsi extends jakarta.servlet.http.HttpServletRequestWrapper {
        TanpaIsi(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    record Refusal(HttpStatus status, String key) {}

    /** Too large and too many are 413; everything else a body cannot be read for is 400. */
    static Refusal classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "berkas.terlaluBesar");
            }
            if (name.contains("CountLimitExceeded") || name.contains("InvalidParameter")) {
                return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "permintaan.terlaluBanyakIsian");
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return new Refusal(HttpStatus.BAD_REQUEST, "permintaan.multipartRusak");
    }
}
