package id.pandudesa.ekonomi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On a 360 px phone, Cukir's KPMD records a small business and its product with a photo; a citizen
 * finds the product on the village board and in the catalogue, whose first load stays under 150 KB
 * and shows nothing of the owner; the KPMD then runs a training for the village with a cadre as
 * trainer and issues the certificates.
 */
@PanduIntegrationTest
class EkonomiDesaBrowserIT extends BrowserSupport {

    static final long BUDGET = 150 * 1024;
    static final Set<String> PAGE_LOAD = Set.of("document", "stylesheet", "script", "image", "font");

    @Test
    void a_kpmd_records_a_business_and_its_product_then_runs_a_village_training() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        Page kpmd = phone();
        login(kpmd, "kpmd.cukir", "pandu-demo");
        kpmd.navigate("/ekonomi/umkm/3517082007");
        kpmd.click("#catat-umkm summary");
        kpmd.fill("#nama", "Sambal Pecel Bu Yati");
        kpmd.fill("#pemilik", "Suyati");
        kpmd.check("input[name=pemilikJk][value=P]");
        kpmd.check("input[name=rumahTanggaMiskin]");
        kpmd.selectOption("#sektor", "KULINER");
        kpmd.fill("#produk", "Sambal pecel kacang");
        kpmd.fill("#pekerjaPerempuan", "2");
        kpmd.selectOption("#omzet", "SAMPAI_5JT");
        kpmd.check("input[name=dukungan][value=PELATIHAN]");
        screenshot(kpmd, "umkm-catat-360");
        kpmd.click("#simpan-umkm");
        assertThat(kpmd.locator("#daftar-umkm")).containsText("Sambal Pecel Bu Yati");

        kpmd.navigate("/ekonomi/produk/3517082007");
        kpmd.click("#catat-produk summary");
        kpmd.fill("#nama", "Sambal pecel Cukir");
        kpmd.fill("#uraian", "Kacang tanah sangrai, gula merah dan daun jeruk; tahan dua bulan.");
        kpmd.fill("#hargaMin", "12000");
        kpmd.fill("#hargaMaks", "20000");
        kpmd.fill("#satuan", "toples 250 g");
        kpmd.fill("#whatsapp", "0812-3456-7201");
        kpmd.locator("label.pilihan")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sambal Pecel Bu Yati"))
                .locator("input")
                .check();
        kpmd.setInputFiles("#foto", new FilePayload("sambal.jpg", "image/jpeg", UmkmIT.jpeg(1600, 1200)));
        kpmd.check("input[name=publik]");
        kpmd.click("#simpan-produk");
        assertThat(kpmd.locator("#daftar-produk")).containsText("Sambal pecel Cukir");

        Page warga = phone();
        warga.navigate("/desa/3517082007");
        assertThat(warga.locator("#papan-produk")).containsText("Sambal pecel Cukir");
        CDPSession cdp = warga.context().newCDPSession(warga);
        JsonObject off = new JsonObject();
        off.addProperty("cacheDisabled", true);
        cdp.send("Network.enable");
        cdp.send("Network.setCacheDisabled", off);
        List<Response> responses = new ArrayList<>();
        warga.onResponse(responses::add);
        warga.navigate("/desa/3517082007/produk");
        warga.waitForLoadState(LoadState.NETWORKIDLE);
        warga.locator("#katalog-produk img").last().scrollIntoViewIfNeeded();
        warga.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(warga.locator("#katalog-produk")).containsText("Sambal pecel Cukir");
        assertThat(warga.locator("a[href^='https://wa.me/6281234567201']")).hasCount(1);
        String html = warga.content();
        org.assertj.core.api.Assertions.assertThat(html).doesNotContain("Suyati", "Sambal Pecel Bu Yati");
        long bytes = 0;
        for (Response r : responses) {
            if (PAGE_LOAD.contains(r.request().resourceType())) {
                bytes += r.request().sizes().responseBodySize + r.request().sizes().responseHeadersSize;
            }
        }
        int width = ((Number) warga.evaluate("() => document.documentElement.scrollWidth")).intValue();
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target", "katalog-anggaran.txt"),
                String.format(
                        "katalog produk Desa Cukir: %.1f KB first load, %d px wide at 360 px%n",
                        bytes / 1024.0, width));
        org.assertj.core.api.Assertions.assertThat(bytes)
                .as("catalogue first load")
                .isLessThan(BUDGET);
        org.assertj.core.api.Assertions.assertThat(width).isLessThanOrEqualTo(360);
        screenshot(warga, "katalog-produk-360");

        // The village runs its own training: a cadre trains, the KPMD records attendance and certificates.
        kpmd.navigate("/kapasitas/pelatihan");
        kpmd.click("#rencana-pelatihan summary");
        kpmd.fill("#judul", "Belajar bersama: kemasan dan label produk desa");
        kpmd.fill("#penyelenggara", "KPMD Desa Cukir");
        kpmd.selectOption("#kodeWilayah", "3517082007");
        kpmd.fill("#tempat", "Balai Desa Cukir");
        kpmd.fill("#mulai", today.toString());
        kpmd.fill("#selesai", today.toString());
        String trainer = kpmd.locator("#pelatihKaderId option").allTextContents().stream()
                .filter(t -> t.startsWith("Dewi Lestari"))
                .findFirst()
                .orElseThrow();
        kpmd.selectOption("#pelatihKaderId", new SelectOption().setLabel(trainer));
        kpmd.check("input[name=kompetensi][value=EKONOMI]");
        kpmd.click("#simpan-pelatihan");
        assertThat(kpmd.locator("#dikelola-desa")).isVisible();
        assertThat(kpmd.locator("#ringkas-pelatihan")).containsText("Dewi Lestari");
        String peserta = kpmd.locator("#kaderId option").allTextContents().stream()
                .filter(t -> t.startsWith("Nur Hidayati"))
                .findFirst()
                .orElseThrow();
        kpmd.selectOption("#kaderId", new SelectOption().setLabel(peserta));
        kpmd.click("#tambah-kader-peserta");
        var row = kpmd.locator("#tabel-peserta tbody tr").first();
        row.locator("input[type=checkbox]").first().check();
        row.locator("input.nilai").nth(0).fill("55");
        row.locator("input.nilai").nth(1).fill("85");
        kpmd.locator("#form-kehadiran h2").click();
        kpmd.click("#simpan-kehadiran");
        kpmd.click("#terbitkan-sertifikat");
        assertThat(kpmd.locator(".kotak-pesan")).containsText("1 sertifikat diterbitkan");
        var pdf = kpmd.request().get(row.locator("a").getAttribute("href"));
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
                .isEqualTo("application/pdf");
        screenshot(kpmd, "pelatihan-desa-360");
        kpmd.navigate("/ekonomi/produk/3517082007");
        screenshot(kpmd, "produk-desa-360");
        kpmd.navigate("/ekonomi/inkubasi/3517082007");
        kpmd.locator("#daftar-inkubasi a").first().click();
        assertThat(kpmd.locator("#hasil-inkubasi-kosong")).isVisible();
        screenshot(kpmd, "inkubasi-360");
        kpmd.navigate("/kapasitas/calon/3517082007");
        assertThat(kpmd.locator("#daftar-calon")).isVisible();
        screenshot(kpmd, "calon-kader-360");
        kpmd.navigate("/kapasitas/kaderisasi/3517082007");
        assertThat(kpmd.locator("#pelatihan-desa")).isVisible();
        screenshot(kpmd, "kaderisasi-desa-360");
        kpmd.context().close();
        warga.context().close();
    }
}
