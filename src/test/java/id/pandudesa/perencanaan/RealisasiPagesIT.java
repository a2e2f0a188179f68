package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The realisation page of Cukir's adopted APBDes of this year (the demo's): the sheet to fill, a
 * point recorded from it (CSV, then Excel on the same date), a refused sheet shown with every
 * message, and who may record.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealisasiPagesIT {

    static final int TAHUN = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    static final String PAGE = "/perencanaan/apbdes/3517082007/" + TAHUN + "/realisasi";
    static final String SAMPAI = TAHUN + "-01-31";

    @Autowired
    Halaman halaman;

    private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content, String sampai) {
        MockMultipartHttpServletRequestBuilder r =
                multipart(PAGE).file(new MockMultipartFile("berkas", name, "text/csv", content));
        if (sampai != null) {
            r.param("sampai", sampai);
        }
        return r;
    }

    @Test
    @Order(1)
    void the_page_lists_the_adopted_lines_beside_the_latest_point_and_offers_the_sheet() throws Exception {
        String page = halaman.html(get(PAGE), "camat.diwek");
        // The demo recorded semester I.
        assertThat(page).contains("id=\"realisasi-belanja\"").contains("Rabat beton jalan Dusun Cukir 450 m: upah");
        assertThat(page).doesNotContain("id=\"unggah-realisasi\"");
        String sheet = halaman.kirim(get(PAGE + ".csv"), "pemdes.cukir")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(sheet)
                .startsWith("kode_kegiatan,kode_rekening,uraian,realisasi")
                .contains("2.3.10,5.3.5.02,Rabat beton jalan Dusun Cukir 450 m: upah,");
        String before = halaman.kirim(get(PAGE + ".csv").param("sampai", SAMPAI), "pemdes.cukir")
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // Before the first point the sheet has every adopted line at 0.
        assertThat(before).contains("2.3.10,5.3.5.02,Rabat beton jalan Dusun Cukir 450 m: upah,0");
    }

    @Test
    @Order(2)
    void a_refused_sheet_shows_every_message_and_stores_nothing() throws Exception {
        String csv = "kode_kegiatan,kode_rekening,uraian,realisasi\n"
                + "2.3.10,5.3.5.02,Rabat beton upah,62000001\n"
                + "9.9.99,5.3.5.02,Tidak ada,5\n";
        String page = halaman.kirim(upload("lembar.csv", csv.getBytes(StandardCharsets.UTF_8), SAMPAI), "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"masalah-realisasi\"")
                .contains("Realisasi Rp 62.000.001 melebihi anggaran Rp 62.000.000 untuk rekening 5.3.5.02")
                .contains("tidak ada di APBDes yang ditetapkan");
        assertThat(halaman.html(get(PAGE).param("sampai", SAMPAI), "camat.diwek"))
                .contains("id=\"realisasi-kosong\"");
    }

    @Test
    @Order(3)
    void the_village_government_records_a_point_and_sees_it_beside_the_budget() throws Exception {
        halaman.kirim(upload("lembar.csv", "x".getBytes(StandardCharsets.UTF_8), SAMPAI), "camat.diwek")
                .andExpect(status().isForbidden());
        String csv = "kode_kegiatan,kode_rekening,uraian,realisasi\n"
                + ",4.2.1.01,Dana Desa tahap I,325962000\n"
                + "2.3.10,5.3.5.02,Rabat beton upah,31000000\n"
                + "5.3.00,5.4.1.01,BLT Dana Desa Januari,14400000\n";
        halaman.kirim(upload("lembar.csv", csv.getBytes(StandardCharsets.UTF_8), SAMPAI), "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        String page = halaman.html(get(PAGE).param("sampai", SAMPAI), "camat.diwek");
        assertThat(page)
                .contains("id=\"realisasi-pendapatan\">Rp 325.962.000<")
                .contains("id=\"realisasi-belanja\">Rp 45.400.000<")
                .contains("id=\"realisasi-dana-desa\">Rp 45.400.000<")
                .contains("id=\"grafik-serapan\"");
        // The same date from Excel replaces the point.
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Realisasi");
            String[][] rows = {
                {"kode_kegiatan", "kode_rekening", "uraian", "realisasi"},
                {"", "4.2.1.01", "Dana Desa tahap I", "325962000"},
                {"2.3.10", "5.3.5.02", "Rabat beton upah", "62000000"}
            };
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            book.write(xlsx);
        }
        halaman.kirim(upload("lembar.xlsx", xlsx.toByteArray(), SAMPAI), "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        assertThat(halaman.html(get(PAGE).param("sampai", SAMPAI), "pd.diwek"))
                .contains("id=\"realisasi-belanja\">Rp 62.000.000<");
    }
}
