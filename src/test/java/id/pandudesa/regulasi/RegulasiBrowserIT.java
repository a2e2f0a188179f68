package id.pandudesa.regulasi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * On a 360 px phone: the village secretary drafts a Perkades and a facilitator comments on it; a
 * citizen finds Cukir's promulgated regulation on the village board and opens its text.
 */
@PanduIntegrationTest
class RegulasiBrowserIT extends BrowserSupport {

    @Test
    void a_draft_gets_a_comment_and_the_adopted_regulation_is_on_the_board() {
        Page pemdes = phone();
        login(pemdes, "pemdes.cukir", "pandu-demo");
        pemdes.navigate("/regulasi/3517082007");
        pemdes.selectOption("#jenis", "PERKADES");
        pemdes.fill("#judul", "Tim Pelaksana Kegiatan Tahun Anggaran Berjalan");
        pemdes.fill("#uraian", "Susunan TPK untuk kegiatan pembangunan desa");
        pemdes.click("#buat-regulasi");
        assertThat(pemdes.locator("#status-regulasi")).hasText("Rancangan");
        String draft = pemdes.url();

        Page mitra = phone();
        login(mitra, "mitra.diwek", "pandu-demo");
        mitra.navigate(draft);
        mitra.fill("#isi-komentar", "Pastikan ada perempuan dalam susunan TPK.");
        mitra.click("#kirim-komentar");
        assertThat(mitra.locator("#komentar-regulasi")).containsText("perempuan dalam susunan TPK");
        screenshot(mitra, "regulasi-komentar-360");

        Page warga = phone();
        warga.navigate("/desa/3517082007");
        assertThat(warga.locator("#papan-regulasi")).containsText("Anggaran Pendapatan dan Belanja Desa");
        screenshot(warga, "papan-regulasi-360");
        pemdes.navigate("/regulasi/3517082007");
        screenshot(pemdes, "regulasi-daftar-360");
        pemdes.locator("#daftar-regulasi a").last().click();
        assertThat(pemdes.locator("#langkah-regulasi")).isVisible();
        screenshot(pemdes, "regulasi-detail-360");
        Page admin = phone();
        login(admin, "admin.jatim", "pandu-demo");
        admin.navigate("/admin/sebutan?kode=3518");
        assertThat(admin.locator("#kode")).hasValue("3518");
        assertThat(admin.locator("#bpd")).hasValue("BPD");
        assertThat(admin.locator("#apb")).hasValue("APBDes");
        screenshot(admin, "admin-sebutan-360");
        for (Page p : new Page[] {pemdes, mitra, warga, admin}) {
            p.context().close();
        }
    }

    /**
     * A gampong, a nagari and a desa read their own words on the main pages: the public board, the
     * village profile, the budget's page and the list of administration books.
     */
    @Test
    void a_gampong_a_nagari_and_a_desa_read_their_own_words() {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();
        String[][] cases = {
            {
                "1106012002",
                "Papan informasi Gampong Jantang",
                "APBG Gampong Jantang",
                "Buku Keputusan Keuchik",
                "Qanun Gampong"
            },
            {
                "1306012001",
                "Papan informasi Nagari Tiku Selatan",
                "APB Nagari Tiku Selatan",
                "Buku Keputusan Wali Nagari",
                "Peraturan Nagari"
            },
            {
                "3517082007",
                "Papan informasi Desa Cukir",
                "APBDes Desa Cukir",
                "Buku Keputusan Kepala Desa",
                "Peraturan Desa"
            }
        };
        Page warga = phone();
        Page admin = phone();
        login(admin, "admin", "admin-test-123");
        for (String[] c : cases) {
            warga.navigate("/desa/" + c[0]);
            assertThat(warga.locator("h1")).hasText(c[1]);
            admin.navigate("/perencanaan/apbdes/" + c[0] + "/" + year);
            assertThat(admin.locator("h1")).containsText(c[2]);
            admin.navigate("/wilayah/" + c[0]);
            assertThat(admin.locator("#ke-regulasi")).containsText(c[4]);
            admin.navigate("/regulasi/" + c[0] + "/buku");
            assertThat(admin.locator("#daftar-buku")).containsText(c[3]);
            assertThat(admin.locator("h1")).containsText(c[1].replace("Papan informasi ", ""));
        }
        admin.navigate("/regulasi/1106012002/buku");
        screenshot(admin, "buku-administrasi-gampong-360");
        warga.navigate("/desa/1306012001");
        screenshot(warga, "papan-nagari-360");
        warga.context().close();
        admin.context().close();
    }
}
