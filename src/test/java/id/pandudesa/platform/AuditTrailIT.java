package id.pandudesa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.platform.audit.AuditEntry;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.support.PanduIntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PanduIntegrationTest
@Tag("db")
class AuditTrailIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    @Test
    void creating_and_changing_a_user_is_recorded_with_who_before_and_after_but_never_the_password() throws Exception {
        String username = "audit.pld" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"nama\":\"Lama\",\"peran\":\"PLD\","
                                + "\"lingkup\":[\"3517082013\"],\"password\":\"audit-rahasia-1\"}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isCreated());
        long id = jdbc.sql("SELECT id FROM pengguna WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();

        mvc.perform(post("/admin/pengguna/{id}", id)
                        .param("nama", "Baru")
                        .param("peran", "PLD")
                        .param("lingkup", "3517082013, 3517082014")
                        .param("versi", "0")
                        .with(user(users.loadUserByUsername("admin.jatim")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        List<AuditEntry> history = audit.history("akun.Pengguna", id);
        assertThat(history).extracting(AuditEntry::aksi).containsExactly("BUAT", "UBAH");
        assertThat(history).allSatisfy(e -> assertThat(e.pelaku()).isEqualTo("admin.jatim"));
        assertThat(history.get(0).sebelum()).isNull();
        assertThat(history.get(0).sesudah()).contains(username).contains("3517082013");
        assertThat(history.get(1).sebelum()).contains("\"nama\":\"Lama\"");
        assertThat(history.get(1).sesudah()).contains("\"nama\":\"Baru\"").contains("3517082014");
        assertThat(history)
                .allSatisfy(e -> assertThat(String.valueOf(e.sebelum()) + e.sesudah())
                        .doesNotContain("passwordHash")
                        .doesNotContain("{bcrypt}")
                        .doesNotContain("audit-rahasia-1"));

        mvc.perform(get("/admin/pengguna/{id}", id).with(user(users.loadUserByUsername("admin.jatim"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Riwayat perubahan")))
                .andExpect(content().string(Matchers.containsString("UBAH")));
    }

    @Test
    void a_failed_change_leaves_no_audit_entry_and_no_change() throws Exception {
        long before =
                jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"audit.gagal\",\"nama\":\"X\",\"peran\":\"KPMD\","
                                + "\"lingkup\":[\"3517089999\"],\"password\":\"audit-rahasia-1\"}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void on_postgresql_the_database_itself_refuses_to_rewrite_history() {
        String product = databaseProduct();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                product.toLowerCase().contains("postgres"), "append-only trigger exists on PostgreSQL only");
        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE audit_log SET pelaku = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).isInstanceOf(DataAccessException.class);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private String databaseProduct() {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
