package id.pandudesa.lapangan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The size budget of the field forms: each one's first load on a phone with an empty cache — the
 * page and every script, style and image it loads, as transferred (compressed) — stays under
 * 150 KB, and the page is no wider than a 360 px screen. The measured sizes are written to
 * target/lapangan-anggaran.txt (and copied into docs/benchmarks.md).
 */
@PanduIntegrationTest
class LapanganAnggaranBrowserIT extends BrowserSupport {

    static final long BUDGET = 150 * 1024;
    static final Set<String> PAGE_LOAD = Set.of("document", "stylesheet", "script", "image", "font");

    @Autowired
    JdbcClient jdbc;

    record Form(String name, String user, String path) {}

    @Test
    void every_field_form_loads_under_150_kb_compressed_and_fits_360_px() throws IOException {
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        long meeting = jdbc.sql("SELECT id FROM musyawarah WHERE kode_desa IN ('3517082001', '3517082002',"
                        + " '3517082003') AND status = 'RENCANA' ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        long project = jdbc.sql("SELECT id FROM proyek WHERE kode_desa = '3517082007' ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        List<Form> forms = List.of(
                new Form("catatan kegiatan harian", "pld.diwek1", "/pendampingan/catat"),
                new Form("daftar hadir musyawarah", "pld.diwek1", "/musyawarah/" + meeting + "/hadir"),
                new Form("kuesioner Indeks Desa", "kpmd.cukir", "/indeks/kuesioner/3517082007/" + year),
                new Form("laporan kemajuan proyek", "pemdes.cukir", "/pelaksanaan/proyek/" + project),
                new Form("pengaduan masuk (operator)", "pld.diwek1", "/pengaduan/kelola/baru"));
        Map<String, long[]> measured = new LinkedHashMap<>();
        for (Form f : forms) {
            Page p = phone();
            login(p, f.user(), "pandu-demo");
            CDPSession cdp = p.context().newCDPSession(p);
            JsonObject off = new JsonObject();
            off.addProperty("cacheDisabled", true);
            cdp.send("Network.enable");
            cdp.send("Network.setCacheDisabled", off);
            List<Response> responses = new ArrayList<>();
            p.onResponse(responses::add);
            p.navigate(f.path());
            p.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(p.locator("form[data-lapangan]").first()).isVisible();
            long bytes = 0;
            long files = 0;
            for (Response r : responses) {
                if (PAGE_LOAD.contains(r.request().resourceType())) {
                    bytes += r.request().sizes().responseBodySize + r.request().sizes().responseHeadersSize;
                    files++;
                }
            }
            int width = ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
            measured.put(f.name() + " (" + f.path() + ")", new long[] {bytes, files, width});
            screenshot(p, "lapangan-anggaran-" + f.path().replaceAll("[^a-z0-9]+", "-"));
            p.context().close();
        }
        StringBuilder table = new StringBuilder("| form | first load, compressed | files | page width at 360 px |\n")
                .append("|---|---:|---:|---:|\n");
        measured.forEach((name, m) -> table.append("| ")
                .append(name)
                .append(" | ")
                .append(String.format("%.1f KB", m[0] / 1024.0))
                .append(" | ")
                .append(m[1])
                .append(" | ")
                .append(m[2])
                .append(" px |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "lapangan-anggaran.txt"), table);
        System.out.println(table);
        measured.forEach((name, m) -> {
            assertThat(m[0]).as(name + " first load").isLessThan(BUDGET);
            assertThat(m[2]).as(name + " width").isLessThanOrEqualTo(360);
        });
    }
}
