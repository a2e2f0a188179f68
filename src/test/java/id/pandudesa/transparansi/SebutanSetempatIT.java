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
        assertThat(halaman.html(get("/ekonomi/bumdes/1106012002"), "admin")).contains("BUMG Gampong Jantang");
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

    @Test
    void a_gampong_meeting_invitation_speaks_the_gampong_words() throws Exception {
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"pld.jantang\",\"nama\":\"Cut Nyak Pendamping\",\"peran\":\"PLD\","
                                        + "\"lingkup\":[\"1106012002\"],\"password\":\"jantang-123\",\"wajibGantiPassword\":false}")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("admin", "admin-test-123")))
                .andExpect(status().isCreated());
        String base = mvc.perform(halaman.as(
                        post("/musyawarah")
                                .param("kodeDesa", "1106012002")
                                .param("jenis", "MUSDES_APBDES")
                                .param("judul", "Pembahasan rancangan APBG")
                                .param(
                                        "tanggal",
                                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                                                .toString())
                                .param("jam", "20:00")
                                .param("tempat", "Meunasah Jantang")
                                .param("penyelenggara", "Tuha Peuet Gampong Jantang")
                                .param("agenda", "Pembahasan rancangan APBG")
                                .param("unsurWajib", "BPD", "KELOMPOK_PEREMPUAN"),
                        "pld.jantang"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        byte[] pdf = mvc.perform(halaman.as(get(base + "/undangan.pdf"), "pld.jantang"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "PEMERINTAH GAMPONG JANTANG",
                            "Tuha Peuet dan Pemerintah Gampong",
                            "UNDANGAN MUSYAWARAH GAMPONG APBG")
                    .doesNotContain("PEMERINTAH DESA");
        }
        assertThat(halaman.html(get(base), "pld.jantang")).contains("Musyawarah Gampong APBG");
        assertThat(halaman.html(get("/musyawarah"), "pld.jantang")).contains("Musyawarah Gampong APBG");
    }
}
