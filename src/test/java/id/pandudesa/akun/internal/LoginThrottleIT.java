package id.pandudesa.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pandudesa.support.PanduIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing, as an attacker would try it: many guesses at once, by the sign-in form and by
 * HTTP Basic, for real and invented names, from one address at many names. Runs on H2 and on
 * PostgreSQL, since the count rests on each database's row locking.
 */
@PanduIntegrationTest
@Tag("db")
class LoginThrottleIT {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PenggunaService service;

    /** Each test guesses from its own address, so the address limit of one does not touch another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static org.springframework.test.web.servlet.RequestBuilder login(
            String username, String password, String address) {
        return post("/masuk")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static String newAddress() {
        int n = ADDRESS.incrementAndGet();
        return "10.21." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A PLD of Kecamatan Diwek that may use the API at once (a service account, as scripts have). */
    private String account() {
        String username = "tebak" + System.nanoTime() % 10_000_000;
        service.buat(
                new BuatPengguna(
                        username, "Sasaran Tebakan", "PLD", List.of("3517082005"), "sandi-benar-77", null, null, false),
                new id.pandudesa.akun.PenggunaSaatIni(
                        0, "sistem", "Sistem", id.pandudesa.akun.Peran.ADMIN, id.pandudesa.akun.Lingkup.nasional()));
        return username;
    }

