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
        // Nothing wider than the phone: the page does not scroll sideways.
        Object overflow = warga.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .isLessThanOrEqualTo(0);
        screenshot(warga, "papan-warga-360");
        warga.navigate("/desa/3517082007/poster.png");
        screenshot(warga, "papan-poster-png");
    }
}
