package id.pandudesa.pendampingan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A new PLD's month from log to approved report, the PDF's figures read back, and the kecamatan
 * report from the PD to the Camat and on to the TA.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LaporanIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final String MONTH = YearMonth.from(TODAY).toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String pld;
    String base;

    @BeforeAll
    void aNewPldWithThreeEntries() throws Exception {
        pld = "pld.laporan" + System.nanoTime() % 100000;
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"" + pld + "\",\"nama\":\"Rahmat Laporan\",\"peran\":\"PLD\","
                                        + "\"lingkup\":[\"3517082009\",\"3517082010\"],\"password\":\"laporan-123\",\"wajibGantiPassword\":false}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isCreated());
        LocalDate first = TODAY.withDayOfMonth(1);
        log(first, "3517082009", "FASILITASI", "PEMBANGUNAN_DESA", 4, 6);
        log(first, "3517082010", "ASISTENSI", "PEMBANGUNAN_DESA", 2, 1);
        log(TODAY, "3517082009", "FASILITASI", "EKONOMI_LOKAL_BUMDES", 3, 5);
        base = "/api/v1/pendampingan/laporan-bulanan/" + pld + "/" + MONTH;
    }

    private ResultActions log(LocalDate date, String desa, String metode, String lingkup, int men, int women)
            throws Exception {
        return mvc.perform(post("/api/v1/pendampingan/kegiatan")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"tanggal\":\"%s\",\"kodeDesa\":\"%s\",\"metode\":\"%s\",\"ruangLingkup\":\"%s\",\"uraian\":\"Uji laporan %s\",\"pesertaLaki\":%d,\"pesertaPerempuan\":%d}"
                                .formatted(date, desa, metode, lingkup, desa, men, women))
                .with(httpBasic(pld, "laporan-123")));
    }

    private String reportStatus() {
        return jdbc.sql("SELECT status FROM laporan_bulanan WHERE penulis = :p AND bulan = :b")
                .param("p", pld)
                .param("b", MONTH)
                .query(String.class)
                .optional()
                .orElse("NONE");
    }

    @Test
    @Order(1)
    void the_monthly_figures_are_counted_from_the_log() throws Exception {
        boolean sameDay = TODAY.getDayOfMonth() == 1;
        mvc.perform(get(base).with(httpBasic(pld, "laporan-123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(pld))
                .andExpect(jsonPath("$.bulan").value(MONTH))
                .andExpect(jsonPath("$.jumlahKegiatan").value(3))
                .andExpect(jsonPath("$.hariKerja").value(sameDay ? 1 : 2))
                .andExpect(jsonPath("$.perMetode.FASILITASI").value(2))
                .andExpect(jsonPath("$.perMetode.ASISTENSI").value(1))
                .andExpect(jsonPath("$.perMetode.PENGARAHAN").value(0))
                .andExpect(jsonPath("$.perRuangLingkup.PEMBANGUNAN_DESA").value(2))
                .andExpect(jsonPath("$.perRuangLingkup.EKONOMI_LOKAL_BUMDES").value(1))
                .andExpect(jsonPath("$.pesertaLaki").value(9))
                .andExpect(jsonPath("$.pesertaPerempuan").value(12));
    }

    @Test
    @Order(2)
    void the_report_is_visible_to_those_covering_the_authors_villages_only() throws Exception {
        for (String user : new String[] {"pd.diwek", "camat.diwek", "ta.jombang", "admin.jatim"}) {
            mvc.perform(get(base).with(httpBasic(user, "pandu-demo"))).andExpect(status().isOk());
        }
        for (String user : new String[] {"pld.gudo", "kpmd.cukir", "pld.diwek1"}) {
            mvc.perform(get(base).with(httpBasic(user, "pandu-demo"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/pendampingan/laporan-bulanan/tidak.ada/" + MONTH)
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pendampingan/laporan-bulanan/" + pld + "/2026-13")
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    @Order(3)
    void the_pdf_shows_the_same_figures() throws Exception {
        byte[] pdf = mvc.perform(get(base + ".pdf").with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("KEMENTERIAN DESA", "LAPORAN BULANAN", "Rahmat Laporan", "KECAMATAN DIWEK");
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Jumlah kegiatan Hari kerja Jam kerja Peserta laki-laki Peserta perempuan Porsi perempuan 3 "
                        + (TODAY.getDayOfMonth() == 1 ? 1 : 2) + " 0,0 9 12 57%")
                .contains("3 kegiatan tanpa jam kerja tercatat")
                .contains("Fasilitasi 2")
                .contains("Asistensi 1");
        assertThat(text).contains("Dibuat oleh").contains("Diperiksa oleh");
    }

    @Test
    @Order(4)
    void submit_return_correct_resubmit_approve() throws Exception {
        mvc.perform(post(base + "/ajukan").with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/ajukan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"masalah\":\"Jaringan internet di Bandung lemah\"}")
                        .with(httpBasic(pld, "laporan-123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIAJUKAN"));
        log(TODAY, "3517082010", "FASILITASI", "PEMBANGUNAN_DESA", 1, 1).andExpect(status().isUnprocessableContent());

        mvc.perform(post(base + "/setujui").with(httpBasic("ta.jombang", "pandu-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/setujui").with(httpBasic("pld.gudo", "pandu-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/kembalikan").with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/kembalikan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"komentar\":\"Lengkapi kegiatan di Bandung minggu ini\"}")
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIKEMBALIKAN"));

        log(TODAY, "3517082010", "FASILITASI", "PEMBANGUNAN_DESA", 1, 1).andExpect(status().isCreated());
        mvc.perform(post(base + "/ajukan").with(httpBasic(pld, "laporan-123")))
                .andExpect(jsonPath("$.status").value("DIAJUKAN"))
                .andExpect(jsonPath("$.jumlahKegiatan").value(4));
        mvc.perform(post(base + "/setujui").with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(jsonPath("$.status").value("DISETUJUI"))
                .andExpect(jsonPath("$.riwayat.length()").value(4));
        mvc.perform(post(base + "/kembalikan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"komentar\":\"terlambat\"}")
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isUnprocessableContent());
        assertThat(reportStatus()).isEqualTo("DISETUJUI");
        long steps = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'pendampingan.LaporanBulanan'"
                        + " AND sesudah LIKE :p")
                .param("p", "%" + pld + "%")
                .query(Long.class)
                .single();
        assertThat(steps).as("every step is in the audit trail").isGreaterThanOrEqualTo(4);
    }

    @Test
    @Order(5)
    void the_pd_sends_the_kecamatan_report_the_camat_acknowledges_and_the_ta_reads_it() throws Exception {
        String kec = "/api/v1/pendampingan/laporan-kecamatan/351708/" + MONTH;
        mvc.perform(post(kec + "/ajukan").with(httpBasic("camat.diwek", "pandu-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post(kec + "/ajukan").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post(kec + "/ajukan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"isuCamat\":\"Tiga desa belum menetapkan APBDes\"}")
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIAJUKAN"))
                .andExpect(jsonPath("$.laporanPendamping[*].penulis", org.hamcrest.Matchers.hasItem(pld)));
        mvc.perform(post(kec + "/ajukan").with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(kec + "/ketahui").with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post(kec + "/ketahui")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"catatan\":\"Akan dibahas di rapat koordinasi kabupaten\"}")
                        .with(httpBasic("camat.diwek", "pandu-demo")))
                .andExpect(jsonPath("$.status").value("DIKETAHUI"))
                .andExpect(jsonPath("$.diketahuiOleh").value("camat.diwek"));
        mvc.perform(get(kec).with(httpBasic("ta.jombang", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIKETAHUI"));
        mvc.perform(get(kec).with(httpBasic("pld.gudo", "pandu-demo"))).andExpect(status().isNotFound());

        byte[] pdf = mvc.perform(get(kec + ".pdf").with(httpBasic("ta.jombang", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "KECAMATAN DIWEK",
                            "Tiga desa belum menetapkan APBDes",
                            "Mengetahui, Camat Diwek",
                            "Bambang Sutrisno");
        }
    }

    @Test
    @Order(6)
    void the_kabupaten_receives_the_acknowledged_report_and_compiles_every_kecamatan() throws Exception {
        String kec = "/api/v1/pendampingan/laporan-kecamatan/351708/" + MONTH;
        mvc.perform(post(kec + "/terima").with(httpBasic("camat.diwek", "pandu-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post(kec + "/terima").with(httpBasic("pld.gudo", "pandu-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post(kec + "/terima").with(httpBasic("ta.jombang", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DITERIMA_KABUPATEN"))
                .andExpect(jsonPath("$.diterimaOleh").value("ta.jombang"));
        mvc.perform(post(kec + "/terima").with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isUnprocessableContent());

        String kab = "/api/v1/pendampingan/laporan-kabupaten/3517/" + MONTH;
        String json = mvc.perform(get(kab).with(httpBasic("ta.jombang", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kode").value("3517"))
                .andExpect(jsonPath("$.bulan").value(MONTH))
                .andExpect(jsonPath("$.kecamatan[?(@.kode == '351708')].status").value("DITERIMA_KABUPATEN"))
                .andExpect(jsonPath("$.kecamatan[?(@.kode == '351708')].nama").value("Diwek"))
                .andExpect(jsonPath("$.kecamatan[0].jumlahKegiatan").isNumber())
                .andExpect(jsonPath("$.kecamatan[0].desaDidampingi").isNumber())
                .andExpect(jsonPath("$.kecamatan[?(@.kode == '351701')].status").value("BELUM"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var body = new tools.jackson.databind.json.JsonMapper().readTree(json);
        long entries = jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan WHERE kode_desa LIKE '3517%'"
                        + " AND status = 'FINAL' AND tanggal >= :d AND tanggal <= :s")
                .param("d", YearMonth.parse(MONTH).atDay(1))
                .param("s", YearMonth.parse(MONTH).atEndOfMonth())
                .query(Long.class)
                .single();
        long facilitated = jdbc.sql("SELECT COUNT(DISTINCT kode_desa) FROM kegiatan_pendampingan WHERE kode_desa LIKE"
                        + " '3517%' AND status = 'FINAL' AND tanggal >= :d AND tanggal <= :s")
                .param("d", YearMonth.parse(MONTH).atDay(1))
                .param("s", YearMonth.parse(MONTH).atEndOfMonth())
                .query(Long.class)
                .single();
        assertThat(body.get("jumlahKegiatan").asLong()).isEqualTo(entries);
        assertThat(body.get("desaDidampingi").asLong()).isEqualTo(facilitated);
        assertThat(body.get("desaDidampingi").asLong()
                        + body.get("desaTanpaPendampingan").asLong())
                .isEqualTo(body.get("jumlahDesa").asLong());
        assertThat(body.get("kecamatan").size())
                .as("every kecamatan of Jombang")
                .isEqualTo(21);
        long sum = 0;
        for (var line : body.get("kecamatan")) {
            sum += line.get("jumlahKegiatan").asLong();
        }
        assertThat(sum).isEqualTo(entries);
        for (String outside : new String[] {"pd.diwek", "camat.diwek", "kpmd.cukir", "pld.gudo"}) {
            mvc.perform(get(kab).with(httpBasic(outside, "pandu-demo"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/pendampingan/laporan-kabupaten/35170/" + MONTH)
                        .with(httpBasic("ta.jombang", "pandu-demo")))
                .andExpect(status().isBadRequest());
        byte[] pdf = mvc.perform(get(kab + ".pdf").with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("REKAPITULASI LAPORAN PENDAMPINGAN", "Diwek", "Diterima kabupaten", "Bupati");
        }
        mvc.perform(get(kab + ".xlsx").with(httpBasic("ta.jombang", "pandu-demo")))
                .andExpect(status().isOk());
    }
}
