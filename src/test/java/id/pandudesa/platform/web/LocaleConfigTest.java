package id.pandudesa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LocaleConfigTest {

    private final LocaleConfig.PanduLocaleResolver resolver = new LocaleConfig.PanduLocaleResolver();

    @Test
    void pages_are_indonesian_even_when_the_browser_prefers_english() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/wilayah");
        request.addHeader("Accept-Language", "en-US,en;q=0.9");

        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("id");
    }

    @Test
    void the_api_answers_in_english_when_asked_first_for_english() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/saya");
        request.addHeader("Accept-Language", "en");

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void the_api_stays_indonesian_when_indonesian_comes_first() {
        assertThat(LocaleConfig.PanduLocaleResolver.prefersEnglish("id-ID,id;q=0.9,en;q=0.8"))
                .isFalse();
        assertThat(LocaleConfig.PanduLocaleResolver.prefersEnglish("en-GB,id;q=0.5"))
                .isTrue();
        assertThat(LocaleConfig.PanduLocaleResolver.prefersEnglish("fr")).isFalse();
    }
}
