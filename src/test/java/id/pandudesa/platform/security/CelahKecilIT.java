package id.pandudesa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.Tabel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The smaller gaps an attacker probe found: the complaint API's honeypot, contact addresses that are
 * markup, log links to unknown records, CSRF skipped for any Authorization header, an
 * Idempotency-Key reused for a different request, replays not marked as such.
 */
@PanduIntegrationTest
class CelahKecilIT {

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    Tabel tabel;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void the_complaint_api_refuses_what_a_robot_typed_into_the_hidden_field_as_the_form_does() throws Exception {
        long before = tabel.baris("pengaduan");
        mvc.perform(post("/api/v1/pengaduan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kodeDesa\":\"3517082007\",\"kategori\":\"PELAYANAN\",\"uraian\":\"Pelayanan lambat"
                                + " sekali di kantor desa\",\"situs_web\":\"http://spam.invalid\"}")
                        .with(from("10.41.0.1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(post("/api/v1/pengaduan")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("kodeDesa", "3517082007")
                        .param("kategori", "PELAYANAN")
                        .param("uraian", "Pelayanan lambat sekali di kantor desa")
                        .param("situs_web", "http://spam.invalid")
                        .with(from("10.41.0.2")))
                .andExpect(status().isUnprocessableContent());
        assertThat(tabel.baris("pengaduan")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\\\"><svg/onload=alert(1)>@x.id",
                "a b@contoh.id",
                "warga@contoh",
                "<b>081234</b>",
                "javascript:alert(1)@x.id"
            })
    void a_contact_that_is_not_plainly_a_phone_or_an_address_is_refused_and_nothing_is_queued(String contact)
            throws Exception {
        long complaints = tabel.baris("pengaduan");
        long messages = tabel.baris("notifikasi");
        mvc.perform(post("/api/v1/pengaduan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kodeDesa\":\"3517082007\",\"kategori\":\"PELAYANAN\",\"uraian\":\"Pelayanan lambat"
                                + " sekali di kantor desa\",\"kontak\":\"" + contact + "\"}")
                        .with(from("10.41.1." + Math.abs(contact.hashCode() % 250))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kontak"));
        assertThat(tabel.baris("pengaduan")).isEqualTo(complaints);
        assertThat(tabel.baris("notifikasi")).isEqualTo(messages);
    }

    @Test
    void account_contacts_take_plain_addresses_only() throws Exception {
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"kontak.uji\",\"nama\":\"Uji\",\"peran\":\"PLD\","
                                + "\"lingkup\":[\"3517082009\"],\"password\":\"rahasia-desa-1\","
                                + "\"email\":\"\\\"><svg/onload=alert(1)>@x.id\",\"telepon\":\"<b>0812</b>\"}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'telepon')]").exists());
    }

    private String entry(String rujukan) {
        return "{\"tanggal\":\"" + TODAY + "\",\"kodeDesa\":\"3517082001\",\"metode\":\"ASISTENSI\","
                + "\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"Catatan dengan rujukan\",\"rujukan\":" + rujukan
                + "}";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"jenis\":\"rahasia.Tabel\",\"id\":\"1\"}",
                "{\"jenis\":\"musyawarah.Musyawarah\",\"id\":\"-5\"}",
                "{\"jenis\":\"musyawarah.Musyawarah\",\"id\":\"99999999999999999999\"}",
                "{\"jenis\":\"musyawarah.Musyawarah\",\"id\":\"1 OR 1=1\"}"
            })
    void a_log_link_to_an_unknown_kind_or_a_bad_id_is_refused(String rujukan) throws Exception {
        long before = tabel.baris("kegiatan_pendampingan");
        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entry(rujukan))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", containsString("rujukan")));
        assertThat(tabel.baris("kegiatan_pendampingan")).isEqualTo(before);
    }

    @Test
    void a_log_link_to_a_known_kind_is_kept() throws Exception {
        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entry("{\"jenis\":\"musyawarah.Musyawarah\",\"id\":\"12\"}"))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rujukan.jenis").value("musyawarah.Musyawarah"));
    }

    @Test
    void a_session_call_with_an_unknown_authorization_scheme_still_needs_the_csrf_token() throws Exception {
        // A page opened in the browser starts the session (its cookie); a forged request rides on it.
        jakarta.servlet.http.Cookie[] session = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/pendampingan/catat")
                                .with(user(users.loadUserByUsername("pld.diwek1"))))
                .andReturn()
                .getResponse()
                .getCookies();
        assertThat(session).isNotEmpty();
        long before = tabel.baris("kegiatan_pendampingan");
        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .cookie(session)
                        .header("Authorization", "Negotiate YIIB")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entry("null"))
                        .with(user(users.loadUserByUsername("pld.diwek1"))))
                .andExpect(status().isForbidden());
        assertThat(tabel.baris("kegiatan_pendampingan")).isEqualTo(before);
        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .cookie(session)
                        .header("Authorization", "Negotiate YIIB")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entry("null"))
                        .with(user(users.loadUserByUsername("pld.diwek1")))
                        .with(csrf()))
                .andExpect(status().isCreated());
    }

    @Test
    void the_same_key_with_another_request_is_refused_and_a_true_replay_says_so() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entry("null"))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replay"));
        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entry("null"))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replay", "true"));
        long before = tabel.baris("kegiatan_pendampingan");
        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entry("null").replace("Catatan dengan rujukan", "Isi yang lain"))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Idempotency-Key")));
        assertThat(tabel.baris("kegiatan_pendampingan")).isEqualTo(before);
    }

    @Test
    void a_page_form_key_reused_for_another_form_is_refused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(logForm(key, "Dari antrean luring")).andExpect(status().isCreated());
        mvc.perform(logForm(key, "Isi lain dengan kunci sama"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.hasil").value("DITOLAK"));
    }

    /** The log form as the offline queue sends it: with its Idempotency-Key. */
    private org.springframework.test.web.servlet.RequestBuilder logForm(String key, String uraian) {
        return post("/pendampingan/catat")
                .header("Idempotency-Key", key)
                .param("tanggal", TODAY)
                .param("kodeDesa", "3517082001")
                .param("metode", "ASISTENSI")
                .param("ruangLingkup", "PEMBANGUNAN_DESA")
                .param("uraian", uraian)
                .with(user(users.loadUserByUsername("pld.diwek1")))
                .with(csrf());
    }
}
