package id.pandudesa.transparansi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.Test;

/** A citizen opens the village board on a cheap phone: no login, the budget, meetings, people. */
@PanduIntegrationTest
class PapanBrowserIT extends BrowserSupport {

    @Test
    void a_citizen_reads_the_board_on_a_phone_and_finds_the_poster() {
        Page warga = phone();
        warga.navigate("/desa/3517082007");
        assertThat(warga.locator("h1")).hasText("Papan informasi Desa Cukir");
        assertThat(warga.locator("#papan-pendapatan")).containsText("Rp 1.817.090.000");
        assertThat(warga.locator("#kegiatan-utama")).containsText("Rabat beton jalan Dusun Cukir 450 m");
        assertThat(warga.locator("#musyawarah-papan")).containsText("Musdes perencanaan RKPDes");
        assertThat(warga.locator("#petugas-papan")).containsText("Pendamping Lokal Desa");
        // What the village has received and spent so far, beside the budget, with its chart.
        assertThat(warga.locator("#realisasi-publik")).containsText("Dana Desa dibelanjakan");
        assertThat(warga.locator("#realisasi-publik svg")).isVisible();
        warga.locator("#realisasi-publik").scrollIntoViewIfNeeded();
        screenshotLayar(warga, "papan-realisasi-360");
        // Nothing wider than the phone: the page does not scroll sideways.
        Object overflow = warga.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .isLessThanOrEqualTo(0);
        screenshot(warga, "papan-warga-360");
        com.microsoft.playwright.Response png = warga.navigate("/desa/3517082007/poster.png");
        org.assertj.core.api.Assertions.assertThat(png.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(png.headerValue("content-type"))
                .startsWith("image/png");
        java.awt.image.BufferedImage poster = read(png.body());
        // A poster: portrait, large enough to print, not an empty picture.
        org.assertj.core.api.Assertions.assertThat(poster.getHeight()).isGreaterThan(poster.getWidth());
        org.assertj.core.api.Assertions.assertThat(poster.getWidth()).isGreaterThanOrEqualTo(600);
        org.assertj.core.api.Assertions.assertThat(distinctColours(poster)).isGreaterThan(3);
        screenshot(warga, "papan-poster-png");
        com.microsoft.playwright.APIResponse pdf = warga.request().get("/desa/3517082007/poster.pdf?ukuran=A3");
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
                .startsWith("application/pdf");
        org.assertj.core.api.Assertions.assertThat(pdfText(pdf.body()))
                .contains("Cukir")
                .contains("1.817.090.000");
    }

    private static java.awt.image.BufferedImage read(byte[] bytes) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long distinctColours(java.awt.image.BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static String pdfText(byte[] bytes) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
