package id.pandudesa.dasbor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The kecamatan facilitator on a phone: opens the dashboard, compares the villages by another
 * figure, opens the map, drills down to a village and from a figure to the list behind it.
 */
@PanduIntegrationTest
class DasborBrowserIT extends BrowserSupport {

    @Test
    void a_pd_compares_villages_opens_the_map_and_drills_down_to_the_list_behind_a_figure() {
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        Page pd = phone();
        login(pd, "pd.diwek", "pandu-demo");
        pd.navigate(url("/dasbor"));
        assertThat(pd.locator("#judul-dasbor")).hasText("Dasbor Diwek " + year);
        assertThat(pd.locator("#jumlah-desa")).hasText("20 desa");
        assertThat(pd.locator("#tabel-dasbor tbody tr")).hasCount(20);
        assertThat(pd.locator("#kartu-pengaduan")).containsText("Pengaduan masuk");
        assertThat(pd.locator("#kartu-idm")).containsText("Desa menurut status IDM");
        screenshot(pd, "dasbor-kecamatan-360");

        pd.selectOption("#d-peta", "idm.rataIdm");
        pd.locator("form.kartu button[type=submit]").click();
        pd.waitForURL(u -> u.contains("peta=idm.rataIdm"));
        assertThat(pd.locator("#perbandingan figcaption").first()).hasText("Rata-rata nilai IDM");

        pd.locator("#peta summary").click();
        assertThat(pd.locator("#peta-kanvas .leaflet-interactive").first()).isVisible();
        assertThat(pd.locator("#peta-kanvas")).hasAttribute("data-digambar", "1");
        screenshot(pd, "dasbor-peta-360");

        pd.locator("#kartu-musyawarah h3 a").click();
        pd.waitForURL(u -> u.contains("/musyawarah?desa=351708"));
        assertThat(pd.locator("h1")).hasText("Musyawarah · Diwek");
        screenshot(pd, "dasbor-ke-musyawarah-360");
        pd.goBack();

        pd.locator("#tabel-dasbor a", new Page.LocatorOptions().setHasText("Cukir"))
                .click();
        assertThat(pd.locator("#judul-dasbor")).hasText("Dasbor Cukir " + year);
        assertThat(pd.locator(".remah")).containsText("Diwek");
        assertThat(pd.locator("#kartu-apbdes")).containsText("Pendapatan");
        screenshot(pd, "dasbor-desa-360");
        pd.locator("#kartu-pengaduan dd a").first().click();
        pd.waitForURL(u -> u.contains("/pengaduan/kelola?desa=3517082007"));
        assertThat(pd.locator("h1")).isVisible();

        Page wide = page(1280, 900);
        login(wide, "ta.jombang", "pandu-demo");
        wide.navigate(url("/dasbor"));
        assertThat(wide.locator("#judul-dasbor")).containsText("Jombang");
        assertThat(wide.locator("#tabel-dasbor tbody tr")).hasCount(21);
        screenshot(wide, "dasbor-kabupaten-1280");
        var download =
                wide.waitForDownload(() -> wide.locator("#ekspor a", new Page.LocatorOptions().setHasText("Excel"))
                        .click());
        assertThat(download.suggestedFilename()).isEqualTo("dasbor-3517-" + year + ".xlsx");
    }
}
