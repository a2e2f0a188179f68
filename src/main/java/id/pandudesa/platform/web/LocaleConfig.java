package id.pandudesa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Indonesian by default, English as the second language. Pages switch with {@code ?bahasa=en}
 * (kept in a cookie); the API follows {@code Accept-Language} when it asks for English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String COOKIE = "pandu_bahasa";

    @Bean
    LocaleResolver localeResolver() {
        return new PanduLocaleResolver();
    }

    static final class PanduLocaleResolver extends CookieLocaleResolver {

        PanduLocaleResolver() {
            super(COOKIE);
            setDefaultLocale(INDONESIAN);
            setCookieMaxAge(Duration.ofDays(365));
            setDefaultLocaleFunction(PanduLocaleResolver::fromRequest);
        }

        private static Locale fromRequest(HttpServletRequest request) {
            String uri = request.getRequestURI();
            String accept = request.getHeader("Accept-Language");
            if (uri != null && uri.startsWith("/api/") && accept != null && prefersEnglish(accept)) {
                return Locale.ENGLISH;
            }
            return INDONESIAN;
        }

        /** The first language of the header decides; only Indonesian and English are offered. */
        static boolean prefersEnglish(String acceptLanguage) {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("en")) {
                    return true;
                }
                if (tag.startsWith("id") || tag.startsWith("in")) {
                    return false;
                }
            }
            return false;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
            super.setLocale(request, response, chosen);
        }
    }
}
