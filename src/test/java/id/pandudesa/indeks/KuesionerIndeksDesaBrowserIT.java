package id.pandudesa.indeks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.pandudesa.indeks.internal.IndeksDesaCalculator;
import id.pandudesa.indeks.internal.KatalogIndeks;
import id.pandudesa.indeks.internal.KatalogIndeksDesa;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.SaklarJaringan;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This year's Indeks Desa questionnaire of Grogol (3517082005) on a 360 px phone: the PLD chooses
 * scores and sees the score, the dimensions and the status follow each choice — also without
 * signal, where the save waits on the phone and is sent when the signal returns; then every item
 * is answered, the questionnaire submitted, the PD approves it, and the desa's page shows the
 * result the catalogue computes.
 */
@PanduIntegrationTest
class KuesionerIndeksDesaBrowserIT extends BrowserSupport {

    static final int THIS_YEAR = Year.now(ZoneId.of("Asia/Jakarta")).getValue();
    static final String DESA = "3517082005";
    static final String FORM = "/indeks/kuesioner/" + DESA + "/" + THIS_YEAR;
    static final IndeksDesaCalculator CALC = new KatalogIndeks().indeksDesa();
    static final KatalogIndeksDesa K = CALC.katalog();

    @Autowired
    JdbcClient jdbc;

    /** Each item at its lowest allowed score, except items 1 and 2 at 5. */
    private static int[] lowestExceptFirstTwo() {
        int[] s = new int[K.butir().size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = i < 2 ? 5 : K.butir().get(i).skorSah().getFirst();
        }
        return s;
    }

    private String stored() {
        return jdbc.sql("SELECT jawaban FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t"
                        + " ORDER BY nomor DESC FETCH FIRST 1 ROWS ONLY")
                .param("d", DESA)
                .param("t", THIS_YEAR)
                .query(String.class)
                .optional()
                .orElse("");
    }

    @Test
    void a_pld_fills_it_on_a_phone_with_and_without_signal_and_the_pd_approves_it() {
        try (SaklarJaringan net = new SaklarJaringan(port)) {
            Page p = page(360, 740, net.url(""));
            login(p, "pld.diwek2", "pandu-demo");
            p.navigate("/lapangan");
            p.waitForFunction("() => navigator.serviceWorker.controller !== null");
            p.waitForFunction("() => localStorage.getItem('pandu-siap') !== null");
            p.navigate(FORM);
            assertThat(p.locator("#status-kuesioner")).hasText("Belum diisi");
            assertThat(p.locator("#skor-sementara")).hasText("20.00");
            assertThat(p.locator("#butir-1 label"))
                    .hasCount(K.butir().getFirst().skorSah().size());
            assertThat(p.locator("#butir-11 label")).hasCount(2);

            p.check("#b1-5");
            int[] one = lowestExceptFirstTwo();
            one[1] = K.butir().get(1).skorSah().getFirst();
            assertThat(p.locator("#skor-sementara"))
                    .hasText(CALC.hitung(one).skor().toPlainString());
            assertThat(p.locator("#terjawab-kuesioner")).containsText("1 dari 127");
            assertThat(p.locator("#dimensi-LAYANAN_DASAR"))
                    .hasText(CALC.hitung(one).dimensi().get("LAYANAN_DASAR").toPlainString());
            screenshotLayar(p, "kuesioner-indeks-desa-360");
            p.locator("#butir-11").scrollIntoViewIfNeeded();
            screenshotLayar(p, "kuesioner-indeks-desa-butir-360");

            // No signal: the figures still follow the answers; the save waits on the phone.
            net.mati();
            p.check("#b2-5");
            assertThat(p.locator("#skor-sementara"))
                    .hasText(CALC.hitung(lowestExceptFirstTwo()).skor().toPlainString());
            p.click("button[name=aksi][value=simpan]");
            assertThat(p.locator(".lapangan-pesan")).containsText("Tersimpan di ponsel");
            assertThat(p.locator("#antrean-lapangan .antre")).hasCount(1);
            screenshotLayar(p, "kuesioner-indeks-desa-luring-360");
            assertThat(stored()).as("nothing reached the server").isEmpty();
            net.hidup();
            p.click("#antrean-kirim");
            assertThat(p.locator("#antrean-ringkas")).hasText("Kosong: semua isian sudah terkirim.");
            assertThat(stored()).contains("\"b1\":5").contains("\"b2\":5");

            // Every item answered (its best score), then submitted.
            p.navigate(FORM);
            assertThat(p.locator("#status-kuesioner")).hasText("Draf");
            assertThat(p.locator("#terjawab-kuesioner")).containsText("2 dari 127");
            p.evaluate(
                    "() => { document.querySelectorAll('fieldset.butir').forEach(f => {"
                            + " const r = f.querySelectorAll('input[type=radio]'); r[r.length - 1].checked = true; });"
                            + " document.getElementById('kuesioner-indeks-desa').dispatchEvent(new Event('change', {bubbles: true})); }");
            assertThat(p.locator("#skor-sementara")).hasText("100.00");
            assertThat(p.locator("#status-sementara")).hasText("Mandiri");
            assertThat(p.locator("#keterangan-sementara")).containsText("Semua butir dijawab");
            p.locator("#ringkas-kuesioner details summary").click();
            screenshotLayar(p, "kuesioner-indeks-desa-lengkap-360");
            p.click("#ajukan-kuesioner");
            assertThat(p.locator("#status-kuesioner")).hasText("Diajukan, menunggu tinjauan");
            int width = ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
            assertThat(width).as("page width at 360 px").isLessThanOrEqualTo(360);
            p.context().close();
        }

        Page pd = phone();
        login(pd, "pd.diwek", "pandu-demo");
        pd.navigate(FORM);
        pd.click("#setujui-kuesioner");
        assertThat(pd.locator(".kotak-pesan")).containsText("Kuesioner disetujui");
        assertThat(pd.locator("#status-kuesioner")).hasText("Final");
        pd.navigate("/indeks/desa/" + DESA + "/indeks-desa?tahun=" + THIS_YEAR);
        assertThat(pd.locator("#skor-indeks-desa")).hasText("100.00");
        assertThat(pd.locator("#sumber-indeks-desa")).containsText("kuesioner");
        screenshot(pd, "indeks-desa-dari-kuesioner-360");
    }
}
