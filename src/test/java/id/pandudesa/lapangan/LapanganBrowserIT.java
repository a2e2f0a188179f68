package id.pandudesa.lapangan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.SaklarJaringan;
import id.pandudesa.support.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PLD in a village without signal, on a phone: the field page keeps the forms, the log is filled
 * twice with the network off (one entry with a photo), the page is reloaded from the phone, the
 * network comes back but the first answer is lost on the way — and each entry arrives exactly
 * once, the photo intact. An entry the server refuses waits in the queue with the reason and is
 * corrected from there.
 */
@PanduIntegrationTest
class LapanganBrowserIT extends BrowserSupport {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileService berkas;

    private long count(String uraian) {
        return jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan WHERE uraian = :u")
                .param("u", uraian)
                .query(Long.class)
                .single();
    }

    /** Opens the field page online, waits until the service worker runs it and the forms are kept. */
    private Page siapLuring(SaklarJaringan net) {
        Page p = page(360, 740, net.url(""));
        login(p, "pld.diwek1", "pandu-demo");
        p.navigate("/lapangan");
        p.waitForFunction("() => navigator.serviceWorker.controller !== null");
        p.waitForFunction("() => localStorage.getItem('pandu-siap') !== null");
        assertThat(p.locator("#siapkan-status")).containsText("siap tanpa sinyal");
        screenshot(p, "lapangan-360");
        p.navigate("/pendampingan/catat");
        p.waitForFunction("() => navigator.serviceWorker.controller !== null");
        return p;
    }

    private static void isi(Page p, String tanggal, String uraian, byte[] photo) {
        p.selectOption("#kodeDesa", "3517082002");
        p.fill("#tanggal", tanggal);
        p.check("input[name=metode][value=FASILITASI]");
        p.selectOption("#ruangLingkup", "PEMBANGUNAN_DESA");
        p.fill("#uraian", uraian);
        if (photo != null) {
            p.setInputFiles("#foto", new FilePayload("rapat-balai-desa.jpg", "image/jpeg", photo));
        }
        p.click("button[name=aksi][value=simpan]");
    }

    private static void tungguAntreanDiam(Page p) {
        p.waitForFunction("() => window.panduLapangan && !window.panduLapangan.sibuk()");
    }

