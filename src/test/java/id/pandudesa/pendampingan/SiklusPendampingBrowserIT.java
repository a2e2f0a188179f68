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
 * The facilitator's official cycle on a 360 px phone, in Kecamatan Sumobito: the PLD logs a day
 * with working hours, the PD evaluates the quarter, the village head evaluates from their landing
 * panel, the PLD reads the result (told by a notification) and answers; the Camat acknowledges the
 * kecamatan report and the kabupaten's TA receives it and opens the kabupaten compilation.
 */
@PanduIntegrationTest
class SiklusPendampingBrowserIT extends BrowserSupport {

    @Autowired
    MockMvc mvc;

    private void user(String username, String nama, String role, String... scope) throws Exception {
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"%s\",\"nama\":\"%s\",\"peran\":\"%s\",\"lingkup\":[\"%s\"],\"password\":\"sumobito-123\",\"wajibGantiPassword\":false}"
                                        .formatted(username, nama, role, String.join("\",\"", scope)))
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isCreated());
    }

    private void isiNilai(Page page, String kind, String... scores) {
        String[] fields = {"administrasi", "kepatuhan", "kemampuanFasilitasi", "keaktifan", "capaianHasil"};
        for (int i = 0; i < fields.length; i++) {
            page.fill("#" + kind + "-" + fields[i], scores[i]);
        }
        page.click("#simpan-" + kind);
        assertThat(page.locator(".kotak-pesan")).containsText("Nilai tersimpan");
    }

    @Test
    void hours_evaluation_by_coordinator_and_village_head_and_the_report_up_to_the_kabupaten() throws Exception {
        user("pld.smb", "Yuni Astuti", "PLD", "3517112002", "3517112003");
        user("pd.smb", "Joko Prasetyo", "PD", "351711");
        user("kades.smb", "Kepala Desa Jogoloyo", "PEMDES", "3517112002");
        user("camat.smb", "Camat Sumobito", "CAMAT", "351711");

        Page pld = phone();
        login(pld, "pld.smb", "sumobito-123");
        pld.navigate("/pendampingan/catat");
        pld.selectOption("#kodeDesa", "3517112002");
        pld.fill("#jamMulai", "08:00");
        pld.fill("#jamSelesai", "11:30");
        pld.check("input[name=metode][value=FASILITASI]");
        pld.selectOption("#ruangLingkup", "PEMBANGUNAN_DESA");
        pld.fill("#uraian", "Fasilitasi musyawarah dusun penggalian gagasan di Jogoloyo");
        screenshotLayar(pld, "siklus-pld-catat-jam-360");
        pld.click("button[name=aksi][value=simpan]");
        assertThat(pld.locator(".kotak-pesan")).containsText("Kegiatan tercatat");
        assertThat(pld.locator("#jam-kegiatan")).containsText("08:00–11:30");
        pld.navigate("/pendampingan/laporan");
        pld.click("#laporan-bulan-ini");
        assertThat(pld.locator("#jam-kerja")).hasText("3,5");
        assertThat(pld.locator("#lwk-pdf")).isVisible();

        Page pd = phone();
        login(pd, "pd.smb", "sumobito-123");
        pd.navigate("/");
        assertThat(pd.locator("#giliran")).containsText("evaluasi kinerja");
        pd.navigate("/evaluasi");
        pd.click("#daftar-dinilai >> text=Yuni Astuti");
        assertThat(pd.locator("#bukti")).containsText("3,5");
        isiNilai(pd, "KOORDINATOR", "80", "85", "90", "75", "88");
        screenshot(pd, "siklus-pd-evaluasi-360");

        Page kades = phone();
        login(kades, "kades.smb", "sumobito-123");
        kades.navigate("/");
        kades.click("#giliran a");
        kades.click("#daftar-dinilai >> text=Yuni Astuti");
        isiNilai(kades, "PENGGUNA_LAYANAN", "70", "70", "70", "70", "71");
        assertThat(kades.locator("#nilai-akhir")).hasText("79,58");
        screenshot(kades, "siklus-kades-evaluasi-360");

        pld.navigate("/");
        assertThat(pld.locator("#pemberitahuan-baru")).hasText("2");
        pld.click("#pemberitahuan");
        pld.click("#daftar-pemberitahuan li:first-child a");
        assertThat(pld.locator("#nilai-akhir")).hasText("79,58");
        pld.fill("#isi-tanggapan", "Terima kasih, saya akan menambah kunjungan ke Palrejo.");
        pld.click("#kirim-tanggapan");
        assertThat(pld.locator("#tanggapan")).containsText("menambah kunjungan ke Palrejo");
        screenshot(pld, "siklus-pld-hasil-evaluasi-360");

        pd.navigate("/pendampingan/laporan");
        pd.click("#laporan-kecamatan-bulan-ini");
        pd.fill("#isuCamat", "Satu desa belum menetapkan APBDes perubahan");
        pd.click("#ajukan-kecamatan");
        assertThat(pd.locator("#status-kecamatan")).hasText("Dikirim ke Camat");

        Page camat = phone();
        login(camat, "camat.smb", "sumobito-123");
        camat.navigate("/");
        assertThat(camat.locator("#giliran")).containsText("menunggu Anda ketahui");
        camat.navigate("/pendampingan/laporan");
        camat.click("#laporan-kecamatan-bulan-ini");
        camat.click("#ketahui");
        assertThat(camat.locator("#status-kecamatan")).containsText("Diketahui Camat");

        Page ta = phone();
        login(ta, "ta.jombang", "pandu-demo");
        ta.navigate("/");
        assertThat(ta.locator("#giliran")).containsText("menunggu diterima kabupaten");
        ta.navigate("/pendampingan/laporan-kecamatan/351711/"
                + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")));
        ta.click("#terima");
        assertThat(ta.locator("#status-kecamatan")).hasText("Diterima kabupaten");
        assertThat(ta.locator("#diterima-kabupaten")).containsText("ta.jombang");
        ta.click("text=Rekap kabupaten");
        assertThat(ta.locator("#rekap-kecamatan")).containsText("Sumobito");
        assertThat(ta.locator("#rekap-kecamatan tr:has-text('Sumobito')")).containsText("Diterima kabupaten");
        screenshot(ta, "siklus-ta-rekap-kabupaten-360");
        for (Page p : new Page[] {pld, pd, kades, camat, ta}) {
            p.context().close();
        }
    }
}
