package id.pandudesa.kapasitas;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PD plans a training on a phone, adds cadres, records attendance and scores, issues the
 * certificates; the certified cadre's competency shows on the kecamatan's capacity map.
 */
@PanduIntegrationTest
class KapasitasBrowserIT extends BrowserSupport {

    @Test
    void a_training_recorded_on_a_phone_certifies_a_cadre_and_the_capacity_map_updates() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        Page pd = phone();
        login(pd, "pd.diwek", "pandu-demo");
        pd.navigate("/kapasitas/peta/351708");
        int col = kolom(pd, "EKONOMI");
        assertThat(pd.locator("#peta-3517082001 td").nth(col)).hasText("–");

        pd.navigate("/kapasitas/pelatihan");
        pd.click("#rencana-pelatihan summary");
        pd.fill("#judul", "Pelatihan BUMDes untuk kader uji peramban");
        pd.fill("#penyelenggara", "P3MD Kecamatan Diwek");
        pd.fill("#tempat", "Balai Desa Kayangan");
        pd.fill("#mulai", today.minusDays(3).toString());
        pd.fill("#selesai", today.minusDays(2).toString());
        pd.check("input[name=kompetensi][value=EKONOMI]");
        screenshot(pd, "kapasitas-rencana-360");
        pd.click("#simpan-pelatihan");
        assertThat(pd.locator(".kotak-pesan")).containsText("Pelatihan tercatat");

        pd.selectOption("#kaderId", new SelectOption().setLabel(label(pd, "Sri Wahyuni")));
        pd.click("#tambah-kader-peserta");
        assertThat(pd.locator(".kotak-pesan")).containsText("Peserta ditambahkan");
        pd.click("#tambah-peserta summary");
        pd.selectOption("#kaderId", new SelectOption().setLabel(label(pd, "Mulyono")));
        pd.click("#tambah-kader-peserta");
        assertThat(pd.locator("#tabel-peserta tbody tr")).hasCount(2);

        // Sri Wahyuni both days and 84; Mulyono the first day only.
        var rows = pd.locator("#tabel-peserta tbody tr");
        var sri = rows.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sri Wahyuni"));
        var mul = rows.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Mulyono"));
        sri.locator("input[type=checkbox]").nth(0).check();
        sri.locator("input[type=checkbox]").nth(1).check();
        sri.locator("input.nilai").nth(0).fill("52");
        sri.locator("input.nilai").nth(1).fill("84");
        mul.locator("input[type=checkbox]").nth(0).check();
        mul.locator("input.nilai").nth(1).fill("90");
        screenshot(pd, "kapasitas-kehadiran-360");
        // The phone's keyboard closes (the score field loses focus) before the tap on Save.
        pd.locator("#form-kehadiran h2").click();
        pd.click("#simpan-kehadiran");
        assertThat(pd.locator(".kotak-pesan")).containsText("Kehadiran dan nilai tersimpan");
        assertThat(pd.locator("#ringkas-pelatihan")).containsText("1 memenuhi syarat sertifikat");
        pd.click("#terbitkan-sertifikat");
        assertThat(pd.locator(".kotak-pesan")).containsText("1 sertifikat diterbitkan");
        String href = sri.locator("a").getAttribute("href");
        assertThat(mul.locator("a")).hasCount(0);
        assertThat(pd.locator("#terbitkan-sertifikat")).hasCount(0);
        var pdf = pd.request().get(href);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
                .isEqualTo("application/pdf");
        screenshot(pd, "kapasitas-pelatihan-360");

        pd.navigate("/kapasitas/peta/351708");
        assertThat(pd.locator("#peta-3517082001 td").nth(col)).hasText("1");
        assertThat(pd.locator("figure.grafik svg")).isVisible();
        screenshot(pd, "kapasitas-peta-360");

        // The Forum KPMD of the kecamatan: its members and the minutes of its last meeting.
        pd.navigate("/kapasitas/lembaga/351708");
        pd.locator("#daftar-lembaga a", new Page.LocatorOptions().setHasText("Forum KPMD Kecamatan Diwek"))
                .click();
        assertThat(pd.locator("#anggota")).containsText("Siti Aminah");
        assertThat(pd.locator("#kegiatan")).containsText("Jadwal pendataan IDM");
        screenshot(pd, "kapasitas-forum-kpmd-360");
        pd.navigate("/kapasitas/lembaga/3517082007");
        assertThat(pd.locator("#fasilitas")).containsText("Balai Desa Cukir");
        screenshot(pd, "kapasitas-lembaga-desa-360");
    }

    private static int kolom(Page page, String kode) {
        List<String> headers = page.locator("#tabel-peta thead th").allTextContents();
        return headers.indexOf(kode);
    }

    private static String label(Page page, String nama) {
        return page.locator("#kaderId option").allTextContents().stream()
                .filter(t -> t.startsWith(nama))
                .findFirst()
                .orElseThrow();
    }
}
