package id.pandudesa.platform.privasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The privacy pages on a phone: the complaint form's notice opens under the identity fields; the
 * admin's record of processing and access log fit the 360 px screen (wide tables scroll in their box).
 */
@PanduIntegrationTest
class PrivasiBrowserIT extends BrowserSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    int lebar(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void the_notice_and_the_admin_pages_on_a_phone() {
        Page warga = phone();
        warga.navigate(url("/pengaduan?desa=3517082007"));
        warga.locator("#privasi-pengaduan summary").click();
        assertThat(warga.locator("#privasi-pengaduan").textContent()).contains("2 tahun setelah pengaduan selesai");
        warga.locator("#privasi-pengaduan").scrollIntoViewIfNeeded();
        screenshotLayar(warga, "privasi-pengaduan");
        assertThat(lebar(warga)).isLessThanOrEqualTo(360);
        warga.context().close();

        Page admin = phone();
        login(admin, "admin", "admin-test-123");
        admin.navigate(url("/admin/privasi"));
        assertThat(admin.locator("#tabel-privasi tbody tr").count()).isGreaterThan(20);
        assertThat(lebar(admin)).isLessThanOrEqualTo(360);
        screenshot(admin, "privasi-catatan");
        admin.locator("#ke-log-akses").click();
        admin.waitForURL(u -> u.contains("/admin/privasi/akses"));
        assertThat(lebar(admin)).isLessThanOrEqualTo(360);
        screenshot(admin, "privasi-akses");

        String kader = jdbc.sql("SELECT MIN(nama) FROM kader WHERE kode_desa = '3517082007'")
                .query(String.class)
                .single();
        admin.navigate(url("/admin/privasi/subjek"));
        admin.locator("#pemohon").fill(kader);
        admin.locator("#nama").fill(kader);
        admin.locator("#buka-subjek").click();
        admin.waitForURL(u -> u.matches(".*/admin/privasi/subjek/\\d+$"));
        assertThat(admin.locator("#daftar-temuan > li").count()).isPositive();
        assertThat(lebar(admin)).isLessThanOrEqualTo(360);
        screenshot(admin, "privasi-subjek");
        admin.context().close();
    }
}
