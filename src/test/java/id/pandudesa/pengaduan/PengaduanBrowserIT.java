package id.pandudesa.pengaduan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.TestImages;
import org.junit.jupiter.api.Test;

/**
 * A citizen files a complaint from the village board on a phone and keeps the tracking code; the
 * KPMD handles it on a phone — verification, follow-up, mediation in a musyawarah, resolution —
 * and the citizen then reads the outcome with the code, never seeing anyone's name.
 */
@PanduIntegrationTest
class PengaduanBrowserIT extends BrowserSupport {

    @Test
    void a_complaint_from_a_phone_is_mediated_by_the_kpmd_and_the_citizen_sees_the_outcome() {
        Page warga = phone();
        warga.navigate("/desa/3517082007");
        warga.click("#ajukan-pengaduan");
        assertThat(warga.locator("h1")).containsText("Pengaduan untuk Desa Cukir");
        warga.selectOption("#kategori", "PEMBANGUNAN");
        warga.fill("#uraian", "Pendek");
        warga.click("#kirim-pengaduan");
        assertThat(warga.locator(".daftar-masalah")).containsText("paling sedikit 20 huruf");
        warga.fill(
                "#uraian",
                "Talud sungai di belakang SD Cukir longsor setelah hujan deras semalam, membahayakan anak sekolah.");
        warga.fill("#nama", "Warga Peramban Uji");
        warga.fill("#kontak", "081355556666");
        warga.setInputFiles("#lampiran", new FilePayload("talud.jpg", "image/jpeg", TestImages.jpeg(800, 600)));
        screenshot(warga, "pengaduan-formulir-360");
        warga.click("#kirim-pengaduan");
        assertThat(warga.locator("#pengaduan-terkirim")).isVisible();
        String kode = warga.locator("#kode-lacak").textContent().trim();
        assertThat(warga.locator("#status-pengaduan")).hasText("Diterima");
        screenshot(warga, "pengaduan-terkirim-360");

        Page kpmd = phone();
        login(kpmd, "kpmd.cukir", "pandu-demo");
        kpmd.navigate("/pengaduan/kelola");
        kpmd.locator("#daftar-pengaduan a", new Page.LocatorOptions().setHasText(kode))
                .click();
        assertThat(kpmd.locator("#nama-pengadu")).hasText("Warga Peramban Uji");
        assertThat(kpmd.locator("#ringkas-kasus a")).not().hasCount(0);
        screenshot(kpmd, "pengaduan-kasus-360");
        kpmd.click("#langkah-VERIFIKASI summary");
        kpmd.fill("#tanggapan-VERIFIKASI", "Sudah dicek ke lokasi bersama Kadus.");
        kpmd.click("#kirim-VERIFIKASI");
        assertThat(kpmd.locator("#status-kasus")).hasText("Diverifikasi");
        kpmd.click("#langkah-TINDAK_LANJUT summary");
        kpmd.selectOption("#ditugaskan-TINDAK_LANJUT", "KPMD");
        kpmd.click("#kirim-TINDAK_LANJUT");
        assertThat(kpmd.locator("#status-kasus")).hasText("Ditindaklanjuti");
        kpmd.click("#langkah-MEDIASI summary");
        kpmd.selectOption("#musyawarah-MEDIASI", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        kpmd.fill("#tanggapan-MEDIASI", "Dibahas dalam musyawarah desa bersama sekolah dan TPK.");
        kpmd.click("#kirim-MEDIASI");
        assertThat(kpmd.locator("#status-kasus")).hasText("Mediasi");
        kpmd.click("#langkah-SELESAI summary");
        kpmd.fill(
                "#tanggapan-SELESAI",
                "Disepakati perbaikan talud lewat APBDes Perubahan; sementara dipasang pagar pengaman.");
        screenshot(kpmd, "pengaduan-selesaikan-360");
        kpmd.click("#kirim-SELESAI");
        assertThat(kpmd.locator("#status-kasus")).hasText("Selesai");
        assertThat(kpmd.locator("#riwayat-kasus")).containsText("Sudah dicek ke lokasi");

        warga.navigate("/pengaduan/lacak");
        warga.fill("#kode", kode.toLowerCase());
        warga.click("#lacak");
        assertThat(warga.locator("#status-pengaduan")).hasText("Selesai");
        assertThat(warga.locator("#tanggapan")).containsText("dipasang pagar pengaman");
        assertThat(warga.locator("#tanggapan")).containsText("Dibahas dalam musyawarah desa");
        assertThat(warga.locator("main")).not().containsText("Warga Peramban Uji");
        assertThat(warga.locator("main")).not().containsText("081355556666");
        screenshot(warga, "pengaduan-lacak-selesai-360");
    }
}
