package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sources of funds on belanja lines (CONTRACTS "realisasi APBDes"): the optional fifth column of
 * the APBDes table, Siskeudes' codes, the summary's belanja per source, the CSV and Excel written
 * back with it, refusals that store nothing, and the page. Cukir 2019.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApbdesSumberDanaIT {

    static final String URL = "/api/v1/apbdes/3517082007/2019";
    static final String PAGE = "/perencanaan/apbdes/3517082007/2019";
    static final String HEADER = "kode_kegiatan,kode_rekening,uraian,anggaran,sumber_dana\n";
    static final String TABLE = HEADER
            + ",4.2.1.01,Dana Desa,800000000,\n"
            + ",4.2.3.01,Alokasi Dana Desa,400000000,\n"
            + "1.1.01,5.1.1.01,Penghasilan tetap kepala desa,36000000,ADD\n"
            + "2.2.01,5.3.2.01,Rabat beton Dusun Cukir,310000000,DDS\n"
            + "2.2.01,5.3.2.01,Saluran air Dusun Sumberejo,150000000,dds\n"
            + "2.1.01,5.2.1.01,Honor guru PAUD,48000000,PBH\n"
            + "4.3.01,5.2.2.01,Pelatihan kader posyandu,25000000,\n";

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder csv(String body) {
        return put(URL).contentType("text/csv").content(body);
    }

    private long versions() {
        return jdbc.sql("SELECT COUNT(*) FROM apbdes WHERE kode_desa = '3517082007' AND tahun = 2019")
                .query(Long.class)
                .single();
    }

    @Test
    @Order(1)
    void a_source_on_a_non_belanja_line_or_an_unknown_code_is_refused_and_nothing_is_stored() throws Exception {
        halaman.kirim(
                        csv(HEADER + ",4.2.1.01,Dana Desa,800000000,DDS\n"
                                + "2.2.01,5.3.2.01,Rabat beton,310000000,APBN\n"),
                        "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].baris").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("sumber_dana"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("hanya diisi pada baris belanja")))
                .andExpect(jsonPath("$.errors[1].baris").value(2))
                .andExpect(jsonPath("$.errors[1].message")
                        .value(org.hamcrest.Matchers.containsString("DDS, ADD, PAD, DBH, PBK, PBP, DLL")));
        assertThat(versions()).isZero();
    }

    @Test
    @Order(2)
    void belanja_is_summed_per_source_and_dana_desa_spending_stands_apart() throws Exception {
        halaman.kirim(csv(TABLE), "pemdes.cukir")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.belanja").value(569_000_000L))
                .andExpect(jsonPath("$.belanjaPerSumberDana.DDS").value(460_000_000L))
                .andExpect(jsonPath("$.belanjaPerSumberDana.ADD").value(36_000_000L))
                .andExpect(jsonPath("$.belanjaPerSumberDana.DBH").value(48_000_000L))
                .andExpect(jsonPath("$.belanjaPerSumberDana.PBH").doesNotExist())
                .andExpect(jsonPath("$.belanjaPerSumberDana.PAD").doesNotExist());
    }

    @Test
    @Order(3)
    void the_table_comes_back_with_its_sources_as_csv_and_excel() throws Exception {
        String back = halaman.kirim(get(URL).accept("text/csv"), "pd.diwek")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(back.replace("\r\n", "\n").replace("\n\"\",", "\n,"))
                .isEqualTo(TABLE.replace(",dds\n", ",DDS\n").replace(",PBH\n", ",DBH\n"));
        byte[] xlsx = halaman.kirim(get(PAGE + ".xlsx"), "pemdes.cukir")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("sumber_dana");
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("DDS");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEmpty();
        }
    }

    @Test
    @Order(4)
    void the_page_names_each_lines_source_and_charts_belanja_per_source() throws Exception {
        String page = halaman.html(get(PAGE), "camat.diwek");
        assertThat(page).contains("id=\"belanja-per-sumber-dana\"").contains("Belanja per sumber dana");
        assertThat(page).containsPattern("sumber-dana\"[^>]*>Dana Desa<");
        assertThat(page).containsPattern("sumber-dana\"[^>]*>Bagi hasil pajak dan retribusi<");
    }

    @Test
    @Order(5)
    void a_line_made_from_an_rkpdes_activity_takes_its_source_of_funds() {
        // The demo made next year's draft of Cukir from its RKPDes activities (TautanApbdes).
        var pairs = jdbc.sql("SELECT b.sumber_dana, k.sumber_dana AS rkpdes FROM apbdes_baris b"
                        + " JOIN apbdes a ON a.id = b.apbdes_id"
                        + " JOIN apbdes_tautan t ON t.kode_desa = a.kode_desa AND t.tahun = a.tahun"
                        + " AND t.kode_kegiatan = b.kode_kegiatan AND t.kode_rekening = b.kode_rekening"
                        + " AND t.uraian = b.uraian"
                        + " JOIN rkpdes_kegiatan k ON k.id = t.rkpdes_kegiatan_id WHERE a.kode_desa = '3517082007'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(pairs).isNotEmpty();
        java.util.Map<String, String> mapping = java.util.Map.of(
                "DDS", "DDS", "ADD", "ADD", "PAD", "PAD", "BHPR", "DBH", "BKP", "PBP", "BKK", "PBK", "LAIN", "DLL");
        for (String[] p : pairs) {
            assertThat(p[0])
                    .as("source of a line linked to an RKPDes activity of " + p[1])
                    .isEqualTo(mapping.get(p[1]));
        }
    }
}
