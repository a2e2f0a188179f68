package id.pandudesa.pendampingan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PanduIntegrationTest
@Tag("db")
class RencanaPantauIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final YearMonth MONTH = YearMonth.from(TODAY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void a_planned_visit_becomes_done_when_the_log_shows_it() throws Exception {
        String pld = "pld.rencana" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"" + pld + "\",\"nama\":\"Rencana\",\"peran\":\"PLD\","
                                        + "\"lingkup\":[\"3517082012\"],\"password\":\"rencana-123\",\"wajibGantiPassword\":false}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isCreated());
        int week = Math.min(5, (TODAY.getDayOfMonth() - 1) / 7 + 1);
        mvc.perform(post("/api/v1/pendampingan/rencana")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"bulan\":\"%s\",\"kodeDesa\":\"3517082012\",\"minggu\":%d,\"metode\":\"FASILITASI\",\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"Musdus\"}"
                                        .formatted(MONTH, week))
                        .with(httpBasic(pld, "rencana-123")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/pendampingan/rencana")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bulan\":\"%s\",\"kodeDesa\":\"3517082012\",\"minggu\":9}".formatted(MONTH))
                        .with(httpBasic(pld, "rencana-123")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("minggu")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("uraian")));
        String base = "/api/v1/pendampingan/rencana/" + pld + "/" + MONTH;
        mvc.perform(get(base).with(httpBasic(pld, "rencana-123")))
                .andExpect(jsonPath("$.rencana[0].status").value("BELUM_WAKTUNYA"));

        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"tanggal\":\"%s\",\"kodeDesa\":\"3517082012\",\"metode\":\"FASILITASI\",\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"Musdus dusun\"}"
                                        .formatted(TODAY))
                        .with(httpBasic(pld, "rencana-123")))
                .andExpect(status().isCreated());
        mvc.perform(get(base).with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(jsonPath("$.rencana[0].status").value("DILAKSANAKAN"))
                .andExpect(jsonPath("$.dilaksanakan").value(1));
        long planId = jdbc.sql("SELECT id FROM rencana_kerja WHERE penulis = :p")
                .param("p", pld)
                .query(Long.class)
                .single();
        mvc.perform(delete("/api/v1/pendampingan/rencana/" + planId).with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/pendampingan/rencana/" + planId).with(httpBasic(pld, "rencana-123")))
                .andExpect(status().isNoContent());
    }

    @Test
    void the_supervisor_view_lists_villages_never_facilitated_and_counts_the_month() throws Exception {
        String html = mvc.perform(get("/pendampingan/pantau")
                        .param("wilayah", "351708")
                        .param("hari", "30")
                        .with(user(users.loadUserByUsername("pd.diwek"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long never = jdbc.sql(
                        "SELECT COUNT(*) FROM pendampingan_desa WHERE kode_desa >= '351708' AND kode_desa < '351708A'"
                                + " AND terakhir IS NULL")
                .query(Long.class)
                .single();
        assertThat(never).as("Diwek has desa never visited in the demo").isPositive();
        assertThat(html).contains("belum pernah").contains("peta-panas").contains("Kayangan");
        mvc.perform(get("/pendampingan/pantau")
                        .param("wilayah", "351702")
                        .with(user(users.loadUserByUsername("pd.diwek"))))
                .andExpect(status().isNotFound());
    }
}