    private List<MockHttpServletResponse> atOnce(int n, Callable<MockHttpServletResponse> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 25));
        try {
            List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(call);
            }
            List<MockHttpServletResponse> out = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : pool.invokeAll(calls)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** {@code n} HTTP Basic calls at once from one address, each answered with {@code status}. */
    private List<MockHttpServletResponse> basicAtOnce(
            int n, String username, String password, String address, int status) throws Exception {
        List<MockHttpServletResponse> answers = atOnce(
                n,
                () -> mvc.perform(get("/api/v1/saya")
                                .with(httpBasic(username, password))
                                .with(from(address)))
                        .andReturn()
                        .getResponse());
        assertThat(answers)
                .as(
                        "answers %s",
                        answers.stream().map(LoginThrottleIT::body).distinct().toList())
                .allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(status));
        return answers;
    }

    private int failures(String key) {
        return jdbc.sql("SELECT gagal FROM login_percobaan WHERE username = :u")
                .param("u", key)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private boolean locked(String key) {
        return jdbc.sql("SELECT terkunci_sampai FROM login_percobaan WHERE username = :u")
                .param("u", key)
                .query(Timestamp.class)
                .optional()
                .filter(t -> t.toInstant().isAfter(Instant.now()))
                .isPresent();
    }

    @Test
    void fifty_wrong_passwords_at_once_by_the_form_check_at_most_five() throws Exception {
        String username = account();
        String address = newAddress();

        List<MockHttpServletResponse> answers = atOnce(
                50,
                () -> mvc.perform(login(username, "tebakan-salah", address))
                        .andReturn()
                        .getResponse());

        long checked = answers.stream()
                .filter(r -> "/masuk?gagal".equals(r.getRedirectedUrl()))
                .count();
        long refused = answers.stream()
                .filter(r -> "/masuk?terkunci".equals(r.getRedirectedUrl()))
                .count();
        assertThat(checked)
                .as(
                        "passwords compared; answers %s",
                        answers.stream().map(r -> r.getRedirectedUrl()).toList())
                .isEqualTo(LoginThrottle.MAX_FAILURES);
        assertThat(refused).isEqualTo(50 - LoginThrottle.MAX_FAILURES);
        assertThat(failures(username)).isEqualTo(LoginThrottle.MAX_FAILURES);
        assertThat(locked(username)).isTrue();
        // The right password is not even compared while the name is locked.
        assertThat(mvc.perform(login(username, "sandi-benar-77", newAddress()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/masuk?terkunci");
    }

    @Test
    void fifty_wrong_passwords_at_once_by_http_basic_check_at_most_five() throws Exception {
        String username = account();
        String address = newAddress();

        List<MockHttpServletResponse> answers = basicAtOnce(50, username, "tebakan-salah", address, 401);
        long checked = answers.stream()
                .filter(r -> body(r).contains("Username, password atau token API salah"))
                .count();
        long refused = answers.stream()
                .filter(r -> body(r).contains("dikunci sementara"))
                .count();
        assertThat(checked).isEqualTo(LoginThrottle.MAX_FAILURES);
        assertThat(refused).isEqualTo(50 - LoginThrottle.MAX_FAILURES);
        assertThat(mvc.perform(get("/api/v1/saya")
                                .with(httpBasic(username, "sandi-benar-77"))
                                .with(from(newAddress())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void a_later_wrong_password_never_unlocks_a_locked_name() throws Exception {
        String username = account();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(login(username, "salah-" + i, newAddress()));
        }
        assertThat(locked(username)).isTrue();
        for (int i = 0; i < 12; i++) {
            assertThat(mvc.perform(login(username, "lagi-" + i, newAddress()))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/masuk?terkunci");
        }
        assertThat(locked(username)).isTrue();
        assertThat(failures(username)).isEqualTo(LoginThrottle.MAX_FAILURES);
    }

    @Test
    void a_name_that_does_not_exist_answers_exactly_like_a_real_one() throws Exception {
        String real = account();
        String invented = "tidakada" + System.nanoTime() % 10_000_000;
        List<String> realAnswers = new ArrayList<>();
        List<String> inventedAnswers = new ArrayList<>();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES + 2; i++) {
            realAnswers.add(mvc.perform(login(real, "x-" + i, newAddress()))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl());
            inventedAnswers.add(mvc.perform(login(invented, "x-" + i, newAddress()))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl());
        }
        assertThat(inventedAnswers).isEqualTo(realAnswers);
        assertThat(realAnswers).endsWith("/masuk?terkunci", "/masuk?terkunci");
        String basicReal =
                body(mvc.perform(get("/api/v1/saya").with(httpBasic(real, "x")).with(from(newAddress())))
                        .andReturn()
                        .getResponse());
        String basicInvented = body(
                mvc.perform(get("/api/v1/saya").with(httpBasic(invented, "x")).with(from(newAddress())))
                        .andReturn()
                        .getResponse());
        assertThat(basicInvented).isEqualTo(basicReal).contains("dikunci sementara");
    }

    @Test
    void one_address_cannot_lock_many_accounts() throws Exception {
        String address = newAddress();
        int limit = 30;
        for (int i = 0; i < limit; i++) {
            assertThat(mvc.perform(login("korban" + i + "x" + System.nanoTime() % 1000, "salah", address))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/masuk?gagal");
        }
        // The address is now locked: the next name is not even tried, so it keeps its own count.
        String victim = account();
        assertThat(mvc.perform(login(victim, "salah", address))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/masuk?terkunci");
        assertThat(failures(victim)).isZero();
        assertThat(locked(LoginThrottle.ALAMAT + address)).isTrue();
        // The victim signs in from anywhere else.
        assertThat(mvc.perform(login(victim, "sandi-benar-77", newAddress()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void a_script_signing_in_many_times_at_once_with_the_right_password_is_never_locked() throws Exception {
        String username = account();
        String address = newAddress();

        basicAtOnce(40, username, "sandi-benar-77", address, 200);
        assertThat(failures(username)).isZero();
    }

    @Test
    void a_right_password_after_a_few_wrong_ones_clears_the_count() throws Exception {
        String username = account();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            mvc.perform(login(username, "salah-" + i, newAddress()));
        }
        assertThat(failures(username)).isEqualTo(LoginThrottle.MAX_FAILURES - 1);

        assertThat(mvc.perform(login(username, "sandi-benar-77", newAddress()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
        assertThat(failures(username)).isZero();
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
