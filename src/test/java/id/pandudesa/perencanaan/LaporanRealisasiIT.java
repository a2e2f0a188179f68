package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The realisation reports of Cukir 2016: semester I and the year as the regulation lays them out
 * (groups, totals, SiLPA), the Dana Desa report restricted to Dana Desa, and the semester's totals
 * read back from the PDF and the Excel file.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaporanRealisasiIT {

    static final String APBDES = "/api/v1/apbdes/3517082007/2016";
    static final String PAGE = "/perencanaan/apbdes/3517082007/2016/laporan";

    @Autowired
    Halaman halaman;

    @BeforeAll
    void cukir2016() throws Exception {
        halaman.kirim(
                        put(APBDES)
                                .contentType("text/csv")
                                .content("kode_kegiatan,kode_rekening,uraian,anggaran,sumber_dana\n"
                                        + ",4.2.1.01,Dana Desa,600000000,\n"
                                        + ",4.2.3.01,Alokasi Dana Desa,300000000,\n"
                                        + "1.1.01,5.1.1.01,Siltap kepala desa,36000000,ADD\n"
                                        + "2.3.10,5.3.5.02,Rabat beton,500000000,DDS\n"
                                        + "2.4.11,5.3.8.03,Sumur bor,100000000,DDS\n"
                                        + ",6.1.1.01,SILPA 2015,20000000,\n"
                                        + ",6.2.2.01,Modal BUMDes,40000000,\n"),
                        "pemdes.cukir")
                .andExpect(status().isOk());
        halaman.kirim(post(APBDES + "/tetapkan"), "pemdes.cukir").andExpect(status().isOk());
        String header = "kode_kegiatan,kode_rekening,uraian,realisasi\n";
        halaman.kirim(
                        put(APBDES + "/realisasi")
                                .param("sampai", "2016-06-30")
                                .contentType("text/csv")
                                .content(header + ",4.2.1.01,DD,360000000\n,4.2.3.01,ADD,150000000\n"
                                        + "1.1.01,5.1.1.01,Siltap,18000000\n2.3.10,5.3.5.02,Rabat,250000000\n"
                                        + ",6.1.1.01,SILPA,20000000\n"),
                        "pemdes.cukir")
                .andExpect(status().isOk());
        halaman.kirim(
                        put(APBDES + "/realisasi")
                                .param("sampai", "2016-12-31")
                                .contentType("text/csv")
                                .content(header + ",4.2.1.01,DD,600000000\n,4.2.3.01,ADD,300000000\n"
                                        + "1.1.01,5.1.1.01,Siltap,36000000\n2.3.10,5.3.5.02,Rabat,495000000\n"
                                        + "2.4.11,5.3.8.03,Sumur,100000000\n,6.1.1.01,SILPA,20000000\n"
                                        + ",6.2.2.01,Modal,40000000\n"),
                        "pemdes.cukir")
                .andExpect(status().isOk());
    }

    @Test
    void the_semester_report_lays_out_groups_totals_and_silpa() throws Exception {
        String html = halaman.html(get(PAGE), "camat.diwek");
        assertThat(html)
                .contains("Laporan Realisasi Pelaksanaan APBDes Semester Pertama Tahun Anggaran 2016")
                .contains("30-06-2016")
                .containsPattern(
                        "JUMLAH PENDAPATAN</td>\\s*<td class=\"n\">900.000.000</td>\\s*<td class=\"n\">510.000.000</td>")
                .containsPattern(
                        "JUMLAH BELANJA</td>\\s*<td class=\"n\">636.000.000</td>\\s*<td class=\"n\">268.000.000</td>")
                // 510 − 268 + (20 − 0) = 262 million.
                .containsPattern(
                        "SISA LEBIH/\\(KURANG\\) PEMBIAYAAN ANGGARAN</td>\\s*<td class=\"n\">244.000.000</td>\\s*<td class=\"n\">262.000.000</td>");
        assertThat(html)
                .contains("BIDANG PELAKSANAAN PEMBANGUNAN DESA")
                .contains("Penghasilan Tetap dan Tunjangan Kepala Desa");
    }

    @Test
    void the_year_and_the_dana_desa_reports() throws Exception {
        String year = halaman.html(get(PAGE).param("periode", "TAHUN"), "pd.diwek");
        assertThat(year)
                .containsPattern(
                        "JUMLAH BELANJA</td>\\s*<td class=\"n\">636.000.000</td>\\s*<td class=\"n\">631.000.000</td>");
        String dd = halaman.html(get(PAGE).param("periode", "TAHUN").param("dana", "DDS"), "pd.diwek");
        assertThat(dd)
                .contains("Laporan Realisasi Penggunaan Dana Desa Tahun Anggaran 2016")
                .containsPattern(
                        "JUMLAH PENDAPATAN</td>\\s*<td class=\"n\">600.000.000</td>\\s*<td class=\"n\">600.000.000</td>")
                .containsPattern(
                        "JUMLAH BELANJA</td>\\s*<td class=\"n\">600.000.000</td>\\s*<td class=\"n\">595.000.000</td>")
                .doesNotContain("Siltap")
                .doesNotContain("PEMBIAYAAN NETTO")
                .contains("SISA DANA DESA");
    }

    @Test
    void the_semester_totals_read_back_from_the_pdf_and_the_excel() throws Exception {
        byte[] pdf = halaman.kirim(get(PAGE + ".pdf"), "pemdes.cukir")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("PEMERINTAH DESA CUKIR").contains("KECAMATAN DIWEK");
        assertThat(text.replaceAll("\\s+", " "))
                .contains("JUMLAH PENDAPATAN 900.000.000 510.000.000 (390.000.000) 57%")
                .contains("JUMLAH BELANJA 636.000.000 268.000.000 (368.000.000) 42%")
                .contains("Kepala Desa Cukir");
        byte[] xlsx = halaman.kirim(get(PAGE + ".xlsx"), "pemdes.cukir")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row total = null;
            for (Row r : sheet) {
                if (r.getCell(1) != null && "JUMLAH BELANJA".equals(r.getCell(1).getStringCellValue())) {
                    total = r;
                }
            }
            assertThat(total).isNotNull();
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(636_000_000L);
            assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(268_000_000L);
        }
    }
}
