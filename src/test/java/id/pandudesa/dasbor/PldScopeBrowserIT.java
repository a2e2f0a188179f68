package id.pandudesa.dasbor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.Test;

/** A PLD on a phone sees their own villages only and cannot open another village's admin data. */
@PanduIntegrationTest
class PldScopeBrowserIT extends BrowserSupport {

    @Test
    void a_pld_on_a_phone_sees_exactly_their_three_villages() {
        Page page = phone();
        login(page, "pld.diwek1", "pandu-demo");

        assertThat(page.locator("h1")).containsText("Siti Nurhaliza");
        assertThat(page.locator("#desa-saya tbody tr")).hasCount(3);
        assertThat(page.locator("#desa-saya")).containsText("Kayangan");
        assertThat(page.locator("#desa-saya")).containsText("Puton");
        assertThat(page.locator("#desa-saya")).containsText("Bendet");
        assertThat(page.locator("#desa-saya")).not().containsText("Cukir");
        int scrollWidth = (int) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        screenshot(page, "pld-beranda-360");

        page.click("#desa-saya >> text=Kayangan");
        assertThat(page.locator("h1")).containsText("Desa Kayangan");
        assertThat(page.locator("main")).containsText("Sri Wahyuni");
        screenshot(page, "pld-profil-desa-360");
        page.context().close();
    }

    @Test
    void a_pld_cannot_open_another_villages_people_or_the_admin_pages() {
        Page page = phone();
        login(page, "pld.diwek1", "pandu-demo");

        page.navigate("/wilayah/3517082007");
        assertThat(page.locator("h1")).containsText("Cukir");
        assertThat(page.locator("main")).containsText("hanya untuk pengguna yang ditugaskan");
        assertThat(page.locator("main")).not().containsText("Ahmad Hidayat");

        Response admin = page.navigate("/admin/pengguna");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Tidak diizinkan");
        assertThat(page.locator(".nav-utama")).not().containsText("Pengguna");
        screenshot(page, "pld-admin-403");

        Response api = page.navigate("/api/v1/pengguna");
        assertThat(api.status()).isEqualTo(403);
        page.context().close();
    }

    @Test
    void the_region_browser_searches_as_you_type_and_speaks_english_on_request() {
        Page page = page(1024, 768);
        login(page, "pd.diwek", "pandu-demo");

        page.navigate("/wilayah");
        page.fill("#cari", "cukir");
        assertThat(page.locator("#hasil-cari")).containsText("Cukir");
        assertThat(page.locator("#hasil-cari")).containsText("Diwek");
        screenshot(page, "wilayah-cari");

        page.click("text=English");
        assertThat(page.locator("h1")).containsText("Regions of Indonesia");
        page.navigate("/");
        assertThat(page.locator("h1")).containsText("Welcome");
        page.context().close();
    }
}
