package id.pandudesa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every module's main pages on a cheap phone (360 px wide): nothing pushes the page sideways. Wide
 * tables scroll inside their own box; the page itself never does.
 */
@PanduIntegrationTest
class LayarSempitBrowserIT extends BrowserSupport {

    private static final List<String> PAGES = List.of(
            "/",
            "/dasbor/351708",
            "/wilayah/351708",
            "/pendampingan",
            "/pendampingan/pantau",
            "/indeks/rekap",
            "/indeks/desa/3517082007",
            "/musyawarah",
            "/perencanaan",
            "/perencanaan/apbdes",
            "/pelaksanaan",
            "/pengaduan/kelola",
            "/pengaduan/statistik",
            "/kapasitas",
            "/kapasitas/kader/3517082007",
            "/ekonomi",
            "/ekonomi/bumdes/3517082007",
            "/kerjasama",
            "/kerjasama/351708",
            "/lapangan",
            "/akun");

    /** Pages whose lists are widest for a whole kabupaten, and one desa's year in detail. */
    private static final List<String> KABUPATEN = List.of(
            "/",
            "/pelaksanaan",
            "/pelaksanaan/3517082007/" + java.time.Year.now().getValue(),
            "/perencanaan/apbdes");

    @Test
    void no_main_page_scrolls_sideways_at_360_px() {
        Map<String, String> tooWide = new LinkedHashMap<>();
        measure("pd.diwek", PAGES, tooWide);
        measure("ta.jombang", KABUPATEN, tooWide);
        measure("pemdes.cukir", List.of("/", "/pelaksanaan", "/perencanaan", "/musyawarah"), tooWide);
        assertThat(tooWide)
                .as("pages wider than the 360 px screen (user path → width)")
                .isEmpty();
    }

    /** The elements that reach past the screen's right edge, e.g. {@code form.baris > input#cari (372)}. */
    private static final String PELEBAR = """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
              .filter(e => { for (let a = e.parentElement; a; a = a.parentElement) {
                  if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return false; }
                  return true; })
              .slice(0, 5)
              .map(e => (e.parentElement ? e.parentElement.tagName.toLowerCase() + (e.parentElement.className ? '.' + e.parentElement.className : '') + ' > ' : '')
                + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                + ' (' + Math.round(e.getBoundingClientRect().right) + ')')
              .join(', ')
            """;

    private void measure(String user, List<String> paths, Map<String, String> tooWide) {
        Page page = phone();
        login(page, user, "pandu-demo");
        for (String path : paths) {
            Response r = page.navigate(url(path));
            assertThat(r.status()).as(user + " " + path).isEqualTo(200);
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (width > 360) {
                tooWide.put(user + " " + path, width + " px: " + page.evaluate(PELEBAR));
            }
            screenshot(page, "layar-sempit-" + user + path.replaceAll("[^a-z0-9]+", "-"));
        }
        page.context().close();
    }
}
