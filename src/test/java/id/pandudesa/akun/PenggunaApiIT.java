package id.pandudesa.akun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PanduIntegrationTest
@Tag("db")
class PenggunaApiIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static String uniqueName(String base) {
        return base + "." + System.nanoTime() % 100000 + SEQ.incrementAndGet();
    }

    private static MockHttpServletRequestBuilder create(String json) {
        return post("/api/v1/pengguna").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static String body(String username, String peran, String lingkup) {
        return """
                {"username":"%s","nama":"Nur Aini","peran":"%s","lingkup":[%s],"password":"rahasia-desa-1"}""".formatted(username, peran, lingkup);
    }

    @Test
    void an_admin_creates_a_pld_for_three_villages_and_no_password_comes_back() throws Exception {
        String username = uniqueName("pld");
        mvc.perform(create(body(username, "PLD", "\"3517082009\",\"35.17.08.2010\",\"3517082011\""))
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/pengguna/" + username))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.peran").value("PLD"))
                .andExpect(jsonPath("$.lingkup.length()").value(3))
                .andExpect(jsonPath("$.lingkup", hasItem("3517082010")))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(jsonPath("$..*", not(hasItem(containsString("{bcrypt}")))));

        // The chosen password is one-time: no API call until the person chose their own.
        mvc.perform(get("/api/v1/saya").with(httpBasic(username, "rahasia-desa-1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("/akun/password")));
    }

    @Test
    void a_service_account_keeps_the_password_the_admin_chose_and_uses_the_api_at_once() throws Exception {
        String username = uniqueName("skrip");
        String json = body(username, "PLD", "\"3517082009\"").replace("}", ",\"wajibGantiPassword\":false}");
        mvc.perform(create(json).with(httpBasic("admin.jatim", "pandu-demo"))).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/saya").with(httpBasic(username, "rahasia-desa-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.nama").value("Nur Aini"))
                .andExpect(jsonPath("$.peran").value("PLD"))
                .andExpect(jsonPath("$.lingkup[0]").value("3517082009"));
    }

    @Test
    void the_most_common_passwords_are_refused_with_a_reason() throws Exception {
        for (String common : java.util.List.of("12345678", "password123", "bismillah", "qwertyuiop", "aaaaaaaa")) {
            String json = body(uniqueName("umum"), "PLD", "\"3517082009\"").replace("rahasia-desa-1", common);
            mvc.perform(create(json).with(httpBasic("admin.jatim", "pandu-demo")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("password"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("mudah ditebak")));
        }
    }

    @Test
    void a_taken_username_is_a_409() throws Exception {
        mvc.perform(create(body("kpmd.cukir", "KPMD", "\"3517082007\"")).with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("kpmd.cukir")));
    }

    @Test
    void an_unknown_scope_code_or_the_wrong_level_is_a_422_and_nothing_is_stored() throws Exception {
        String unknown = uniqueName("kpmd");
        mvc.perform(create(body(unknown, "KPMD", "\"3517089999\"")).with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lingkup"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("3517089999")));
        String twoVillages = uniqueName("kpmd");
        mvc.perform(create(body(twoVillages, "KPMD", "\"3517082001\",\"3517082002\""))
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isUnprocessableContent());
        String pdOnVillage = uniqueName("pd");
        mvc.perform(create(body(pdOnVillage, "PD", "\"3517082001\"")).with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("bukan kecamatan")));

        for (String name : new String[] {unknown, twoVillages, pdOnVillage}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM pengguna WHERE username = :u")
                            .param("u", name)
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    @Test
    void a_province_admin_cannot_create_users_in_another_province() throws Exception {
        mvc.perform(create(body(uniqueName("pld"), "PLD", "\"3201022001\""))
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void only_admins_create_users_even_with_a_bad_body() throws Exception {
        mvc.perform(create("{}").with(httpBasic("pld.diwek1", "pandu-demo"))).andExpect(status().isForbidden());
        mvc.perform(create(body(uniqueName("x"), "KPMD", "\"3517082001\"")).with(httpBasic("ta.jombang", "pandu-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalid_fields_are_a_400_listing_each_field() throws Exception {
        mvc.perform(create("{\"username\":\"a b\",\"peran\":\"RAJA\",\"lingkup\":[],\"password\":\"123\"}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("peran")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lingkup")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("password")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nama")));
        mvc.perform(create("{not json").with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void an_admin_lists_only_users_inside_their_province() throws Exception {
        mvc.perform(get("/api/v1/pengguna?ukuran=500").with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isi[*].username", hasItem("pld.diwek1")))
                .andExpect(jsonPath("$.isi[*].username", not(hasItem("admin"))));
        mvc.perform(get("/api/v1/pengguna/admin").with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pengguna?peran=KPMD").with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(jsonPath("$.isi[*].peran", not(hasItem("PLD"))));
    }
}
