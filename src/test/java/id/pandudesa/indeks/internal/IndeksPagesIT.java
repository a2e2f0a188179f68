package id.pandudesa.indeks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.indeks.HasilIdm;
import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The IDM pages with the demo's Diwek results: a village's figures and its cheapest path, the
 * what-if fragment, the rollup with its Excel sheet, and an import refused row by row.
 */
@PanduIntegrationTest
class IndeksPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private int[] stored(String desa, int year) {
        String text = jdbc.sql("SELECT skor FROM indeks_hasil WHERE kode_desa = :d AND tahun = :t")
                .param("d", desa)
                .param("t", year)
                .query(String.class)
                .single();
        return text.chars().map(c -> c - '0').toArray();
    }

    private int latestDemoYear() {
        return jdbc.sql("SELECT MAX(tahun) FROM indeks_hasil WHERE kode_desa = '3517082020'")
                .query(Integer.class)
                .single();
    }

    @Test
    void the_village_page_shows_the_figures_the_status_and_the_cheapest_path() throws Exception {
        int year = latestDemoYear();
        HasilIdm expected = IdmCalculator.hitung(stored("3517082020", year));
        String page = halaman.html(get("/indeks/desa/3517082020"), "pd.diwek");
        assertThat(page).contains("Keras");
        assertThat(page).contains(String.format(java.util.Locale.ROOT, "%.4f", expected.idm()));
        assertThat(page).contains("id=\"jalur-tercepat\"");
        assertThat(page).contains("Riwayat IDM");
        if (expected.status() != id.pandudesa.indeks.StatusIdm.MANDIRI) {
            assertThat(page).contains("Jalur tercepat ke");
        }
        // Out of scope it does not exist.
        mvc.perform(halaman.as(get("/indeks/desa/3517082020"), "pld.gudo")).andExpect(status().isNotFound());
    }

    @Test
    void the_what_if_answers_an_htmx_call_with_the_result_panel_only() throws Exception {
        int year = latestDemoYear();
        int[] scores = stored("3517082020", year);
        Arrays.fill(scores, 0, 35, 5);
        MockHttpServletRequestBuilder request =
                post("/indeks/desa/3517082020/" + year + "/simulasi").header("HX-Request", "true");
        for (int i = 0; i < 35; i++) {
            request.param(String.format("s%02d", i + 1), "5");
        }
        String fragment = halaman.html(request, "pd.diwek");
        assertThat(fragment).startsWith("<div class=\"kartu lekat\" id=\"hasil-simulasi\"");
        assertThat(fragment).doesNotContain("<html");
        assertThat(fragment)
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "%.4f",
                        IdmCalculator.hitung(scores).idm()));
        // Nothing stored.
        assertThat(stored("3517082020", year)).isNotEqualTo(scores);
    }

    @Test
    void the_rollup_counts_the_villages_by_status_and_exports_the_same_table() throws Exception {
        int year = latestDemoYear();
        long villages = jdbc.sql("SELECT COUNT(*) FROM indeks_hasil WHERE tahun = :t AND kode_desa LIKE '351708%'")
                .param("t", year)
                .query(Long.class)
                .single();
        String page =
                halaman.html(get("/indeks/rekap").param("wilayah", "351708").param("tahun", "" + year), "camat.diwek");
        assertThat(page).contains("id=\"jumlah-desa-idm\">" + villages + "<");
        assertThat(page).contains("Kayangan").contains("Keras");
        String kabupaten =
                halaman.html(get("/indeks/rekap").param("wilayah", "3517").param("tahun", "" + year), "ta.jombang");
        assertThat(kabupaten).contains("Diwek").contains("Sangat Tertinggal");
        byte[] xlsx = mvc.perform(halaman.as(
                        get("/indeks/rekap.xlsx").param("wilayah", "3517").param("tahun", "" + year), "ta.jombang"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if ("351708".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(7).getNumericCellValue()).isEqualTo(villages);
                }
            }
            assertThat(found).isTrue();
        }
        // A PLD's default rollup is the desa of the PLD's own scope.
        String pld = halaman.html(get("/indeks/rekap"), "pld.diwek1");
        assertThat(pld).contains("Wilayah tugas saya").contains("Kayangan").doesNotContain("Keras");
    }

    @Test
    void an_import_with_bad_rows_is_refused_row_by_row_in_its_job_and_stores_nothing() throws Exception {
        String csv = "kode_desa,tahun," + String.join(",", IdmTestData.kolom()) + "\n"
                + IdmTestData.baris("3517082005", 2016, 3) + "\n"
                + IdmTestData.baris("3517089999", 2016, 3) + "\n"
                + IdmTestData.baris("3517082005", 2016, 4) + "\n";
        String location = mvc.perform(halaman.as(
                        multipart("/indeks/impor")
                                .file(new MockMultipartFile(
                                        "berkas", "idm.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))),
                        "admin.jatim"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/indeks/impor/");
        String state = id.pandudesa.support.TugasLatar.tunggu(jdbc, location);
        assertThat(state).isEqualTo("GAGAL");
        String page = halaman.html(get(location), "admin.jatim");
        assertThat(page)
                .contains("kolom kode_desa: Kode &quot;3517089999&quot; bukan kode desa yang dikenal")
                .contains("Desa 3517082005 tahun 2016 muncul lebih dari sekali");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indeks_hasil WHERE tahun = 2016")
                        .query(Long.class)
                        .single())
                .isZero();
        // Another admin does not see this job.
        mvc.perform(halaman.as(get(location), "admin")).andExpect(status().isNotFound());
    }
}
