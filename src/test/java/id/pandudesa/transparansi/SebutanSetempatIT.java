package id.pandudesa.transparansi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A village speaks its own words on its public board (Aceh: gampong, APBG, tuha peuet; DI
 * Yogyakarta: kalurahan, APBKal, Bamuskal), with Indonesian grammar held, and an admin corrects the
 * words of a kabupaten in their scope (audited), not outside it.
 */
@PanduIntegrationTest
@Tag("db")
class SebutanSetempatIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    private String board(String kode) throws Exception {
        return mvc.perform(get("/desa/" + kode))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void an_aceh_and_a_yogyakarta_village_board_use_their_own_words() throws Exception {
        String aceh = board("1106012002");
        assertThat(aceh)
                .contains("Papan informasi Gampong Jantang", "APBG tahun", "Tuha Peuet", "pelayanan gampong")
                .doesNotContain("Desa Gampong", "Papan informasi Desa");
        String diy = board("3402012001");
        assertThat(diy).contains("Papan informasi Kalurahan Poncosari", "APBKal tahun", "Bamuskal");
    }

    @Test
    void an_admin_corrects_the_words_of_a_kabupaten_in_scope_only() throws Exception {
        assertThat(halaman.html(get("/admin/sebutan"), "admin.jatim")).contains("tabel-sebutan");
        halaman.kirim(
                        post("/admin/sebutan")
                                .param("kode", "3518")
                                .param("desa", "Desa")
                                .param("kepalaDesa", "Kepala Desa")
                                .param("bpd", "Badan Permusyawaratan Desa")
                                .param("sekretaris", "Sekretaris Desa")
                                .param("musyawarah", "Musyawarah Desa")
                                .param("rpjm", "RPJMDes")
                                .param("rkp", "RKPDes")
                                .param("apb", "APBDes")
                                .param("bum", "BUMDes")
                                .param("perdes", "Peraturan Desa"),
                        "admin.jatim")
                .andExpect(status().is3xxRedirection());
        assertThat(board("3518012001")).contains("kepada Badan Permusyawaratan Desa");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE jenis = 'wilayah.SebutanDesa' AND rekaman_id = '3518'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String refused = halaman.ditolak(
                post("/admin/sebutan").param("kode", "3518").param("desa", "Desa<script>"), "admin.jatim");
        assertThat(refused).contains("Hanya huruf");
        halaman.kirim(post("/admin/sebutan").param("kode", "11").param("desa", "Gampong"), "admin.jatim")
                .andExpect(status().isNotFound());
        halaman.kirim(get("/admin/sebutan"), "pd.diwek").andExpect(status().isForbidden());
    }
}
