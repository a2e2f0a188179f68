package id.pandudesa.dasbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.support.PanduIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards on the database: the contract's fields, every figure equal to the module's own
 * records (counted here independently), every level the sum of the level below, a new record seen
 * at once, the region scope, and the exports.
 */
@PanduIntegrationTest
@Tag("db")
class DasborIT {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PerencanaanApi perencanaan;

    final JsonMapper json = JsonMapper.builder().build();

    int tahun() {
        return LocalDate.now(WIB).getYear();
    }

    MockHttpServletResponse call(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
    }

    JsonNode dasbor(String username, String kode) throws Exception {
        MockHttpServletResponse r = call(username, "/api/v1/dasbor/" + kode + "?tahun=" + tahun());
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    long count(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void the_kecamatan_dashboard_has_the_contract_fields_and_the_modules_own_figures() throws Exception {
        JsonNode d = dasbor("pd.diwek", "35.17.08");
        assertThat(d.get("kode").asString()).isEqualTo("351708");
        assertThat(d.get("tingkat").asString()).isEqualTo("KECAMATAN");
        long villages = count(
                "SELECT COUNT(*) FROM wilayah WHERE tingkat = 'DESA' AND jenis IN ('DESA', 'DESA_ADAT')"
                        + " AND kode LIKE '351708%'",
                Map.of());
        assertThat(villages).isEqualTo(20);
        assertThat(d.get("jumlahDesa").asLong()).isEqualTo(villages);

        Map<String, Object> year = Map.of(
                "dari", Date.valueOf(LocalDate.of(tahun(), 1, 1)),
                "sampai", Date.valueOf(LocalDate.of(tahun(), 12, 31)));
        long logged = count(
                "SELECT COUNT(*) FROM kegiatan_pendampingan WHERE kode_desa LIKE '351708%' AND status = 'FINAL'"
                        + " AND tanggal BETWEEN :dari AND :sampai",
                year);
        assertThat(logged).isPositive();
        assertThat(d.at("/pendampingan/kegiatan").asLong()).isEqualTo(logged);
        long byMethod = 0;
        for (String m : List.of("ASISTENSI", "PENGORGANISASIAN", "PENGARAHAN", "FASILITASI")) {
            long n = count(
                    "SELECT COUNT(*) FROM kegiatan_pendampingan WHERE kode_desa LIKE '351708%' AND status = 'FINAL'"
                            + " AND tanggal BETWEEN :dari AND :sampai AND metode = '" + m + "'",
                    year);
            assertThat(d.at("/pendampingan/perMetode/" + m).asLong()).as(m).isEqualTo(n);
            byMethod += n;
        }
        assertThat(byMethod).isEqualTo(logged);

        int idmYear = d.at("/idm/tahun").asInt();
        assertThat(idmYear).isLessThanOrEqualTo(tahun());
        long withIdm = 0;
        for (String s : List.of("SANGAT_TERTINGGAL", "TERTINGGAL", "BERKEMBANG", "MAJU", "MANDIRI")) {
            long n = count(
                    "SELECT COUNT(*) FROM indeks_hasil WHERE kode_desa LIKE '351708%' AND tahun = :t AND status = '" + s
                            + "'",
                    Map.of("t", idmYear));
            assertThat(d.at("/idm/perStatus/" + s).asLong()).as(s).isEqualTo(n);
            withIdm += n;
        }
        assertThat(withIdm).as("demo IDM results of Diwek").isPositive();
        assertThat(d.at("/idm/dinilai").asLong()).isEqualTo(withIdm);
        // Movement against the same desa's status a year before.
        List<String> order = List.of("SANGAT_TERTINGGAL", "TERTINGGAL", "BERKEMBANG", "MAJU", "MANDIRI");
        long up = 0;
        long same = 0;
        long down = 0;
        for (var pair : jdbc.sql("SELECT h.status, l.status FROM indeks_hasil h JOIN indeks_hasil l"
                        + " ON l.kode_desa = h.kode_desa AND l.tahun = h.tahun - 1"
                        + " WHERE h.kode_desa LIKE '351708%' AND h.tahun = :t")
                .param("t", idmYear)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()) {
            int change = Integer.compare(order.indexOf(pair.get(0)), order.indexOf(pair.get(1)));
            if (change > 0) {
                up++;
            } else if (change == 0) {
                same++;
            } else {
                down++;
            }
        }
        assertThat(up + same + down)
                .as("demo IDM results of Diwek in two years")
                .isPositive();
        assertThat(d.at("/idm/naik").asLong()).isEqualTo(up);
        assertThat(d.at("/idm/tetap").asLong()).isEqualTo(same);
        assertThat(d.at("/idm/turun").asLong()).isEqualTo(down);

        var wib = Map.<String, Object>of(
                "dari",
                        Timestamp.from(
                                LocalDate.of(tahun(), 1, 1).atStartOfDay(WIB).toInstant()),
                "sampai",
                        Timestamp.from(LocalDate.of(tahun() + 1, 1, 1)
                                .atStartOfDay(WIB)
                                .toInstant()));
        String complaints = "SELECT COUNT(*) FROM pengaduan WHERE kode_desa LIKE '351708%' AND dibuat >= :dari"
                + " AND dibuat < :sampai";
        assertThat(d.at("/pengaduan/total").asLong())
                .isEqualTo(count(complaints, wib))
                .isPositive();
        assertThat(d.at("/pengaduan/selesai").asLong()).isEqualTo(count(complaints + " AND status = 'SELESAI'", wib));
        assertThat(d.at("/pengaduan/terbuka").asLong())
                .isEqualTo(count(complaints + " AND status NOT IN ('SELESAI', 'DITOLAK')", wib));

        // The APBDes figures are what the planning module reports for each adopted budget.
        long income = 0;
        long spending = 0;
        long budgets = 0;
        for (int i = 1; i <= 20; i++) {
            var adopted = perencanaan.apbdesTerbit(String.format("35170820%02d", i), tahun());
            if (adopted.isPresent()) {
                budgets++;
                income += adopted.get().pendapatan();
                spending += adopted.get().belanja();
            }
        }
        assertThat(income).as("Cukir's adopted APBDes in the demo").isPositive();
        assertThat(d.at("/apbdes/pendapatan").asLong()).isEqualTo(income);
        assertThat(d.at("/apbdes/belanja").asLong()).isEqualTo(spending);
        assertThat(d.at("/apbdes/desaApbdes").asLong()).isEqualTo(budgets);
        long villagesLogged = count(
                "SELECT COUNT(DISTINCT kode_desa) FROM kegiatan_pendampingan WHERE kode_desa LIKE '351708%'"
                        + " AND status = 'FINAL' AND tanggal BETWEEN :dari AND :sampai",
                year);
        assertThat(d.at("/pendampingan/desaDidampingi").asLong()).isEqualTo(villagesLogged);

        // One row per desa, and the region is their sum.
        JsonNode children = d.get("anak");
        assertThat(children.size()).isEqualTo(20);
        long sum = 0;
        for (JsonNode c : children) {
            sum += c.at("/pendampingan/kegiatan").asLong();
        }
        assertThat(sum).isEqualTo(logged);
    }

    @Test
    void every_level_is_the_sum_of_the_level_below_and_a_desa_equals_its_row() throws Exception {
        JsonNode kab = dasbor("ta.jombang", "3517");
        assertThat(kab.get("tingkat").asString()).isEqualTo("KABUPATEN");
        JsonNode kec = null;
        long complaints = 0;
        long logged = 0;
        long villages = 0;
        for (JsonNode c : kab.get("anak")) {
            complaints += c.at("/pengaduan/total").asLong();
            logged += c.at("/pendampingan/kegiatan").asLong();
            villages += c.get("jumlahDesa").asLong();
            if (c.get("kode").asString().equals("351708")) {
                kec = c;
            }
        }
        // The demo data has records of each kind here: sums of zeros would prove nothing.
        assertThat(complaints).isPositive();
        assertThat(logged).isPositive();
        assertThat(villages).isPositive();
        assertThat(kab.at("/pengaduan/total").asLong()).isEqualTo(complaints);
        assertThat(kab.at("/pendampingan/kegiatan").asLong()).isEqualTo(logged);
        assertThat(kab.get("jumlahDesa").asLong()).isEqualTo(villages);
        assertThat(kec).isNotNull();
        JsonNode diwek = dasbor("ta.jombang", "351708");
        for (String path : List.of(
                "/pendampingan/kegiatan",
                "/idm/dinilai",
                "/musyawarah/diadakan",
                "/apbdes/belanja",
                "/pelaksanaan/anggaran",
                "/pengaduan/total",
                "/kapasitas/kaderAktif",
                "/ekonomi/bumdes",
                "/kerjasama/berlaku")) {
            assertThat(kec.at(path).asLong()).as(path).isEqualTo(diwek.at(path).asLong());
        }
        JsonNode cukirRow = null;
        for (JsonNode c : diwek.get("anak")) {
            if (c.get("kode").asString().equals("3517082007")) {
                cukirRow = c;
            }
        }
        JsonNode cukir = dasbor("pemdes.cukir", "3517082007");
        assertThat(cukir.get("tingkat").asString()).isEqualTo("DESA");
        assertThat(cukir.get("jumlahDesa").asLong()).isEqualTo(1);
        assertThat(cukir.get("anak").size()).isZero();
        for (String path : List.of(
                "/pendampingan/kegiatan",
                "/musyawarah/diadakan",
                "/musyawarah/hadirPerempuan",
                "/apbdes/pendapatan",
                "/pelaksanaan/proyek",
                "/pelaksanaan/realisasi",
                "/pengaduan/terbuka",
                "/kapasitas/kaderAktif",
                "/ekonomi/bumdes",
                "/kerjasama/berlaku")) {
            assertThat(cukir.at(path).asLong())
                    .as(path)
                    .isEqualTo(cukirRow.at(path).asLong());
        }
        for (String path : List.of(
                "/pendampingan/kegiatan",
                "/musyawarah/diadakan",
                "/apbdes/pendapatan",
                "/pelaksanaan/proyek",
                "/pengaduan/terbuka",
                "/kapasitas/kaderAktif",
                "/ekonomi/bumdes",
                "/kerjasama/berlaku")) {
            assertThat(cukir.at(path).asLong())
                    .as("Cukir's demo data gives %s", path)
                    .isPositive();
        }
        assertThat(cukir.at("/apbdes/pendapatan").asLong())
                .isEqualTo(perencanaan
                        .apbdesTerbit("3517082007", tahun())
                        .orElseThrow()
                        .pendapatan());
    }

    @Test
    void a_new_log_entry_shows_at_once_on_every_level() throws Exception {
        long desa =
                dasbor("pld.diwek1", "3517082002").at("/pendampingan/kegiatan").asLong();
        long kec = dasbor("pd.diwek", "351708").at("/pendampingan/kegiatan").asLong();
        String body = "{\"tanggal\":\"" + LocalDate.now(WIB) + "\",\"kodeDesa\":\"3517082002\","
                + "\"metode\":\"FASILITASI\",\"ruangLingkup\":\"PEMBERDAYAAN_MASYARAKAT\","
                + "\"uraian\":\"Fasilitasi kelompok tani untuk dasbor\"}";
        var created = mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .with(user(users.loadUserByUsername("pld.diwek1")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(dasbor("pld.diwek1", "3517082002")
                        .at("/pendampingan/kegiatan")
                        .asLong())
                .isEqualTo(desa + 1);
        assertThat(dasbor("pd.diwek", "351708").at("/pendampingan/kegiatan").asLong())
                .isEqualTo(kec + 1);
    }

    @Test
    void a_region_outside_the_scope_is_not_found_and_the_country_needs_national_scope() throws Exception {
        assertThat(call("pld.diwek1", "/api/v1/dasbor/351708").getStatus()).isEqualTo(404);
        assertThat(call("pld.diwek1", "/api/v1/dasbor/3517082007").getStatus()).isEqualTo(404);
        assertThat(call("pld.diwek1", "/api/v1/dasbor/3517082001").getStatus()).isEqualTo(200);
        assertThat(call("pd.diwek", "/api/v1/dasbor/3517").getStatus()).isEqualTo(404);
        assertThat(call("pd.diwek", "/api/v1/dasbor/9999").getStatus()).isEqualTo(404);
        assertThat(call("admin.jatim", "/api/v1/dasbor/nasional").getStatus()).isEqualTo(404);
        assertThat(call("pd.diwek", "/api/v1/dasbor/351708?tahun=1900").getStatus())
                .isEqualTo(400);
        MockHttpServletResponse outside = call("pd.diwek", "/api/v1/dasbor/3201");
        assertThat(outside.getContentAsString(StandardCharsets.UTF_8)).contains("di luar wilayah tugas");
        JsonNode nation = dasbor("admin", "nasional");
        assertThat(nation.get("kode").asString()).isEqualTo("nasional");
        assertThat(nation.get("tingkat").asString()).isEqualTo("NASIONAL");
        assertThat(nation.get("anak").size()).isEqualTo(38);
        long jatim = 0;
        for (JsonNode p : nation.get("anak")) {
            if (p.get("kode").asString().equals("35")) {
                jatim = p.at("/pendampingan/kegiatan").asLong();
            }
        }
        assertThat(nation.at("/pendampingan/kegiatan").asLong())
                .isGreaterThanOrEqualTo(jatim)
                .isPositive();
        assertThat(nation.get("jumlahDesa").asLong())
                .isEqualTo(count(
                        "SELECT COUNT(*) FROM wilayah WHERE tingkat = 'DESA' AND jenis IN ('DESA', 'DESA_ADAT')",
                        Map.of()));
    }

    @Test
    void a_pld_sees_the_villages_of_the_scope_side_by_side() throws Exception {
        MockHttpServletResponse start = call("pld.diwek1", "/dasbor");
        assertThat(start.getRedirectedUrl()).isEqualTo("/dasbor/lingkup");
        MockHttpServletResponse page = call("pld.diwek1", "/dasbor/lingkup");
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-kode=\"3517082001\"", "data-kode=\"3517082003\"");
        assertThat(html).doesNotContain("data-kode=\"3517082007\"");
        assertThat(call("pd.diwek", "/dasbor").getRedirectedUrl()).isEqualTo("/dasbor/351708");
    }

    @Test
    void the_meetings_behind_a_kecamatan_figure_are_listed_for_that_kecamatan() throws Exception {
        MockHttpServletResponse list = call("pd.diwek", "/musyawarah?desa=35.17.08");
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString(StandardCharsets.UTF_8)).contains("Diwek", "Cukir");
        assertThat(call("pld.diwek1", "/musyawarah?desa=351708").getStatus()).isEqualTo(404);
        assertThat(call("pd.diwek", "/musyawarah?desa=3517").getStatus()).isEqualTo(404);
    }

    @Test
    void the_table_exports_as_csv_and_excel_and_the_dashboard_as_pdf() throws Exception {
        JsonNode d = dasbor("pd.diwek", "351708");
        MockHttpServletResponse csv = call("pd.diwek", "/dasbor/351708.csv?tahun=" + tahun());
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getHeader("Content-Disposition")).contains("dasbor-351708-" + tahun() + ".csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv.getContentAsString(StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).hasSize(21);
        CSVRecord total = rows.getLast();
        assertThat(total.get(0)).isEqualTo("351708");
        assertThat(total.get("Jumlah desa")).isEqualTo("20");
        assertThat(total.get("Kegiatan pendampingan (final)"))
                .isEqualTo(d.at("/pendampingan/kegiatan").asString());
        assertThat(total.get("Pengaduan masuk"))
                .isEqualTo(d.at("/pengaduan/total").asString());

        MockHttpServletResponse xlsx = call("pd.diwek", "/dasbor/351708.xlsx?tahun=" + tahun());
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(21);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Kegiatan pendampingan (final)");
            assertThat((long) sheet.getRow(21).getCell(4).getNumericCellValue())
                    .isEqualTo(d.at("/pendampingan/kegiatan").asLong());
        }

        MockHttpServletResponse pdf = call("pd.diwek", "/dasbor/351708.pdf?tahun=" + tahun());
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Dasbor Diwek " + tahun(), "Pendampingan", "Pengaduan", "Cukir", "Kayangan");
        }
        assertThat(call("pld.diwek1", "/dasbor/351708.csv").getStatus()).isEqualTo(404);
    }
}
