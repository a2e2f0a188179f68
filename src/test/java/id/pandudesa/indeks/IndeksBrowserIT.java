package id.pandudesa.indeks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.pandudesa.indeks.internal.IdmTestData;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The IDM in the browser: a KPMD's answers scored as they are typed on a phone, the what-if of a
 * facilitator, and an official file imported by an admin with its progress.
 */
@PanduIntegrationTest
class IndeksBrowserIT extends BrowserSupport {

    static final int THIS_YEAR = Year.now(ZoneId.of("Asia/Jakarta")).getValue();

    @Test
    void a_kpmd_sees_each_answer_scored_as_it_is_typed_and_keeps_the_draft() {
        Page kpmd = phone();
        login(kpmd, "kpmd.cukir", "pandu-demo");
        // The IDM questionnaire: data years up to 2023 (this year's is the Indeks Desa's).
        kpmd.navigate("/indeks/kuesioner/3517082007/2023");
        assertThat(kpmd.locator("#status-kuesioner")).hasText("Belum diisi");
        kpmd.fill("#s01-waktu_sarkes", "150");
        kpmd.locator("#s01-waktu_sarkes").dispatchEvent("change");
        assertThat(kpmd.locator("#skor-s01")).hasText("skor 1");
        assertThat(kpmd.locator("#aturan-s01")).containsText("120");
        kpmd.fill("#s01-waktu_sarkes", "20");
        kpmd.locator("#s01-waktu_sarkes").dispatchEvent("change");
        assertThat(kpmd.locator("#skor-s01")).hasText("skor 5");
        screenshot(kpmd, "kpmd-kuesioner-360");
        kpmd.click("button[name=aksi][value=simpan]");
        assertThat(kpmd.locator(".kotak-pesan")).containsText("tersimpan");
        assertThat(kpmd.locator("#s01-waktu_sarkes")).hasValue("20");
    }

    @Test
    void a_facilitator_tries_higher_scores_and_sees_the_status_change_without_storing_it() {
        Page pd = page(1024, 800);
        login(pd, "pd.diwek", "pandu-demo");
        pd.navigate("/indeks/desa/3517082020");
        String before = pd.locator("#nilai-idm").textContent();
        // The IDM measures data years up to 2023: the demo's last IDM year.
        pd.navigate("/indeks/desa/3517082020/" + Math.min(THIS_YEAR - 1, 2023) + "/simulasi");
        for (int i = 1; i <= 50; i++) {
            String id = String.format("#s%02d", i);
            pd.selectOption(id, pd.locator(id + " option").last().getAttribute("value"));
        }
        assertThat(pd.locator("#hasil-simulasi")).containsText("1.0000");
        assertThat(pd.locator("#hasil-simulasi")).containsText("Mandiri");
        screenshot(pd, "pd-simulasi-1024");
        pd.navigate("/indeks/desa/3517082020");
        assertThat(pd.locator("#nilai-idm")).hasText(before);
    }

    @Test
    void an_admin_imports_an_official_file_and_follows_its_progress() throws Exception {
        Path file = Files.createTempFile("idm-", ".csv");
        Files.writeString(
                file,
                "kode_desa,tahun," + String.join(",", IdmTestData.kolom()) + "\n"
                        + IdmTestData.baris("3517022001", 2017, 4) + "\n"
                        + IdmTestData.baris("3517022002", 2017, 2) + "\n",
                StandardCharsets.UTF_8);
        Page admin = page(1024, 800);
        login(admin, "admin.jatim", "pandu-demo");
        admin.navigate("/indeks/impor");
        admin.setInputFiles("#berkas", file);
        admin.click("#unggah-impor");
        assertThat(admin.locator("#status-impor")).hasText("selesai");
        assertThat(admin.locator("#kemajuan-impor")).containsText("2 baris disimpan");
        screenshot(admin, "admin-impor-1024");
        admin.navigate("/indeks/desa/3517022001?tahun=2017");
        assertThat(admin.locator("#status-idm")).isVisible();
        Files.delete(file);
    }
}
