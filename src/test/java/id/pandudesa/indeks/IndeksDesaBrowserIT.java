package id.pandudesa.indeks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.Halaman;
import id.pandudesa.support.IndeksDesaContoh;
import id.pandudesa.support.PanduIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A facilitator reads a village's Indeks Desa on a phone: score, six dimensions, path, who acts. */
@PanduIntegrationTest
class IndeksDesaBrowserIT extends BrowserSupport {

    @Autowired
    Halaman halaman;

    @Test
    void the_indeks_desa_page_reads_on_a_phone() throws Exception {
        int[] s = IndeksDesaApiIT.acak(31);
        halaman.kirim(
                        post("/api/v1/indeks-desa/impor")
                                .contentType("text/csv")
                                .content(IndeksDesaContoh.csv(
                                        IndeksDesaContoh.judul(),
                                        List.of(
                                                IndeksDesaContoh.baris("3517082012", 2024, IndeksDesaApiIT.acak(30)),
                                                IndeksDesaContoh.baris("3517082012", 2025, s)))),
                        "pd.diwek")
                .andExpect(status().isOk());
        Page pd = phone();
        login(pd, "pd.diwek", "pandu-demo");
        pd.navigate("/indeks/desa/3517082012");
        pd.locator("#seri-indeks-desa a").first().click();
        assertThat(pd.locator("#skor-indeks-desa")).hasText(IndeksDesaApiIT.skor(s));
        assertThat(pd.locator("#dimensi-indeks-desa svg g")).hasCount(6);
        assertThat(pd.locator("#tabel-dimensi tbody tr")).hasCount(2);
        assertThat(pd.locator("#pelaksana-desa")).isVisible();
        screenshot(pd, "indeks-desa-360");

        // An item the desa moves itself becomes next year's proposal, the item cited.
        pd.locator("#jalur-indeks-desa a").first().click();
        assertThat(pd.locator("#rujukan-data")).containsText("Indeks Desa 2025, butir");
        assertThat(pd.locator("#judul")).not().hasValue("");
        screenshot(pd, "usulan-dari-data-360");
    }
}