    @Test
    void entries_made_offline_survive_a_reload_and_arrive_exactly_once_with_their_photo() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String satu = "Luring satu " + tag;
        String dua = "Luring dua " + tag;
        byte[] photo = TestImages.jpeg(320, 240);
        try (SaklarJaringan net = new SaklarJaringan(port)) {
            Page p = siapLuring(net);
            screenshot(p, "lapangan-form-online-360");

            net.mati();
            isi(p, TODAY.toString(), satu, photo);
            assertThat(p.locator(".lapangan-pesan")).containsText("Tersimpan di ponsel");
            assertThat(p.locator("#antrean-lapangan .antre")).hasCount(1);
            isi(p, TODAY.toString(), dua, null);
            assertThat(p.locator("#antrean-lapangan .antre")).hasCount(2);

            p.reload();
            assertThat(p.locator("h1")).hasText("Catat kegiatan");
            assertThat(p.locator("#antrean-lapangan .antre")).hasCount(2);
            assertThat(p.locator("#antrean-lapangan .antre").first()).containsText("1 foto");
            assertThat(p.locator("#antrean-lapangan .antre").first()).containsText("Menunggu dikirim");
            tungguAntreanDiam(p);
            assertThat(p.locator("#antrean-status")).containsText("Tanpa sinyal: 2 isian menunggu dikirim");
            screenshot(p, "lapangan-antrean-luring-360");
            assertThat(count(satu) + count(dua))
                    .as("nothing reached the server")
                    .isZero();

            // Signal returns, but the answer to the first entry is lost with the connection.
            net.hidup();
            net.putusSetelahPost();
            p.click("#antrean-kirim");
            p.waitForCondition(() -> net.jumlahPostDiputus() == 1);
            tungguAntreanDiam(p);
            assertThat(count(satu))
                    .as("the server stored it; the phone never heard")
                    .isEqualTo(1);
            // Chromium itself may resend a POST whose reused connection died; otherwise the entry
            // waits for the queue's next attempt. Either way it is the same key.
            if (p.locator("#antrean-lapangan .antre").count() > 0) {
                p.click("#antrean-kirim");
            }
            assertThat(p.locator("#antrean-ringkas")).hasText("Kosong: semua isian sudah terkirim.");
            assertThat(p.locator("#antrean-status")).containsText("2 isian terkirim");
            screenshot(p, "lapangan-antrean-terkirim-360");
            assertThat(net.jumlahPost())
                    .as("two entries and at least one resend")
                    .isGreaterThanOrEqualTo(3);
        }
        assertThat(count(satu)).as("resent after the lost answer, stored once").isEqualTo(1);
        assertThat(count(dua)).isEqualTo(1);
        List<Long> photos = jdbc.sql("SELECT f.berkas_id FROM kegiatan_pendampingan_foto f"
                        + " JOIN kegiatan_pendampingan k ON k.id = f.kegiatan_id WHERE k.uraian = :u")
                .param("u", satu)
                .query(Long.class)
                .list();
        assertThat(photos).hasSize(1);
        assertThat(berkas.cari(photos.getFirst()).orElseThrow().lebar()).isEqualTo(320);
        try (InputStream in = berkas.isi(photos.getFirst())) {
            BufferedImage stored = ImageIO.read(in);
            assertThat(stored.getHeight()).isEqualTo(240);
            Color middle = new Color(stored.getRGB(160, 120));
            Color corner = new Color(stored.getRGB(5, 5));
            assertThat(middle.getRed()).as("the yellow disc arrived").isGreaterThan(200);
            assertThat(corner.getGreen()).as("on its green ground").isBetween(90, 130);
        }
    }

    @Test
    void an_entry_the_server_refuses_waits_with_the_reason_and_is_corrected_from_the_queue() {
        String uraian = "Tanggal keliru " + UUID.randomUUID().toString().substring(0, 8);
        try (SaklarJaringan net = new SaklarJaringan(port)) {
            Page p = siapLuring(net);
            net.mati();
            // Without signal the phone cannot know the date is refused (a day ahead).
            isi(p, TODAY.plusDays(1).toString(), uraian, TestImages.jpeg(64, 48));
            assertThat(p.locator("#antrean-lapangan .antre")).hasCount(1);
            net.hidup();
            p.click("#antrean-kirim");
            assertThat(p.locator("#antrean-lapangan .antre.ditolak")).hasCount(1);
            assertThat(p.locator("#antrean-lapangan .antre .galat").first()).isVisible();
            // The reason names the field by the form's label, not by its internal name.
            assertThat(p.locator("#antrean-lapangan .antre .galat").first())
                    .hasText("Tanggal: Tanggal kegiatan tidak boleh di masa depan.");
            screenshot(p, "lapangan-antrean-ditolak-360");
            assertThat(count(uraian)).isZero();

            p.locator("#antrean-lapangan .antre a.tombol").click();
            assertThat(p.locator("#uraian")).hasValue(uraian);
            assertThat(p.locator(".lapangan-pesan")).containsText("Isian dari antrean");
            assertThat(p.evalOnSelector("#foto", "e => e.files.length"))
                    .as("the photo is back")
                    .isEqualTo(1);
            p.fill("#tanggal", TODAY.toString());
            p.click("button[name=aksi][value=simpan]");
            p.waitForURL(u -> u.matches(".*/pendampingan/kegiatan/\\d+$"));
            assertThat(p.locator("body")).containsText(uraian);
        }
        assertThat(count(uraian)).isEqualTo(1);
    }

    @Test
    void attendance_taken_at_the_door_without_signal_arrives_once_per_person() {
        long meeting = jdbc.sql("SELECT id FROM musyawarah WHERE kode_desa IN ('3517082001', '3517082002',"
                        + " '3517082003') AND status = 'RENCANA' ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try (SaklarJaringan net = new SaklarJaringan(port)) {
            Page p = siapLuring(net);
            p.navigate("/musyawarah/" + meeting + "/hadir");
            p.waitForFunction("() => navigator.serviceWorker.controller !== null");
            net.mati();
            for (String[] person : new String[][] {{"Sumiati " + tag, "P"}, {"Karto " + tag, "L"}}) {
                p.fill("#nama", person[0]);
                p.check("#form-hadir input[name=jenisKelamin][value=" + person[1] + "]");
                p.click("#catat-hadir");
                assertThat(p.locator(".lapangan-pesan")).containsText("Tersimpan di ponsel");
            }
            assertThat(p.locator("#antrean-lapangan .antre")).hasCount(2);
            screenshot(p, "lapangan-hadir-luring-360");
            net.hidup();
            p.click("#antrean-kirim");
            assertThat(p.locator("#antrean-ringkas")).hasText("Kosong: semua isian sudah terkirim.");
        }
        for (String name : new String[] {"Sumiati " + tag, "Karto " + tag}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM musyawarah_hadir WHERE musyawarah_id = :m AND nama = :n")
                            .param("m", meeting)
                            .param("n", name)
                            .query(Long.class)
                            .single())
                    .as(name)
                    .isEqualTo(1);
        }
    }

    @Test
    void the_app_is_installable_a_public_manifest_and_service_worker() {
        Page p = phone();
        com.microsoft.playwright.APIResponse manifest = p.request().get(url("/manifest.webmanifest"));
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.headers().get("content-type")).startsWith("application/manifest+json");
        assertThat(manifest.text()).contains("\"start_url\": \"/lapangan\"", "\"display\": \"standalone\"", "512x512");
        com.microsoft.playwright.APIResponse worker = p.request().get(url("/sw.js"));
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.headers().get("content-type")).contains("javascript");
        // Signing in while the database is away comes back here, saying so (not "wrong password").
        p.navigate("/masuk?tidakTersedia");
        assertThat(p.locator(".kotak-galat")).containsText("basis data sedang tidak dapat dihubungi");
        screenshot(p, "masuk-tidak-tersedia-360");
        login(p, "kpmd.cukir", "pandu-demo");
        p.navigate("/pendampingan/catat");
        assertThat(p.locator("link[rel=manifest]")).hasAttribute("href", "/manifest.webmanifest");
        p.waitForFunction("() => navigator.serviceWorker.controller !== null");
    }
}
