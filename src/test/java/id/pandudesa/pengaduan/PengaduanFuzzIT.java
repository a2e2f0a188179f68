package id.pandudesa.pengaduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pandudesa.support.PanduIntegrationTest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public complaint form and API under fuzzed input (a fixed seed, so that a failure repeats):
 * never a server error, nothing stored when refused, and nothing typed in ever comes back as
 * markup — on the tracking page, the handler's list or the case page.
 */
@PanduIntegrationTest
class PengaduanFuzzIT {

    static final long SEED = 20261129L;
    static final List<String> PAYLOADS = List.of(
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "'; DROP TABLE pengaduan; --",
            "${7*7} #{7*7} [[${7*7}]] __${7*7}__",
            "javascript:alert(1)",
            "\u0000\u0007\u001b[31m",
            "🙏🏽 Mohon ditindaklanjuti 🙏🏽",
            "ضربة",
            "%00%2e%2e%2f",
            "\r\nSet-Cookie: x=y");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void fuzzed_complaints_never_break_the_server_nor_store_anything_refused_nor_come_back_as_markup()
            throws Exception {
        Random random = new Random(SEED);
        int accepted = 0;
        for (int i = 0; i < 400; i++) {
            long before = count();
            String kode = pick(
                    random,
                    List.of(
                            "3517082007",
                            "3517082001",
                            "",
                            "351708",
                            "9999999999",
                            "35.17.08.2007",
                            "3517082007' OR '1'='1",
                            teks(random, 30)));
            String kategori =
                    pick(random, List.of("PEMBANGUNAN", "keuangan", "PERSELISIHAN", "", "LAINNYA ", teks(random, 12)));
            String uraian = random.nextInt(4) == 0
                    ? teks(random, random.nextInt(5000))
                    : pick(random, PAYLOADS) + " " + teks(random, random.nextInt(60)) + " " + pick(random, PAYLOADS);
            String nama = random.nextBoolean() ? null : pick(random, PAYLOADS);
            String kontak = random.nextBoolean()
                    ? null
                    : pick(
                            random,
                            List.of(
                                    "081234567890",
                                    "warga@contoh.id",
                                    "abc",
                                    "\"><svg/onload=alert(1)>@x.id",
                                    "warga@contoh",
                                    teks(random, 120)));
            // Now and then a robot fills the hidden field: refused on the API as on the form.
            boolean robot = random.nextInt(12) == 0;
            String address = "10.66." + (i / 250) + "." + (i % 250);
            int mode = random.nextInt(3);
            MockHttpServletResponse r;
            if (mode == 0) {
                StringBuilder json = new StringBuilder("{");
                json.append("\"kodeDesa\":").append(quote(kode));
                json.append(",\"kategori\":").append(quote(kategori));
                json.append(",\"uraian\":").append(quote(uraian));
                if (nama != null) {
                    json.append(",\"nama\":").append(quote(nama));
                }
                if (kontak != null) {
                    json.append(",\"kontak\":").append(quote(kontak));
                }
                if (robot) {
                    json.append(",\"situs_web\":\"http://spam.invalid\"");
                }
                json.append(random.nextInt(10) == 0 ? "" : "}"); // sometimes broken JSON
                r = send(
                        post("/api/v1/pengaduan")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.toString()),
                        address);
            } else {
                MockHttpServletRequestBuilder form = post(mode == 1 ? "/api/v1/pengaduan" : "/pengaduan")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("kodeDesa", kode)
                        .param("kategori", kategori)
                        .param("uraian", uraian);
                if (nama != null) {
                    form.param("nama", nama);
                }
                if (kontak != null) {
                    form.param("kontak", kontak);
                }
                if (robot) {
                    form.param("situs_web", "http://spam.invalid");
                }
                if (mode == 2) {
                    form.with(csrf());
                }
                r = send(form, address);
            }
            int status = r.getStatus();
            assertThat(status).as("try %d: %s", i, r.getContentAsString()).isLessThan(500);
            boolean ok = status == 201 || (status == 302 && r.getRedirectedUrl().contains("/pengaduan/lacak/"));
            if (robot || (kontak != null && !kontak.isBlank() && kontak.contains("<"))) {
                assertThat(ok)
                        .as("try %d: a robot or markup as a contact is never accepted", i)
                        .isFalse();
            }
            if (!ok) {
                assertThat(status).as("try %d", i).isIn(400, 422, 302);
                assertThat(count()).as("nothing stored on try %d", i).isEqualTo(before);
                continue;
            }
            accepted++;
            assertThat(count()).isEqualTo(before + 1);
            String code = status == 201
                    ? r.getContentAsString().replaceAll(".*\"kodeLacak\":\"([^\"]+)\".*", "$1")
                    : r.getRedirectedUrl().replaceAll(".*/pengaduan/lacak/([^?]+).*", "$1");
            long id = jdbc.sql("SELECT id FROM pengaduan WHERE kode_lacak = :k")
                    .param("k", code)
                    .query(Long.class)
                    .single();
            for (String page :
                    new String[] {"/pengaduan/lacak/" + code, "/pengaduan/kelola/" + id, "/pengaduan/kelola"}) {
                MockHttpServletRequestBuilder get = get(page);
                if (!page.contains("lacak")) {
                    get.with(user(users.loadUserByUsername("admin.jatim")));
                }
                String html = mvc.perform(get).andReturn().getResponse().getContentAsString();
                assertThat(html)
                        .as(page)
                        .doesNotContain("<script>alert")
                        .doesNotContain("<img src=x")
                        .doesNotContain("Set-Cookie: x=y\n");
            }
        }
        assertThat(accepted).as("some fuzzed complaints are valid and accepted").isGreaterThan(10);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder r, String address) throws Exception {
        return mvc.perform(r.with(req -> {
                    req.setRemoteAddr(address);
                    return req;
                }))
                .andReturn()
                .getResponse();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM pengaduan").query(Long.class).single();
    }

    private static String pick(Random r, List<String> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    private static String teks(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            s.appendCodePoint(
                    kind < 6
                            ? 'a' + r.nextInt(26)
                            : kind < 7
                                    ? ' '
                                    : kind < 8
                                            ? r.nextInt(0x20)
                                            : kind < 9
                                                    ? 0x4e00 + r.nextInt(500)
                                                    : "<>&\"'/\\{}$#".charAt(r.nextInt(11)));
        }
        return s.toString();
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
