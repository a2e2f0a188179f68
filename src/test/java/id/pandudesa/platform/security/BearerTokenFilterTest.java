package id.pandudesa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** A token that cannot be checked because the database is away is a 503, not a 500 or a 401. */
class BearerTokenFilterTest {

    @Test
    void a_database_outage_while_checking_a_token_is_503_with_retry_after() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        ApiTokenAuthenticator failing = token -> {
            throw new CannotGetJdbcConnectionException("database restarting");
        };
        beans.addBean("tokens", failing);
        BearerTokenFilter filter = new BearerTokenFilter(
                beans.getBeanProvider(ApiTokenAuthenticator.class),
                new ProblemSecurityHandlers(new id.pandudesa.platform.web.ProblemJson(
                        messages, new FixedLocaleResolver(Locale.forLanguageTag("id")))));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/pendampingan/kegiatan");
        request.addHeader("Authorization", "Bearer pd_abc");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Tidak ada yang tersimpan");
        assertThat(chain.getRequest()).as("the request goes no further").isNull();
    }
}
