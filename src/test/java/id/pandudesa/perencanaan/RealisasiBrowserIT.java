package id.pandudesa.perencanaan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The village government of Cukir records its first realisation point on a phone: the sheet
 * is uploaded with a date, the page shows the figures beside the budget and the absorption per
 * bidang as a chart, within 360 px.
 */
@PanduIntegrationTest
class RealisasiBrowserIT extends BrowserSupport {

    static final int TAHUN = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

    @Test
    void the_village_government_records_a_point_on_a_phone() {
        Page p = phone();
        login(p, "pemdes.cukir", "pandu-demo");
        p.navigate("/perencanaan/apbdes/3517082007/" + TAHUN + "/realisasi");
        assertThat(p.locator("h1")).containsText("Realisasi APBDes");
        p.fill("#sampai", TAHUN + "-03-31");
        String sheet = "kode_kegiatan,kode_rekening,uraian,realisasi\n"
                + ",4.2.1.01,Dana Desa tahap I,434616000\n"
                + ",4.2.3.01,ADD triwulan I,128075000\n"
                + "1.1.01,5.1.1.01,Siltap kepala desa,9900000\n"
                + "2.3.10,5.3.5.03,Rabat beton bahan,180000000\n"
                + "5.3.00,5.4.1.01,BLT Dana Desa,43200000\n";
        p.setInputFiles(
                "#berkas-realisasi",
                new FilePayload("realisasi.csv", "text/csv", sheet.getBytes(StandardCharsets.UTF_8)));
        p.click("#unggah-realisasi");
        assertThat(p.locator(".kotak-pesan")).containsText("Titik realisasi tersimpan");
        assertThat(p.locator("#realisasi-belanja")).hasText("Rp 233.100.000");
        assertThat(p.locator("#grafik-serapan svg")).isVisible();
        int width = ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertThat(width).as("page width at 360 px").isLessThanOrEqualTo(360);
        screenshotLayar(p, "realisasi-360");
        screenshot(p, "realisasi-penuh-360");
        // The semester report on the same phone.
        p.click("#buka-laporan");
        assertThat(p.locator("#tabel-laporan-realisasi")).containsText("JUMLAH BELANJA");
        screenshotLayar(p, "laporan-realisasi-360");
    }
}
