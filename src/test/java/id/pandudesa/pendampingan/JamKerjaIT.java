package id.pandudesa.pendampingan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Working hours on the log (CONTRACTS "hours"): times kept and given back, overlap and order
 * refused with nothing stored, the month's hours in the report and the Lembar Waktu Kerja.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JamKerjaIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final LocalDate FIRST = TODAY.withDayOfMonth(1);
    static final String MONTH = YearMonth.from(TODAY).toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    String pld;

    @BeforeAll
    void aNewPld() throws Exception {
        pld = "pld.jam" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + pld + "\",\"nama\":\"Siti Jam Kerja\",\"peran\":\"PLD\","
                                + "\"lingkup\":[\"3517082009\",\"3517082010\"],\"password\":\"jam-kerja-123\","
                                + "\"wajibGantiPassword\":false}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isCreated());
        log(FIRST, "3517082009", "\"jamMulai\":\"08:00\",\"jamSelesai\":\"10:30\",")
                .andExpect(status().isCreated());
        log(FIRST, "3517082010", "\"jamMulai\":\"10:30\",\"jamSelesai\":\"12:00\",")
                .andExpect(status().isCreated());
        log(FIRST, "3517082010", "").andExpect(status().isCreated());
    }

    private ResultActions log(LocalDate date, String desa, String times) throws Exception {
        return mvc.perform(post("/api/v1/pendampingan/kegiatan")
                .contentType(MediaType.APPLICATION_JSON)
                .content(("{\"tanggal\":\"%s\",\"kodeDesa\":\"%s\",%s\"metode\":\"FASILITASI\","
                                + "\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"Fasilitasi musyawarah dusun\","
                                + "\"pesertaLaki\":3,\"pesertaPerempuan\":4}")
                        .formatted(date, desa, times))
                .with(httpBasic(pld, "jam-kerja-123")));
    }

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan WHERE penulis = :p")
                .param("p", pld)
                .query(Long.class)
                .single();
    }

    @Test
    void times_are_kept_and_given_back() throws Exception {
        mvc.perform(get("/api/v1/pendampingan/kegiatan?desa=3517082009").with(httpBasic(pld, "jam-kerja-123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isi[0].jamMulai").value("08:00"))
                .andExpect(jsonPath("$.isi[0].jamSelesai").value("10:30"));
    }

    @Test
    void overlapping_reversed_or_half_given_times_are_refused_and_nothing_is_stored() throws Exception {
        long before = entries();
        log(FIRST, "3517082009", "\"jamMulai\":\"09:00\",\"jamSelesai\":\"11:00\",")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("jamMulai"));
        log(FIRST, "3517082009", "\"jamMulai\":\"07:00\",\"jamSelesai\":\"13:00\",")
                .andExpect(status().isUnprocessableContent());
        log(FIRST, "3517082009", "\"jamMulai\":\"14:00\",\"jamSelesai\":\"13:00\",")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("jamSelesai"));
        log(FIRST, "3517082009", "\"jamMulai\":\"14:00\",").andExpect(status().isUnprocessableContent());
        log(FIRST, "3517082009", "\"jamMulai\":\"25:00\",\"jamSelesai\":\"26:00\",")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("jamMulai")));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void a_correction_may_keep_its_own_time_but_not_move_onto_another() throws Exception {
        long id = jdbc.sql("SELECT id FROM kegiatan_pendampingan WHERE penulis = :p AND jam_mulai IS NOT NULL"
                        + " AND kode_desa = '3517082009'")
                .param("p", pld)
                .query(Long.class)
                .single();
        int version = jdbc.sql("SELECT versi FROM kegiatan_pendampingan WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        Halaman halaman = new Halaman(mvc, users);
        String overlapping = halaman.ditolak(ubah(id, version, "11:00", "12:30"), pld);
        assertThat(overlapping).contains("bertumpang tindih", "10:30–12:00");
        halaman.kirim(ubah(id, version, "08:00", "10:30"), pld).andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder ubah(
            long id, int version, String start, String end) {
        return post("/pendampingan/kegiatan/" + id + "/ubah")
                .param("tanggal", FIRST.toString())
                .param("kodeDesa", "3517082009")
                .param("jamMulai", start)
                .param("jamSelesai", end)
                .param("metode", "FASILITASI")
                .param("ruangLingkup", "PEMBANGUNAN_DESA")
                .param("uraian", "Fasilitasi musyawarah dusun")
                .param("versi", Integer.toString(version));
    }

    @Test
    void the_month_counts_hours_and_the_time_sheet_lists_each_entry() throws Exception {
        mvc.perform(get("/api/v1/pendampingan/laporan-bulanan/" + pld + "/" + MONTH)
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jamKerja").value(4.0))
                .andExpect(jsonPath("$.kegiatanTanpaJam").value(1));
        byte[] pdf = mvc.perform(get("/api/v1/pendampingan/lwk/" + pld + "/" + MONTH + ".pdf")
                        .with(httpBasic(pld, "jam-kerja-123")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("LEMBAR WAKTU KERJA", "Siti Jam Kerja", "08:00", "10:30", "12:00", "4,0");
        }
        byte[] xlsx = mvc.perform(get("/api/v1/pendampingan/lwk/" + pld + "/" + MONTH + ".xlsx")
                        .with(httpBasic("ta.jombang", "pandu-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("tanggal");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("08:00");
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(4.0);
        }
        mvc.perform(get("/api/v1/pendampingan/lwk/" + pld + "/" + MONTH + ".pdf")
                        .with(httpBasic("pld.gudo", "pandu-demo")))
                .andExpect(status().isNotFound());
    }
}
