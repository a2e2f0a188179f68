package id.pandudesa.perencanaan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import id.pandudesa.support.BrowserSupport;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The planning journey in a real browser, on a phone: the KPMD of Cukir schedules a Musdus,
 * records who came at the door, records two proposals from it; a Musdes prioritises them; the
 * first becomes an RKPDes kegiatan, the village secretary puts it into the APBDes, and a citizen
 * reads its whole path on the public trace, without the proposers' names.
 */
@PanduIntegrationTest
class RencanaBrowserIT extends BrowserSupport {

    static final String DESA = "3517082007";
    static final int TAHUN = 2020;

    private String meeting(Page kpmd, String jenis, String judul, String agenda) {
        kpmd.navigate("/musyawarah/baru?jenis=" + jenis);
        assertThat(kpmd.locator("#kodeDesa")).hasValue(DESA);
        kpmd.fill("#judul", judul);
        kpmd.fill("#tanggal", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
        kpmd.fill("#tempat", "Balai Dusun Cukir");
        if (kpmd.locator("#penyelenggara").inputValue().isBlank()) {
            kpmd.fill("#penyelenggara", "Kepala Dusun Cukir");
        }
        kpmd.fill("#agenda", agenda);
        kpmd.click("#simpan-musyawarah");
        kpmd.waitForURL(u -> u.matches(".*/musyawarah/\\d+$"));
        return kpmd.url().substring(kpmd.url().indexOf("/musyawarah/"));
    }

    private void person(Page kpmd, String name, String sex, String unsur, boolean poor) {
        kpmd.fill("#nama", name);
        kpmd.check("input[name=jenisKelamin][value=" + sex + "]");
        kpmd.selectOption("#unsur", unsur);
        if (poor) {
            kpmd.check("input[name=miskin]");
        }
        kpmd.click("#catat-hadir");
        assertThat(kpmd.locator("#pintu")).containsText(name);
    }

    private void agreeAndClose(Page kpmd, String base) {
        kpmd.navigate(base);
        kpmd.fill("#keputusan-1", "Disepakati bersama.");
        kpmd.locator("#agenda-1 button[type=submit]").click();
        assertThat(kpmd.locator(".kotak-pesan")).isVisible();
        kpmd.click("#selesai-musyawarah");
        assertThat(kpmd.locator("#status-musyawarah")).not().hasText("Direncanakan");
    }

    private void usulan(Page kpmd, String judul, String biaya, String pengusul) {
        kpmd.fill("#judul", judul);
        kpmd.fill("#asal", "Dusun Cukir");
        kpmd.fill("#lokasi", "RT 04 RW 02");
        kpmd.selectOption("#kodeBidang", "2.3");
        kpmd.fill("#laki", "30");
        kpmd.fill("#perempuan", "34");
        kpmd.fill("#miskin", "9");
        kpmd.fill("#biaya", biaya);
        kpmd.fill("#pengusul", pengusul);
        Locator musdus = kpmd.locator("#musdus option", new Page.LocatorOptions().setHasText("Musdus jalan RT 04"));
        kpmd.selectOption("#musdus", new SelectOption().setValue(musdus.first().getAttribute("value")));
        kpmd.click("#simpan-usulan");
        assertThat(kpmd.locator(".kotak-pesan")).containsText("Usulan tercatat");
    }

    @Test
    void from_the_hamlet_meeting_to_a_budget_line_and_the_public_trace() {
        Page kpmd = phone();
        login(kpmd, "kpmd.cukir", "pandu-demo");
        String musdus = meeting(kpmd, "MUSDUS", "Musdus jalan RT 04", "Penggalian usulan Dusun Cukir");
        kpmd.navigate(musdus + "/hadir");
        person(kpmd, "Siti Maryam", "P", "KELOMPOK_PEREMPUAN", true);
        person(kpmd, "Pak Darmo", "L", "TOKOH_MASYARAKAT", false);
        person(kpmd, "Bu Ratna", "P", "MASYARAKAT_MISKIN", true);
        assertThat(kpmd.locator("#jumlah-hadir")).containsText("3");
        screenshot(kpmd, "rencana-1-pintu-360");
        agreeAndClose(kpmd, musdus);

        kpmd.navigate("/perencanaan/usulan/" + DESA + "/" + TAHUN);
        usulan(kpmd, "Rabat beton gang RT 04", "95.000.000", "Pak Darmo Sutejo");
        usulan(kpmd, "Plengsengan sungai RT 04", "60.000.000", "Bu Ratna Kusuma");
        screenshot(kpmd, "rencana-2-usulan-360");

        String musdes = meeting(kpmd, "MUSDES_PERENCANAAN", "Musdes prioritas RT 04", "Prioritas usulan");
        kpmd.navigate(musdes + "/hadir");
        person(kpmd, "Ketua BPD", "L", "BPD", false);
        person(kpmd, "Ibu PKK", "P", "KELOMPOK_PEREMPUAN", false);
        agreeAndClose(kpmd, musdes);

        kpmd.navigate("/perencanaan/usulan/" + DESA + "/" + TAHUN);
        Locator decision =
                kpmd.locator("#keputusan option", new Page.LocatorOptions().setHasText("Musdes prioritas RT 04"));
        kpmd.selectOption(
                "#keputusan", new SelectOption().setValue(decision.first().getAttribute("value")));
        kpmd.check("input[name=metode][value=PERINGKAT]");
        kpmd.fill("#kuota", "1");
        Locator values = kpmd.locator("#form-prioritas input[name^=nilai_]");
        values.nth(0).fill("1");
        values.nth(1).fill("2");
        kpmd.click("#simpan-prioritas");
        assertThat(kpmd.locator(".kotak-pesan")).containsText("prioritas tersimpan");
        assertThat(kpmd.locator("#tabel-usulan")).containsText("Diprioritaskan");
        assertThat(kpmd.locator("#tabel-usulan")).containsText("Belum masuk prioritas");

        kpmd.locator("#tabel-usulan a", new Page.LocatorOptions().setHasText("Jadikan kegiatan RKPDes"))
                .first()
                .click();
        assertThat(kpmd.locator("#nama")).hasValue("Rabat beton gang RT 04");
        kpmd.selectOption("#kodeKegiatan", "2.3.11");
        kpmd.fill("#volume", "180");
        kpmd.fill("#satuan", "m");
        kpmd.fill("#waktu", "Juli–Agustus");
        kpmd.selectOption("#sumberDana", "DDS");
        kpmd.fill("#pelaksana", "TPK Desa Cukir");
        kpmd.click("#simpan-kegiatan");
        assertThat(kpmd.locator("#tabel-rkpdes")).containsText("Rabat beton gang RT 04");
        screenshot(kpmd, "rencana-3-rkpdes-360");
        kpmd.navigate("/perencanaan/rpjmdes/" + DESA);
        assertThat(kpmd.locator("#tabel-program")).isVisible();
        screenshot(kpmd, "rencana-rpjmdes-360");

        Page pemdes = phone();
        login(pemdes, "pemdes.cukir", "pandu-demo");
        pemdes.navigate("/perencanaan/rkpdes/" + DESA + "/" + TAHUN);
        Locator row =
                pemdes.locator("#tabel-rkpdes tr", new Page.LocatorOptions().setHasText("Rabat beton gang RT 04"));
        row.locator("select[name=kodeRekening]").selectOption("5.3.5.03");
        row.locator("form.masuk-apbdes button").click();
        assertThat(pemdes.locator(".kotak-pesan")).containsText("masuk APBDes");
        pemdes.navigate("/perencanaan/apbdes/" + DESA + "/" + TAHUN);
        assertThat(pemdes.locator("#tabel-apbdes")).containsText("RKPDes: Rabat beton gang RT 04");
        // The line made from the RKPDes activity says where its money comes from.
        assertThat(pemdes.locator("#tabel-apbdes .sumber-dana").first()).isVisible();
        screenshot(pemdes, "rencana-4-apbdes-360");

        Page warga = phone();
        warga.navigate("/jejak/" + DESA + "/" + TAHUN);
        Locator first = warga.locator("article", new Page.LocatorOptions().setHasText("Rabat beton gang RT 04"));
        assertThat(first).containsText("Diprioritaskan, urutan ke-1");
        assertThat(first).containsText("Masuk RKPDes: Rabat beton gang RT 04, 180 m, Rp 95.000.000");
        assertThat(first).containsText("Dianggarkan dalam APBDes: Rp 95.000.000");
        Locator second = warga.locator("article", new Page.LocatorOptions().setHasText("Plengsengan sungai RT 04"));
        assertThat(second).containsText("Belum masuk prioritas");
        assertThat(warga.locator("main")).not().containsText("Darmo Sutejo");
        assertThat(warga.locator("main")).not().containsText("Ratna Kusuma");
        screenshot(warga, "rencana-5-jejak-publik-360");
    }
}
