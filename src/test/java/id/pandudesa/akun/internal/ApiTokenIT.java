package id.pandudesa.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.support.PanduIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PanduIntegrationTest
@Tag("db")
class ApiTokenIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PenggunaService accounts;

    @Test
    void a_personal_api_token_authenticates_until_it_is_revoked() throws Exception {
        long userId = userId("pd.diwek");
        String token = tokens.buat(userId, "skrip uji");

        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("pd.diwek"));
        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer pd_not-a-real-token"))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM token_api WHERE hash = :h")
                        .param("h", token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored, only its hash")
                .isZero();

        long tokenId = tokens.daftar(userId).getFirst().id();
        tokens.cabut(userId, tokenId);
        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_admin_password_reset_revokes_the_users_tokens_and_binds_the_api_until_the_user_chose_one()
            throws Exception {
        String username = "reset" + System.nanoTime() % 10_000_000;
        PenggunaSaatIni system = new PenggunaSaatIni(0, "sistem", "Sistem", Peran.ADMIN, Lingkup.nasional());
        Pengguna user = accounts.buat(
                new BuatPengguna(
                        username, "Skrip Desa", "PLD", List.of("3517082006"), "awal-sandi-99", null, null, false),
                system);
        String token = tokens.buat(user.id(), "skrip lama");
        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        accounts.resetPassword(user.id(), user.versi(), "sementara-sandi-7", system);

        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(tokens.daftar(user.id()))
                .allSatisfy(t -> assertThat(t.dicabut()).isNotNull());
        // The reset password opens no API either: the user must choose their own on the page first.
        mvc.perform(get("/api/v1/saya").with(httpBasic(username, "sementara-sandi-7")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("/akun/password")));
        // A token made while the change is still owed (directly in the database) works no more than Basic.
        String early = tokens.buat(user.id(), "dibuat sebelum ganti");
        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + early))
                .andExpect(status().isUnauthorized());

        accounts.gantiPasswordSendiri(username, "sementara-sandi-7", "pilihan-sendiri-8");
        mvc.perform(get("/api/v1/saya").with(httpBasic(username, "pilihan-sendiri-8")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + early))
                .andExpect(status().isOk());
    }

    @Test
    void the_first_admins_one_time_password_opens_no_api() throws Exception {
        jdbc.sql("UPDATE pengguna SET wajib_ganti_password = TRUE WHERE username = 'admin'")
                .update();
        try {
            mvc.perform(get("/api/v1/pengguna").with(httpBasic("admin", "admin-test-123")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail", containsString("/akun/password")));
        } finally {
            jdbc.sql("UPDATE pengguna SET wajib_ganti_password = FALSE WHERE username = 'admin'")
                    .update();
        }
    }

    @Test
    void a_token_of_a_deactivated_user_no_longer_works() throws Exception {
        long userId = userId("mitra.diwek");
        String token = tokens.buat(userId, "mitra");
        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        jdbc.sql("UPDATE pengguna SET aktif = FALSE WHERE id = :id")
                .param("id", userId)
                .update();
        try {
            mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        } finally {
            jdbc.sql("UPDATE pengguna SET aktif = TRUE WHERE id = :id")
                    .param("id", userId)
                    .update();
        }
    }

    @Test
    void last_used_is_recorded_on_first_use_and_not_rewritten_by_every_call() throws Exception {
        long userId = userId("camat.diwek");
        String token = tokens.buat(userId, "skrip sering");
        long tokenId = tokens.daftar(userId).stream()
                .filter(t -> t.nama().equals("skrip sering"))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        java.sql.Timestamp first = lastUsed(tokenId);
        assertThat(first).as("recorded on first use").isNotNull();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk());
        }
        assertThat(lastUsed(tokenId)).as("not written again within minutes").isEqualTo(first);
        // Older than the interval: the next call records it again.
        jdbc.sql("UPDATE token_api SET terakhir_dipakai = terakhir_dipakai - INTERVAL '10' MINUTE WHERE id = :id")
                .param("id", tokenId)
                .update();
        java.sql.Timestamp aged = lastUsed(tokenId);
        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        assertThat(lastUsed(tokenId)).isAfter(aged);
    }

    @Test
    void a_token_call_sees_the_owners_scope_as_it_is_now() throws Exception {
        long userId = userId("pld.diwek1");
        String token = tokens.buat(userId, "lingkup");
        java.util.List<String> before = jdbc.sql(
                        "SELECT kode FROM pengguna_lingkup WHERE pengguna_id = :id ORDER BY kode")
                .param("id", userId)
                .query(String.class)
                .list();
        assertThat(before).hasSizeGreaterThan(1);
        mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peran").value("PLD"))
                .andExpect(jsonPath("$.lingkup").value(org.hamcrest.Matchers.equalTo(before)));

        // A scope taken away applies to the very next call: nothing about the owner is kept between calls.
        jdbc.sql("DELETE FROM pengguna_lingkup WHERE pengguna_id = :id AND kode = :k")
                .param("id", userId)
                .param("k", before.getLast())
                .update();
        try {
            mvc.perform(get("/api/v1/saya").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.lingkup")
                            .value(org.hamcrest.Matchers.equalTo(before.subList(0, before.size() - 1))));
        } finally {
            jdbc.sql("INSERT INTO pengguna_lingkup (pengguna_id, kode) VALUES (:id, :k)")
                    .param("id", userId)
                    .param("k", before.getLast())
                    .update();
        }
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM pengguna WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    private java.sql.Timestamp lastUsed(long tokenId) {
        return jdbc.sql("SELECT terakhir_dipakai FROM token_api WHERE id = :id")
                .param("id", tokenId)
                .query(java.sql.Timestamp.class)
                .single();
    }
}
