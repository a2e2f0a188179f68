package id.pandudesa.transparansi.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.replika.Replika;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
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

    /** A rendered board, kept also gzip-compressed: a phone asks for gzip, and compressing costs more than serving. */
    record Halaman(Instant stamp, String etag, String contentType, byte[] body, byte[] gzip) {

        static Halaman of(Instant stamp, String etag, String contentType, byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Halaman(stamp, etag, contentType, body, out.toByteArray());
        }
    }

    private final Cache<String, Halaman> pages = Caffeine.newBuilder()
            .maximumWeight(128L * 1024 * 1024)
            .<String, Halaman>weigher((k, v) -> v.body().length + v.gzip().length)
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
        // The stamp is read where the board itself is read: on the replica when one is in use.
        Instant stamp = Replika.baca(() -> audit.terakhirBerubah(kode));
        Halaman cached = pages.getIfPresent(key);
        if (cached != null && Objects.equals(cached.stamp(), stamp)) {
            headers(response, cached.etag());
            if (cached.etag() != null && cached.etag().equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(cached.contentType());
            byte[] body = cached.body();
            if (acceptsGzip(request)) {
                // Set before writing: the container then leaves the body as it is.
                response.setHeader("Content-Encoding", "gzip");
                body = cached.gzip();
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentSize() > 0) {
            pages.put(
                    key,
                    Halaman.of(
                            stamp,
                            wrapper.getHeader("ETag"),
                            wrapper.getContentType(),
                            wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private static void headers(HttpServletResponse response, String etag) {
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("Vary", "Cookie, Accept-Language, Accept-Encoding");
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }

    /** Whether the request is a visitor's, without an account (set by the security filters). */
    static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    }
}
