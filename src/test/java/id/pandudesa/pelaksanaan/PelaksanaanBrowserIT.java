package id.pandudesa.pelaksanaan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.TestImages;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The TPK (through the village government's account) reports the drainage channel's progress
 * with a photo on a phone; a citizen opens the village board and sees the new progress and photo.
 */
@PanduIntegrationTest
class PelaksanaanBrowserIT extends BrowserSupport {

    @Test
    void progress_posted_on_a_phone_shows_on_the_public_board() {
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        Page tpk = phone();
        login(tpk, "pemdes.cukir", "pandu-demo");
        tpk.navigate("/pelaksanaan");
        assertThat(tpk).hasURL(java.util.regex.Pattern.compile(".*/pelaksanaan/3517082007/" + year));
        assertThat(tpk.locator("#tabel-dana-desa")).isVisible();
        screenshot(tpk, "pelaksanaan-daftar-360");
        tpk.locator("a", new Page.LocatorOptions().setHasText("Saluran drainase Dusun Tebuireng"))
                .first()
                .click();
        tpk.fill("#fisik", "120");
        tpk.fill("#realisasi", "150.000.000");
        tpk.click("#kirim-laporan");
        assertThat(tpk.locator(".daftar-masalah")).containsText("tidak bisa lebih dari 100 %");
        tpk.fill("#fisik", "86");
        tpk.fill("#realisasi", "150.000.000");
        tpk.fill("#masalah", "Tinggal plesteran dan pembersihan");
        tpk.setInputFiles("#foto", new FilePayload("86persen.jpg", "image/jpeg", TestImages.jpeg(800, 600)));
        screenshot(tpk, "pelaksanaan-lapor-360");
        tpk.click("#kirim-laporan");
        assertThat(tpk.locator(".kotak-pesan")).containsText("Laporan kemajuan tercatat");
        assertThat(tpk.locator("#kemajuan")).containsText("Fisik 86 %");
        assertThat(tpk.locator("#kurva-s polyline")).hasCount(3);
        screenshot(tpk, "pelaksanaan-proyek-360");

        Page warga = phone();
        warga.navigate("/desa/3517082007");
        Locator drain = warga.locator(
                "#proyek-papan article", new Page.LocatorOptions().setHasText("Saluran drainase Dusun Tebuireng"));
        assertThat(drain).containsText("Fisik 86 %");
        assertThat(drain.locator("img")).not().hasCount(0);
        Locator road = warga.locator(
                "#proyek-papan article", new Page.LocatorOptions().setHasText("Rabat beton jalan Dusun Cukir"));
        assertThat(road).containsText("Terlambat");
        assertThat(warga.locator("#proyek-papan")).not().containsText("Suparno");
        screenshot(warga, "papan-proyek-360");
    }
}
