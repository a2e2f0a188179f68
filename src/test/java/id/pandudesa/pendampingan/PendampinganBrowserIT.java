package id.pandudesa.pendampingan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The month of a PLD in Kecamatan Gudo, in the browser: a visit logged on a phone, the month
 * submitted, returned by the PD, fixed and resubmitted, approved, and the kecamatan report sent
 * to the Camat, who acknowledges it.
 */
@PanduIntegrationTest
class PendampinganBrowserIT extends BrowserSupport {

    @Autowired
    MockMvc mvc;

    private void user(String username, String role, String scope) throws Exception {
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"%s\",\"nama\":\"%s\",\"peran\":\"%s\",\"lingkup\":[\"%s\"],\"password\":\"gudo-12345\",\"wajibGantiPassword\":false}"
                                        .formatted(username, "Uji " + username, role, scope))
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isCreated());
    }

    private void logVisit(Page page, String uraian) {
        page.navigate("/pendampingan/catat");
        page.check("input[name=metode][value=FASILITASI]");
        page.selectOption("#ruangLingkup", "PEMBANGUNAN_DESA");
        page.fill("#uraian", uraian);
        page.fill("#pesertaLaki", "6");
        page.fill("#pesertaPerempuan", "9");
        page.click("button[name=aksi][value=simpan]");
        assertThat(page.locator(".kotak-pesan")).containsText("Kegiatan tercatat");
    }

    @Test
    void a_pld_month_from_phone_log_to_the_camats_acknowledgement() throws Exception {
        user("pld.gb", "PLD", "3517022003");
        user("pd.gb", "PD", "351702");
        user("camat.gb", "CAMAT", "351702");

        Page pld = phone();
        login(pld, "pld.gb", "gudo-12345");
        pld.navigate("/pendampingan/catat");
        assertThat(pld.locator("#kodeDesa")).hasValue("3517022003");
        screenshot(pld, "pld-catat-360");
        logVisit(pld, "Fasilitasi Musdus penggalian gagasan di Japanan");
        screenshot(pld, "pld-kegiatan-tersimpan-360");

        pld.navigate("/pendampingan/laporan");
        pld.click("#laporan-bulan-ini");
        assertThat(pld.locator("#jumlah-kegiatan")).hasText("1");
        pld.fill("#masalah", "Sinyal lemah di dusun timur");
        pld.click("#ajukan");
        assertThat(pld.locator("#status-laporan")).hasText("Diajukan");

        Page pd = page(1024, 800);
        login(pd, "pd.gb", "gudo-12345");
        pd.navigate("/pendampingan/laporan");
        pd.click("#menunggu-tinjauan >> text=pld.gb");
        pd.fill("#komentar", "Tambahkan kegiatan pendampingan TPK minggu ini");
        pd.click("#kembalikan");
        assertThat(pd.locator("#status-laporan")).hasText("Dikembalikan");
        screenshot(pd, "pd-laporan-dikembalikan");

        pld.navigate("/pendampingan/laporan");
        assertThat(pld.locator("main")).containsText("Dikembalikan");
        logVisit(pld, "Mengarahkan TPK menyusun jadwal pekerjaan saluran");
        pld.navigate("/pendampingan/laporan");
        pld.click("#laporan-bulan-ini");
        assertThat(pld.locator("#riwayat-laporan")).containsText("Tambahkan kegiatan pendampingan TPK");
        assertThat(pld.locator("#jumlah-kegiatan")).hasText("2");
        pld.click("#ajukan");
        assertThat(pld.locator("#status-laporan")).hasText("Diajukan");

        pd.navigate("/pendampingan/laporan");
        pd.click("#menunggu-tinjauan >> text=pld.gb");
        pd.click("#setujui");
        assertThat(pd.locator("#status-laporan")).hasText("Disetujui");
        pd.navigate("/pendampingan/laporan");
        pd.click("#laporan-kecamatan-bulan-ini");
        pd.fill("#isuCamat", "Dua desa belum menetapkan APBDes perubahan");
        pd.click("#ajukan-kecamatan");
        assertThat(pd.locator("#status-kecamatan")).hasText("Dikirim ke Camat");

        Page camat = phone();
        login(camat, "camat.gb", "gudo-12345");
        camat.navigate("/pendampingan/laporan");
        camat.click("#laporan-kecamatan-bulan-ini");
        assertThat(camat.locator("main")).containsText("Dua desa belum menetapkan APBDes perubahan");
        camat.fill("#catatan", "Dibahas pada rapat koordinasi kecamatan");
        camat.click("#ketahui");
        assertThat(camat.locator("#status-kecamatan")).containsText("Diketahui Camat");
        screenshot(camat, "camat-mengetahui-360");
        pld.context().close();
        pd.context().close();
        camat.context().close();
    }
}
