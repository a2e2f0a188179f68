package id.pandudesa.ekonomi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pandudesa.support.PanduIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The potential map on the database: what a village records (and what is refused), and the kecamatan's counts. */
@PanduIntegrationTest
@Tag("db")
class PotensiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse kirim(String username, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder r = post("/ekonomi/potensi/3517082003")
                .with(user(users.loadUserByUsername(username)))
                .with(csrf());
        params.forEach(r::param);
        return mvc.perform(r).andReturn().getResponse();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM potensi_desa WHERE kode_desa = '3517082003'")
                .query(Long.class)
                .single();
    }

    @Test
    void a_village_maps_its_potential_and_the_kecamatan_counts_it() throws Exception {
        long before = count();
        MockHttpServletResponse bad =
                kirim("pld.diwek1", Map.of("jenis", "EMAS", "nama", "", "besaran", "-3", "lintang", "-7.6"));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("Pilih jenis potensi")
                .contains("Tulis nama")
                .contains("perlu satuannya")
                .contains("lintang dan bujur bersama");
        assertThat(count()).isEqualTo(before);
        assertThat(kirim("camat.diwek", Map.of("jenis", "SDA", "nama", "X")).getStatus())
                .isEqualTo(403);
        // A decimal comma, as people write it, is read as 12.5.
        assertThat(kirim(
                                "pld.diwek1",
                                Map.of(
                                        "jenis",
                                        "SDA",
                                        "nama",
                                        "Mata air Sumber Uji",
                                        "besaran",
                                        "12,5",
                                        "satuan",
                                        "liter/detik",
                                        "lintang",
                                        "-7.612345",
                                        "bujur",
                                        "112.241234"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(count()).isEqualTo(before + 1);
        String page = mvc.perform(get("/ekonomi/potensi/3517082003").with(user(users.loadUserByUsername("pd.diwek"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Mata air Sumber Uji")
                .contains("12.5 liter/detik")
                .contains("openstreetmap.org/?mlat=-7.612345");
        String region = mvc.perform(get("/ekonomi/potensi/351708").with(user(users.loadUserByUsername("ta.jombang"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String row = region.substring(region.indexOf("id=\"potensi-3517082003\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(">1<");
        assertThat(region).contains("<svg");
        assertThat(mvc.perform(get("/ekonomi/potensi/3517082003").with(user(users.loadUserByUsername("kpmd.cukir"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
