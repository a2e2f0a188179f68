package id.pandudesa.transparansi.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pandudesa.platform.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps each village board as rendered for visitors without an account, per language, and serves
 * it again while the village's last recorded change is the same: a crowd opening a shared link
 * costs one index lookup per request instead of assembling and rendering the page. Signed-in
 * users (whose page shows their name) and requests with a query string always get a fresh page.
 * It runs after the security filters.
 */
@Component
class PapanCacheFilter extends OncePerRequestFilter {

    private static final Pattern PAPAN = Pattern.compile("/desa/(\\d{10})");

    record Halaman(Instant stamp, String etag, String contentType, byte[] body) {}

    private final Cache<String, Halaman> pages = Caffeine.newBuilder()
            .maximumWeight(128L * 1024 * 1024)
            .<String, Halaman>weigher((k, v) -> v.body().length)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    private final AuditTrail audit;
    private final LocaleResolver locales;

    PapanCacheFilter(AuditTrail audit, LocaleResolver locales) {
        this.audit = audit;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || !PAPAN.matcher(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        .matches()
                || !anonymous();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String kode = uri.substring("/desa/".length());
        String key = kode + "|" + locales.resolveLocale(request).getLanguage();
        Instant stamp = audit.terakhirBerubah(kode);
        Halaman cached = pages.getIfPresent(key);
        if (cached != null && Objects.equals(cached.stamp(), stamp)) {
            headers(response, cached.etag());
            if (cached.etag() != null && cached.etag().equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(cached.contentType());
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentSize() > 0) {
            pages.put(
                    key,
                    new Halaman(
                            stamp,
                            wrapper.getHeader("ETag"),
                            wrapper.getContentType(),
                            wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private static void headers(HttpServletResponse response, String etag) {
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("Vary", "Cookie, Accept-Language");
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
    }

    /** Whether the request is a visitor's, without an account (set by the security filters). */
    static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    }
}
