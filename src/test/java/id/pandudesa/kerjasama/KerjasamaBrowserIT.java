package id.pandudesa.kerjasama;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The PLD and the village on a phone: map a potential, record a partner village, start a
 * cooperation and walk its six steps to a signed agreement, then hold its aksi-refleksi.
 */
@PanduIntegrationTest
class KerjasamaBrowserIT extends BrowserSupport {

    private static void pilih(Page page, String select, String text) {
        String value = page.locator(select + " option", new Page.LocatorOptions().setHasText(text))
                .first()
                .getAttribute("value");
        page.selectOption(select, value);
    }

    @Test
    void a_cooperation_is_walked_from_potential_to_signed_agreement_and_reviewed() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        Page pld = phone();
        login(pld, "pld.diwek2", "pandu-demo");

        pld.navigate(url("/ekonomi/potensi/3517082007"));
        pld.locator("#catat-potensi summary").click();
        pld.selectOption("#jenis", "SDA");
        pld.fill("#nama", "Sumber air Dusun Kwaron");
        pld.click("#simpan-potensi");
        assertThat(pld.locator("#daftar-potensi")).containsText("Sumber air Dusun Kwaron");

        pld.navigate(url("/kerjasama"));
        pld.navigate(url("/kerjasama/3517082007"));
        pld.locator("#catat-mitra summary").click();
        pld.selectOption("#jenisMitra", "DESA");
        pld.fill("#kodeDesaMitra", "35.17.08.2008");
        pld.click("#simpan-mitra");
        assertThat(pld.locator(".kotak-pesan")).containsText("Mitra Kwaron tercatat");

        pld.locator("#mulai-kerjasama summary").click();
        pld.selectOption("#jenis", "ANTAR_DESA");
        pld.fill("#judul", "Air bersih bersama Cukir–Kwaron");
        pld.locator("#mulai-kerjasama label.pilihan", new Page.LocatorOptions().setHasText("Kwaron"))
                .locator("input")
                .check();
        pld.fill("#ruangLingkup", "Pipa dari sumber Kwaron melayani 120 rumah di Cukir; iuran dikelola bersama.");
        screenshot(pld, "kerjasama-mulai-360");
        pld.click("#simpan-kerjasama");
        assertThat(pld.locator("h1")).hasText("Air bersih bersama Cukir–Kwaron");
        assertThat(pld.locator("#langkah-1 .lencana")).hasText("Berikutnya");

        pilih(pld, "#bukti-1", "Sumber air Dusun Kwaron");
        pld.click("#simpan-langkah-1");
        assertThat(pld.locator("#langkah-1")).containsText("Sumber air Dusun Kwaron");
        pilih(pld, "#bukti-2", "Kwaron");
        pld.click("#simpan-langkah-2");
        pld.setInputFiles(
                "#dokumen-3",
                new FilePayload(
                        "kajian-air.pdf",
                        "application/pdf",
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        pld.fill("#catatan-3", "Kajian debit sumber bersama PDAM");
        pld.click("#simpan-langkah-3");
        assertThat(pld.locator("#langkah-3")).containsText("kajian-air.pdf");
        pld.fill("#perdes", "Perdes Cukir Nomor 5 Tahun " + today.getYear() + " tentang Kerja Sama Air Bersih");
        pilih(pld, "#bukti-4", "Musdes perencanaan RKPDes");
        pld.click("#simpan-langkah-4");
        pilih(pld, "#bukti-5", "Musyawarah Antar Desa");
        screenshot(pld, "kerjasama-langkah-360");
        pld.click("#simpan-langkah-5");
        assertThat(pld.locator("#langkah-5 .lencana")).hasText("Selesai");

        pld.fill("#nomorPerjanjian", "02/KSAD/CKR-KWR/" + today.getYear());
        pld.fill("#ditandatangani", today.toString());
        pld.fill("#mulai", today.toString());
        pld.fill("#selesai", today.plusYears(2).toString());
        pld.fill("#nilai", "80.000.000");
        pld.click("#simpan-tandatangan");
        assertThat(pld.locator("#ringkasan-perjanjian")).containsText("02/KSAD/CKR-KWR/" + today.getYear());
        assertThat(pld.locator("#ringkasan-perjanjian")).containsText("Rp 80.000.000");

        pld.locator("#catat-refleksi summary").click();
        pld.fill("#tanggalRefleksi", today.toString());
        pilih(pld, "#musyawarahRefleksi", "Aksi-refleksi");
        pld.fill("#temuan", "Pipa terpasang 60%; dua RT belum tersambung.");
        pld.fill("#tl0_uraian", "Sambung pipa RT 03 dan RT 04");
        pld.fill("#tl0_pj", "TPK Desa Cukir");
        pld.fill("#tl0_tenggat", today.plusDays(30).toString());
        pld.click("#simpan-refleksi");
        assertThat(pld.locator(".kotak-pesan")).containsText("Aksi-refleksi tercatat");
        assertThat(pld.locator("#langkah-6 .lencana")).hasText("Selesai");
        assertThat(pld.locator("#refleksi")).containsText("Sambung pipa RT 03 dan RT 04");
        screenshot(pld, "kerjasama-perjanjian-360");

        Page camat = phone();
        login(camat, "camat.diwek", "pandu-demo");
        camat.navigate(url("/kerjasama/351708"));
        assertThat(camat.locator("#daftar-perjanjian")).containsText("Air bersih bersama Cukir–Kwaron");
        assertThat(camat.locator("figure.grafik svg")).isVisible();
        screenshot(camat, "kerjasama-kecamatan-360");
        camat.navigate(url("/kerjasama/bkad/351708"));
        assertThat(camat.locator("body")).containsText("BKAD Kecamatan Diwek");
        screenshot(camat, "kerjasama-bkad-360");
    }
}
