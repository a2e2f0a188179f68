package id.pandudesa.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.support.PanduIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Logged-in sessions live in the database, so any app node behind a load balancer can serve them. */
@PanduIntegrationTest
@Tag("db")
class SesiBersamaIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_login_over_http_is_stored_in_the_database_with_a_new_session_id() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;

        String loginPage = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/masuk")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
        String before = sessionCookie(http);

        String form = "username=kpmd.kayangan&password=pandu-demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/masuk"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(sessionCookie(http))
                .as("session id changes at login (fixation)")
                .isNotEqualTo(before);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'kpmd.kayangan'")
                        .query(Long.class)
                        .single())
                .isPositive();
        HttpResponse<String> home =
                http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Sri Wahyuni");
        assertThat(home.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private static String sessionCookie(HttpClient http) {
        return ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("SESSION"))
                        .map(java.net.HttpCookie::getValue)
                        .findFirst()
                        .orElse("");
    }
}
