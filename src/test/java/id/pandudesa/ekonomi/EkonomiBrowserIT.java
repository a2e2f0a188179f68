package id.pandudesa.ekonomi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The village government records its BUMDes' yearly self-assessment on a phone and sees the class;
 * the TA sees the kecamatan's ranking with its class chart.
 */
@PanduIntegrationTest
class EkonomiBrowserIT extends BrowserSupport {

    @Test
    void a_self_assessment_on_a_phone_gives_the_class_and_the_ranking_shows_it() {
        Page desa = phone();
        login(desa, "pemdes.cukir", "pandu-demo");
        desa.navigate("/ekonomi");
        desa.locator("#daftar-bumdes a", new Page.LocatorOptions().setHasText("BUMDes Cukir Makmur"))
                .click();
        assertThat(desa.locator("#tabel-tahunan tbody tr")).hasCount(3);
        for (String aspek : new String[] {
            "KELEMBAGAAN",
            "MANAJEMEN",
            "USAHA",
            "KEMITRAAN",
            "ASET_PERMODALAN",
            "ADMINISTRASI_PELAPORAN",
            "MANFAAT_DESA"
        }) {
            desa.fill("#aspek_" + aspek, "88");
        }
        screenshot(desa, "ekonomi-penilaian-360");
        desa.locator("#aspek_MANFAAT_DESA").press("Enter");
        assertThat(desa.locator(".kotak-pesan")).containsText("Tersimpan");
        assertThat(desa.locator("#kelas-terakhir")).containsText("Maju");
        assertThat(desa.locator("#kelas-terakhir"))
                .containsText("Penilaian "
                        + java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta"))
                                .getValue());
        screenshot(desa, "ekonomi-bumdes-360");

        Page ta = phone();
        login(ta, "ta.jombang", "pandu-demo");
        ta.navigate("/ekonomi/peringkat/351708");
        assertThat(ta.locator("#tabel-peringkat tbody tr").first()).containsText("BUMDes Cukir Makmur");
        assertThat(ta.locator("figure.grafik svg")).isVisible();
        assertThat(ta.locator("h1"))
                .containsText("tahun "
                        + java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta"))
                                .getValue());
        screenshot(ta, "ekonomi-peringkat-360");
    }
}
