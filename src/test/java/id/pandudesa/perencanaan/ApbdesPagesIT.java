package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The APBDes pages on Cukir 2021: an upload refused row by row, a good one, the Camat's
 * evaluation and a facilitator's comment, adoption, and the Excel export uploaded again as an
 * amendment without changes.
 */
@PanduIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApbdesPagesIT {

    static final String PAGE = "/perencanaan/apbdes/3517082007/2021";
    static final String GOOD = "kode_kegiatan,kode_rekening,uraian,anggaran\n"
            + ",4.2.1.01,Dana Desa,900000000\n"
            + ",4.2.3.01,Alokasi Dana Desa,400000000\n"
            + "2.2.01,5.3.2.01,Rabat beton Dusun Cukir,500000000\n"
            + "1.1.01,5.1.1.01,Siltap kepala desa,36000000\n"
            + "4.3.01,5.2.2.01,Pelatihan kader,40000000\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private AbstractMockHttpServletRequestBuilder<?> upload(String name, byte[] content) {
        return multipart(PAGE + "/unggah").file(new MockMultipartFile("berkas", name, "text/csv", content));
    }

    private long versions() {
        return jdbc.sql("SELECT COUNT(*) FROM apbdes WHERE kode_desa = '3517082007' AND tahun = 2021")
                .query(Long.class)
                .single();
    }

    @Test
    @Order(1)
    void a_bad_upload_lists_each_rows_error_and_stores_nothing() throws Exception {
        String page = mvc.perform(halaman.as(
                        upload(
                                "apbdes.csv",
                                (GOOD + ",5.2.1.01,Tanpa kegiatan,10\n2.2.01,5.3.2.01,Minus,-1\n")
                                        .getBytes(StandardCharsets.UTF_8)),
                        "pemdes.cukir"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"masalah-apbdes\"");
        assertThat(page).contains("Baris 6, kode_kegiatan: Baris belanja (5.x) harus menyebut kode kegiatan.");
        assertThat(page).contains("Baris 7, anggaran:");
        assertThat(versions()).isZero();
    }

    @Test
    @Order(2)
    void the_village_government_uploads_and_sees_the_figures_and_the_charts() throws Exception {
        mvc.perform(halaman.as(upload("apbdes.csv", GOOD.getBytes(StandardCharsets.UTF_8)), "pemdes.cukir"))
                .andExpect(redirectedUrl(PAGE));
        String page = halaman.html(get(PAGE), "pemdes.cukir");
        assertThat(page).contains("Rp 1.300.000.000").contains("Rp 576.000.000").contains("Rancangan");
        assertThat(page).contains("Belanja per bidang").contains("Rabat beton Dusun Cukir");
        assertThat(page).contains("2 BELANJA · BIDANG PELAKSANAAN PEMBANGUNAN DESA");
        assertThat(page).contains("tetapkan-apbdes");
        // A PLD reads it but has no upload form.
        assertThat(halaman.html(get(PAGE), "pld.diwek2"))
                .doesNotContain("unggah-apbdes")
                .contains("Rabat beton");
    }

    @Test
    @Order(3)
    void the_camat_evaluates_the_draft_and_a_facilitator_comments() throws Exception {
        mvc.perform(halaman.as(
                        post(PAGE + "/catatan")
                                .param("versi", "1")
                                .param("jenis", "EVALUASI")
                                .param("hasil", "PERBAIKI")
                                .param("isi", "Belanja pelatihan belum ada RAB."),
                        "camat.diwek"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(halaman.as(
                        post(PAGE + "/catatan")
                                .param("versi", "1")
                                .param("jenis", "KOMENTAR")
                                .param("isi", "Sesuaikan dengan RKPDes 2021."),
                        "pd.diwek"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(halaman.as(
                        post(PAGE + "/catatan")
                                .param("versi", "1")
                                .param("jenis", "KOMENTAR")
                                .param("isi", "x"),
                        "pemdes.cukir"))
                .andExpect(status().isForbidden());
        String page = halaman.html(get(PAGE), "pemdes.cukir");
        assertThat(page).contains("Perlu diperbaiki").contains("Belanja pelatihan belum ada RAB.");
        assertThat(page).contains("Sesuaikan dengan RKPDes 2021.");
    }

    @Test
    @Order(4)
    void adopted_its_excel_uploaded_again_is_an_amendment_without_changes() throws Exception {
        mvc.perform(halaman.as(post(PAGE + "/tetapkan"), "pemdes.cukir")).andExpect(status().is3xxRedirection());
        assertThat(halaman.html(get(PAGE), "camat.diwek"))
                .contains("Ditetapkan")
                .doesNotContain("name=\"hasil\"");
        byte[] xlsx = mvc.perform(halaman.as(get(PAGE + ".xlsx"), "pemdes.cukir"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(halaman.as(upload("apbdes.xlsx", xlsx), "pemdes.cukir")).andExpect(redirectedUrl(PAGE));
        assertThat(versions()).isEqualTo(2);
        String diff = halaman.html(get(PAGE + "/beda").param("dari", "1").param("ke", "2"), "pd.diwek");
        assertThat(diff).contains("Tidak ada baris yang berubah.");
        String csv = mvc.perform(halaman.as(get(PAGE + ".csv").param("versi", "2"), "pd.diwek"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.replace("\r\n", "\n").replace("\n\"\",", "\n,")).isEqualTo(GOOD);
    }

    @Test
    @Order(5)
    void the_list_shows_the_scopes_budgets_and_a_single_desa_user_goes_straight_to_theirs() throws Exception {
        String list = halaman.html(get("/perencanaan/apbdes").param("tahun", "2021"), "camat.diwek");
        assertThat(list).contains("Cukir").contains("Perubahan 1");
        mvc.perform(halaman.as(get("/perencanaan/apbdes").param("tahun", "2021"), "kpmd.cukir"))
                .andExpect(redirectedUrl(PAGE));
        mvc.perform(halaman.as(get(PAGE), "pld.gudo")).andExpect(status().isNotFound());
    }
}
