package id.pandudesa.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PanduIntegrationTest
class AkunPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String fresh(String base) {
        return base + System.nanoTime() % 1_000_000;
    }

    private long create(String username, String peran, String lingkup) throws Exception {
        mvc.perform(post("/admin/pengguna")
                        .param("username", username)
                        .param("nama", "Pengguna Uji")
                        .param("peran", peran)
                        .param("lingkup", lingkup)
                        .param("password", "halaman-uji-1")
                        .with(as("admin.jatim"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM pengguna WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    @Test
    void the_admin_form_shows_every_mistake_next_to_its_field_and_stores_nothing() throws Exception {
        mvc.perform(post("/admin/pengguna")
                        .param("username", "x")
                        .param("nama", "")
                        .param("peran", "PLD")
                        .param("lingkup", "")
                        .param("password", "123")
                        .with(as("admin.jatim"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("Lingkup wilayah wajib diisi.")))
                .andExpect(content().string(containsString("minimal 8")));
        mvc.perform(post("/admin/pengguna")
                        .param("username", "kpmd.dua.desa")
                        .param("nama", "Dua Desa")
                        .param("peran", "KPMD")
                        .param("lingkup", "3517082001, 3517082002")
                        .param("password", "halaman-uji-1")
                        .with(as("admin.jatim"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("KPMD memegang tepat satu desa.")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pengguna WHERE username IN ('x', 'kpmd.dua.desa')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void two_admins_editing_the_same_user_the_second_is_told_and_nothing_is_overwritten() throws Exception {
        String username = fresh("pld.konflik");
        long id = create(username, "PLD", "3517082015");

        mvc.perform(post("/admin/pengguna/{id}", id)
                        .param("nama", "Perubahan Pertama")
                        .param("peran", "PLD")
                        .param("lingkup", "3517082015")
                        .param("versi", "0")
                        .with(as("admin.jatim"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/pengguna/{id}", id)
                        .param("nama", "Perubahan Kedua")
                        .param("peran", "PLD")
                        .param("lingkup", "3517082015")
                        .param("versi", "0")
                        .with(as("admin.jatim"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah diubah orang lain")));

        assertThat(jdbc.sql("SELECT nama FROM pengguna WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Perubahan Pertama");
    }

    @Test
    void a_deactivated_user_can_no_longer_log_in() throws Exception {
        String username = fresh("kpmd.nonaktif");
        long id = create(username, "KPMD", "3517082016");
        mvc.perform(formLogin("/masuk").user(username).password("halaman-uji-1"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(post("/admin/pengguna/{id}/aktif", id)
                        .param("versi", "0")
                        .param("aktif", "false")
                        .with(as("admin.jatim"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(formLogin("/masuk").user(username).password("halaman-uji-1"))
                .andExpect(redirectedUrl("/masuk?nonaktif"));
        mvc.perform(get("/api/v1/saya").with(httpBasic(username, "halaman-uji-1")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void after_an_admin_reset_the_user_must_choose_a_new_password_first() throws Exception {
        String username = fresh("pd.reset");
        long id = create(username, "PD", "351701");
        mvc.perform(post("/admin/pengguna/{id}/password", id)
                        .param("versi", "0")
                        .param("passwordBaru", "sementara-123")
                        .with(as("admin.jatim"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/").with(as(username))).andExpect(redirectedUrl("/akun/password?wajib"));

        mvc.perform(post("/akun/password")
                        .param("passwordLama", "sementara-123")
                        .param("passwordBaru", "pilihan-sendiri-1")
                        .param("ulangiPassword", "pilihan-sendiri-1")
                        .with(as(username))
                        .with(csrf()))
                .andExpect(redirectedUrl("/akun"));
        mvc.perform(get("/").with(as(username))).andExpect(status().isOk());
        mvc.perform(formLogin("/masuk").user(username).password("pilihan-sendiri-1"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void five_wrong_passwords_lock_the_name_even_for_the_right_password() throws Exception {
        String username = fresh("pld.tebak");
        create(username, "PLD", "3517082017");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/masuk").user(username).password("salah-" + i))
                    .andExpect(redirectedUrl("/masuk?gagal"));
        }
        mvc.perform(formLogin("/masuk").user(username).password("halaman-uji-1"))
                .andExpect(redirectedUrl("/masuk?terkunci"));
        mvc.perform(get("/api/v1/saya").with(httpBasic(username, "halaman-uji-1")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("dikunci sementara")));
    }

    @Test
    void the_landing_page_lists_exactly_the_villages_of_the_user() throws Exception {
        String html = mvc.perform(get("/").with(as("pld.diwek1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Cukir may be named by a cooperation panel (Kayangan takes part); its code is not in the list.
        assertThat(html).contains("Kayangan", "Puton", "Bendet").doesNotContain("35.17.08.2007");
        assertThat(html).contains("Desa dan kelurahan dalam lingkup Anda (3)");
    }

    @Test
    void pages_switch_to_english_and_stay_there() throws Exception {
        var result = mvc.perform(get("/akun").param("bahasa", "en").with(as("pld.diwek1")))
                .andExpect(content().string(containsString("My account")))
                .andReturn();
        mvc.perform(get("/akun").cookie(result.getResponse().getCookies()).with(as("pld.diwek1")))
                .andExpect(content().string(containsString("My account")));
    }
}
