package id.pandudesa.platform.tabel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.pandudesa.support.PanduIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text that a spreadsheet would run as a formula, typed into an APBDes line and a log entry: every
 * CSV export writes it with an apostrophe in front, the APBDes CSV uploaded again gives exactly the
 * same lines (the CONTRACTS round trip), and Excel exports keep it as plain text.
 */
@PanduIntegrationTest
class EksporFormulaIT {

    static final String URL = "/api/v1/apbdes/3517082001/2025";
    static final List<String> DANGEROUS =
            List.of("=HYPERLINK(\"http://contoh.invalid\",\"Klik\")", "+62 812 3456", "-potongan pajak", "@SUM(A1:A9)");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private String table() {
        StringBuilder csv = new StringBuilder("kode_kegiatan,kode_rekening,uraian,anggaran\n");
        csv.append(",4.2.1.01,Dana Desa,900000000\n");
        for (String text : DANGEROUS) {
            csv.append("1.1.01,5.1.1.01,\"").append(text.replace("\"", "\"\"")).append("\",1000000\n");
        }
        return csv.toString();
    }

    private String exportCsv() throws Exception {
        return mvc.perform(get(URL).accept("text/csv").with(httpBasic("admin.jatim", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> column(String csv, String name) throws Exception {
        List<String> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            out.add(r.get(name));
        }
        return out;
    }

    @Test
    void apbdes_csv_cells_are_neutralised_and_the_round_trip_stays_exact() throws Exception {
        assertThat(mvc.perform(put(URL).contentType("text/csv")
                                .content(table())
                                .with(httpBasic("admin.jatim", "pandu-demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        String first = exportCsv();
        List<String> cells = column(first, "uraian");
        assertThat(cells)
                .containsExactly(
                        "Dana Desa",
                        "'=HYPERLINK(\"http://contoh.invalid\",\"Klik\")",
                        "'+62 812 3456",
                        "'-potongan pajak",
                        "'@SUM(A1:A9)");
        assertThat(column(first, "anggaran")).contains("900000000", "1000000");

        // The exported file uploaded again: the same lines, and the same export.
        mvc.perform(put(URL).contentType("text/csv").content(first).with(httpBasic("admin.jatim", "pandu-demo")));
        assertThat(exportCsv()).isEqualTo(first);

        byte[] xlsx = mvc.perform(get("/perencanaan/apbdes/3517082001/2025.xlsx")
                        .with(user(users.loadUserByUsername("admin.jatim"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> texts = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).containsAll(DANGEROUS);
    }

    @Test
    void a_log_entry_typed_as_a_formula_leaves_the_csv_export_as_text() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        String marker = "=cmd|' /C calc'!A0 " + System.nanoTime();
        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"tanggal\":\"" + today + "\",\"kodeDesa\":\"3517082001\",\"metode\":\"ASISTENSI\","
                        + "\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"" + marker.replace("\\", "\\\\")
                        + "\",\"hasil\":\"@SUM(1+1)\"}")
                .with(httpBasic("pld.diwek1", "pandu-demo")));

        String csv = mvc.perform(get("/pendampingan/ekspor.csv")
                        .param("desa", "3517082001")
                        .with(user(users.loadUserByUsername("pld.diwek1"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("'" + marker).contains("'@SUM(1+1)");
        for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            for (String cell : r) {
                boolean number = cell.matches("[+-]?\\d+(\\.\\d+)?");
                assertThat(number || cell.isEmpty() || !"=+-@\t\r".contains(cell.substring(0, 1)))
                        .as(cell)
                        .isTrue();
            }
        }
    }
}
