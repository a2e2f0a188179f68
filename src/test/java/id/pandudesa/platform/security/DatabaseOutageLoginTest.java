package id.pandudesa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Signing in while the database is away: HTTP Basic answers 503 with Retry-After and the form sends
 * the user back to the sign-in page saying to try again shortly — neither a 500 nor "wrong
 * password". A real wrong password still reads as one.
 */
class DatabaseOutageLoginTest {

    private static final UserDetailsService AWAY = username -> {
        throw new CannotGetJdbcConnectionException("database restarting");
    };

    private static final UserDetailsService NOBODY = username -> {
        throw new UsernameNotFoundException(username);
    };

    private static ProviderManager manager(UserDetailsService users) {
        return new ProviderManager(new DaoAuthenticationProvider(users));
    }

    private static ProblemSecurityHandlers problems() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ProblemSecurityHandlers(new id.pandudesa.platform.web.ProblemJson(
                messages, new FixedLocaleResolver(Locale.forLanguageTag("id"))));
    }

    private static MockHttpServletResponse basic(UserDetailsService users) throws Exception {
        BasicAuthenticationFilter filter = new BasicAuthenticationFilter(manager(users), problems());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/dasbor/3517");
        request.addHeader(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("pd.diwek:rahasia".getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletResponse form(UserDetailsService users) throws Exception {
        UsernamePasswordAuthenticationFilter filter = new UsernamePasswordAuthenticationFilter(manager(users));
        filter.setFilterProcessesUrl("/masuk");
        filter.setAuthenticationFailureHandler(SecurityConfig.loginFailure());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/masuk");
        request.setServletPath("/masuk");
        request.addParameter("username", "pd.diwek");
        request.addParameter("password", "rahasia");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void http_basic_during_an_outage_is_503_with_retry_after() throws Exception {
        MockHttpServletResponse response = basic(AWAY);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Tidak ada yang tersimpan");
    }

    @Test
    void http_basic_with_an_unknown_user_is_still_401() throws Exception {
        assertThat(basic(NOBODY).getStatus()).isEqualTo(401);
    }

    @Test
    void the_sign_in_form_during_an_outage_says_try_again_not_wrong_password() throws Exception {
        assertThat(form(AWAY).getRedirectedUrl()).isEqualTo("/masuk?tidakTersedia");
        assertThat(form(NOBODY).getRedirectedUrl()).isEqualTo("/masuk?gagal");
    }
}
