package id.pandudesa.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Pages as a demo user sees them, for the integration tests: a request made as that user (with
 * the CSRF token a form carries), the page's HTML when it answers 200, and a refused form's page
 * when it answers 422 (a rule) or 409 (a stale or duplicate record). Injected into every
 * {@link PanduIntegrationTest}.
 */
public class Halaman {

    private final MockMvc mvc;
    private final UserDetailsService users;

    public Halaman(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.users = users;
    }

    /** The request as the demo user {@code username}, with a valid CSRF token. */
    public <B extends AbstractMockHttpServletRequestBuilder<B>> B as(
            AbstractMockHttpServletRequestBuilder<B> request, String username) {
        return request.with(user(users.loadUserByUsername(username))).with(csrf());
    }

    /** Sends the request as the user. */
    public ResultActions kirim(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        return mvc.perform(
                request.with(user(users.loadUserByUsername(username))).with(csrf()));
    }

    /** The page, which must answer 200. */
    public String html(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        return isi(request, username, status().isOk());
    }

    /** A form refused by a rule: the page again with its messages, as 422. */
    public String ditolak(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        return isi(request, username, status().isUnprocessableContent());
    }

    /** A form refused because the record changed meanwhile or already exists: the page again, as 409. */
    public String konflik(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        return isi(request, username, status().isConflict());
    }

    /** A form refused by a rule whose message is {@code key}: 422 with the page again. */
    public static ResultMatcher ditolakDengan(String key) {
        return result -> {
            status().isUnprocessableContent().match(result);
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                    .attribute("galat", key)
                    .match(result);
        };
    }

    /** A form refused as stale or duplicate, with the message {@code key}: 409 with the page again. */
    public static ResultMatcher konflikDengan(String key) {
        return result -> {
            status().isConflict().match(result);
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                    .attribute("galat", key)
                    .match(result);
        };
    }

    private String isi(AbstractMockHttpServletRequestBuilder<?> request, String username, ResultMatcher expected)
            throws Exception {
        return kirim(request, username)
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
