package id.pandudesa.regulasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administration books of Permendagri 47/2016 are printed from what the modules hold: every
 * row is a module record and every module record of the year is a row; PDF and Excel in the
 * village's words (a gampong, a nagari, a desa); only for readers in scope.
 */
@PanduIntegrationTest
@Tag("db")
class BukuAdministrasiIT {

    static final String CUKIR = "3517082007";

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    /** The rows under the column numbers, each cell as text (numbers as whole numbers). */
    private List<List<String>> excel(String kode, String buku, int tahun, String user) throws Exception {
        byte[] bytes = mvc.perform(
                        halaman.as(get("/regulasi/" + kode + "/buku-" + buku + ".xlsx?tahun=" + tahun), user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            boolean body = false;
            for (Row row : wb.getSheetAt(0)) {
                Cell first = row.getCell(0);
                if (!body) {
                    body = first != null
                            && first.getCellType() == CellType.STRING
                            && first.getStringCellValue().startsWith("N");
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell c = row.getCell(i);
                    cells.add(
                            c == null
                                    ? ""
                                    : c.getCellType() == CellType.NUMERIC
                                            ? Long.toString((long) c.getNumericCellValue())
                                            : c.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private String pdf(String kode, String buku, int tahun, String user) throws Exception {
        byte[] bytes = mvc.perform(halaman.as(get("/regulasi/" + kode + "/buku-" + buku + ".pdf?tahun=" + tahun), user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static List<String> kolom(List<List<String>> rows, int i) {
        return rows.stream().map(r -> r.get(i)).toList();
    }

    @Test
    void the_development_books_are_the_projects_of_the_year() throws Exception {
        int tahun = jdbc.sql("SELECT MAX(tahun) FROM proyek WHERE kode_desa = :d")
                .param("d", CUKIR)
                .query(Integer.class)
                .single();
        List<List<String>> kegiatan = excel(CUKIR, "kegiatan-pembangunan", tahun, "pemdes.cukir");
        List<String> names = jdbc.sql("SELECT nama FROM proyek WHERE kode_desa = :d AND tahun = :t ORDER BY id")
                .param("d", CUKIR)
                .param("t", tahun)
                .query(String.class)
                .list();
        assertThat(names).isNotEmpty();
        assertThat(kolom(kegiatan, 1)).isEqualTo(names);
        long budget = jdbc.sql("SELECT SUM(anggaran) FROM proyek WHERE kode_desa = :d AND tahun = :t")
                .param("d", CUKIR)
                .param("t", tahun)
                .query(Long.class)
                .single();
        long swadaya = jdbc.sql(
                        "SELECT COALESCE(SUM(s.nilai), 0) FROM proyek_swadaya s JOIN proyek p ON p.id = s.proyek_id"
                                + " WHERE p.kode_desa = :d AND p.tahun = :t")
                .param("d", CUKIR)
                .param("t", tahun)
                .query(Long.class)
                .single();
        assertThat(kegiatan.stream().mapToLong(r -> Long.parseLong(r.get(7))).sum())
                .isEqualTo(budget + swadaya);
        assertThat(kegiatan.stream().mapToLong(r -> Long.parseLong(r.get(6))).sum())
                .isEqualTo(swadaya);
        assertThat(kegiatan).allSatisfy(r -> assertThat(r.get(9) + r.get(10)).isEqualTo("V"));

        // A project handed over this year is in the inventory, at its LPJ's cost.
        long proyek = jdbc.sql("SELECT MIN(id) FROM proyek WHERE kode_desa = :d AND tahun = :t")
                .param("d", CUKIR)
                .param("t", tahun)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE proyek SET serah_terima_tanggal = COALESCE(serah_terima_tanggal, :s),"
                        + " nomor_aset = COALESCE(nomor_aset, 'AST-UJI-1') WHERE id = :id")
                .param("s", java.time.LocalDate.of(tahun, 11, 30))
                .param("id", proyek)
                .update();
        List<List<String>> hasil = excel(CUKIR, "hasil-pembangunan", tahun, "pemdes.cukir");
        List<String> handed = jdbc.sql("SELECT nama FROM proyek WHERE kode_desa = :d AND serah_terima_tanggal"
                        + " BETWEEN :a AND :b ORDER BY serah_terima_tanggal, id")
                .param("d", CUKIR)
                .param("a", java.time.LocalDate.of(tahun, 1, 1))
                .param("b", java.time.LocalDate.of(tahun, 12, 31))
                .query(String.class)
                .list();
        assertThat(kolom(hasil, 1)).isEqualTo(handed).isNotEmpty();
        assertThat(pdf(CUKIR, "hasil-pembangunan", tahun, "pd.diwek"))
                .contains(
                        "PEMERINTAH DESA CUKIR",
                        "BUKU INVENTARIS HASIL-HASIL PEMBANGUNAN TAHUN " + tahun,
                        "Kepala Desa");
    }

    @Test
    void the_cadre_and_institution_books_are_the_capacity_records() throws Exception {
        int tahun = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();
        List<List<String>> kader = excel(CUKIR, "kader", tahun, "pld.diwek2");
        List<String> names = jdbc.sql("SELECT nama FROM kader WHERE kode_desa = :d AND mulai <= :b"
                        + " AND (selesai IS NULL OR selesai >= :a) ORDER BY mulai, id")
                .param("d", CUKIR)
                .param("a", java.time.LocalDate.of(tahun, 1, 1))
                .param("b", java.time.LocalDate.of(tahun, 12, 31))
                .query(String.class)
                .list();
        assertThat(names).isNotEmpty();
        assertThat(kolom(kader, 1)).isEqualTo(names);
        assertThat(kolom(kader, 3)).allMatch(s -> s.equals("Laki-laki") || s.equals("Perempuan"));

        List<List<String>> lembaga = excel(CUKIR, "lembaga", tahun, "pld.diwek2");
        List<String> institutions = jdbc.sql("SELECT nama FROM lembaga WHERE kode_wilayah = :d"
                        + " AND (dibentuk IS NULL OR dibentuk <= :b) ORDER BY jenis, nama, id")
                .param("d", CUKIR)
                .param("b", java.time.LocalDate.of(tahun, 12, 31))
                .query(String.class)
                .list();
        assertThat(kolom(lembaga, 1)).isEqualTo(institutions);
        long members = jdbc.sql("SELECT COUNT(*) FROM lembaga_anggota a JOIN lembaga l ON l.id = a.lembaga_id"
                        + " WHERE l.kode_wilayah = :d AND a.aktif AND (l.dibentuk IS NULL OR l.dibentuk <= :b)")
                .param("d", CUKIR)
                .param("b", java.time.LocalDate.of(tahun, 12, 31))
                .query(Long.class)
                .single();
        assertThat(lembaga.stream()
                        .mapToLong(r -> Long.parseLong(r.get(5)) + Long.parseLong(r.get(6)))
                        .sum())
                .isEqualTo(members);
        assertThat(halaman.html(get("/regulasi/" + CUKIR + "/buku"), "pld.diwek2"))
                .contains(
                        "Buku Peraturan di Desa",
                        "Buku Keputusan Kepala Desa",
                        "Buku Kegiatan Pembangunan",
                        "Buku Inventaris Hasil-hasil Pembangunan",
                        "Buku Kader Pemberdayaan Masyarakat",
                        "Buku Lembaga Kemasyarakatan");
    }

    @Test
    void a_gampong_and_a_nagari_print_their_books_in_their_own_words_and_scope_holds() throws Exception {
        int tahun = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();
        assertThat(pdf("1106012002", "peraturan", tahun, "admin"))
                .contains(
                        "PEMERINTAH GAMPONG JANTANG",
                        "BUKU PERATURAN DI GAMPONG TAHUN " + tahun,
                        "Qanun Gampong",
                        "diundangkan dalam Lembaran Gampong",
                        "Keuchik",
                        "Sekretaris Gampong")
                .doesNotContain("DESA");
        assertThat(halaman.html(get("/regulasi/1106012002/buku"), "admin")).contains("Buku Keputusan Keuchik");
        assertThat(pdf("1306012001", "keputusan", tahun, "admin"))
                .contains("PEMERINTAH NAGARI", "BUKU KEPUTUSAN WALI NAGARI", "Sekretaris Nagari");

        halaman.kirim(get("/regulasi/" + CUKIR + "/buku-kader.pdf"), "pld.diwek1")
                .andExpect(status().isNotFound());
        halaman.kirim(get("/regulasi/" + CUKIR + "/buku-kader.xlsx?tahun=1990"), "pemdes.cukir")
                .andExpect(status().isNotFound());
        halaman.kirim(get("/regulasi/" + CUKIR + "/buku-apa.xlsx"), "pemdes.cukir")
                .andExpect(status().isNotFound());
        mvc.perform(get("/regulasi/" + CUKIR + "/buku-kader.pdf")).andExpect(status().is3xxRedirection());
    }
}
