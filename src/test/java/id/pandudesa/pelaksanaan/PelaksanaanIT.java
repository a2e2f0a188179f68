package id.pandudesa.pelaksanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.Tabel;
import id.pandudesa.support.TestImages;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Cukir's road from its adopted APBDes followed by its KPMD: the project with TPK and schedule,
 * progress reports with a photo and padat karya figures, the lag against the S-curve, and each
 * kind of bad input refused with nothing stored.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PelaksanaanIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final String LIST = "/pelaksanaan/3517082007/" + TODAY.getYear();
    static final String ROAD = "Rehabilitasi balai desa";

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    Tabel tabel;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    String project;

    private AbstractMockHttpServletRequestBuilder<?> road(String start, String end, String lat, String lon) {
        return post(LIST)
                .param("kegiatan", ROAD)
                .param("tpk", "Suparno (ketua)\nSiti Aminah (sekretaris)\nJoko (anggota)")
                .param("mulai", start)
                .param("selesai", end)
                .param("lokasi", "Jalan Dusun Cukir RT 02")
                .param("lintang", lat)
                .param("bujur", lon)
                .param("volume", "450")
                .param("satuan", "m")
                .param("padatKarya", "true");
    }

    @Test
    @Order(1)
    void a_project_with_its_schedule_backwards_or_outside_indonesia_is_refused() throws Exception {
        long before = tabel.barisDesa("proyek", "3517082007");
        String page =
                halaman.ditolak(road(TODAY.toString(), TODAY.minusDays(5).toString(), "40.1", "112.2"), "kpmd.cukir");
        assertThat(halaman.ditolak(
                        post(LIST).param("kegiatan", "Saluran drainase Dusun Tebuireng 220 m"), "kpmd.cukir"))
                .contains("sudah diikuti");
        assertThat(page).contains("tanggal selesai sebelum tanggal mulai").contains("di wilayah Indonesia");
        assertThat(tabel.barisDesa("proyek", "3517082007")).isEqualTo(before);
        mvc.perform(halaman.as(road(TODAY.toString(), TODAY.plusDays(5).toString(), "", ""), "camat.diwek"))
                .andExpect(status().isForbidden());
    }

    @Test
    @Order(2)
    void the_kpmd_follows_an_activity_of_the_adopted_apbdes() throws Exception {
        String location = mvc.perform(halaman.as(
                        road(TODAY.minusDays(30).toString(), TODAY.plusDays(30).toString(), "-7.5921", "112.2365"),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        project = location;
        String page = halaman.html(get(project), "pd.diwek");
        assertThat(page)
                .contains(ROAD)
                .contains("Rp 120.000.000")
                .contains("450 m")
                .contains("Suparno (ketua)")
                .contains("openstreetmap.org/?mlat=-7.592100");
    }

    @Test
    @Order(3)
    void progress_over_100_spending_over_budget_without_reason_or_a_non_image_is_refused() throws Exception {
        long reports = tabel.barisDesa("proyek_laporan", "3517082007");
        String over = halaman.ditolak(
                multipart(project + "/laporan")
                        .param("tanggal", TODAY.toString())
                        .param("fisik", "120")
                        .param("realisasi", "400.000.000"),
                "kpmd.cukir");
        assertThat(over)
                .contains("kemajuan fisik tidak bisa lebih dari 100 %")
                .contains("realisasi melebihi anggaran: tuliskan alasannya");
        String notImage = halaman.ditolak(
                multipart(project + "/laporan")
                        .file(new MockMultipartFile(
                                "foto", "laporan.pdf", "application/pdf", "%PDF-1.4 bukan foto".getBytes()))
                        .param("tanggal", TODAY.toString())
                        .param("fisik", "20")
                        .param("realisasi", "60000000"),
                "kpmd.cukir");
        assertThat(notImage).contains("Foto");
        assertThat(tabel.barisDesa("proyek_laporan", "3517082007")).isEqualTo(reports);
    }

    @Test
    @Order(4)
    void a_report_with_a_photo_and_workers_shows_the_lag_against_the_plan() throws Exception {
        mvc.perform(halaman.as(
                        multipart(project + "/laporan")
                                .file(new MockMultipartFile(
                                        "foto", "0persen.jpg", "image/jpeg", TestImages.jpeg(640, 480)))
                                .param("tanggal", TODAY.toString())
                                .param("fisik", "20")
                                .param("realisasi", "60.000.000")
                                .param("masalah", "Hujan tiga hari, pengecoran tertunda")
                                .param("pekerjaLaki", "12")
                                .param("pekerjaPerempuan", "8")
                                .param("pekerjaMiskin", "5")
                                .param("hok", "120")
                                .param("upah", "12.000.000"),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection());
        String page = halaman.html(get(project), "camat.diwek");
        assertThat(page)
                .contains("Terlambat")
                .contains("Fisik 20 % (rencana 50 %) · keuangan 50 %")
                .contains("12 laki-laki, 8 perempuan, 5 dari rumah tangga miskin")
                .contains("Jumlah 120 HOK, upah dibayar Rp 12.000.000")
                .contains("Hujan tiga hari");
        long photo = jdbc.sql("SELECT MAX(f.berkas_id) FROM proyek_laporan_foto f WHERE f.kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        mvc.perform(halaman.as(get("/pelaksanaan/foto/" + photo), "pd.diwek")).andExpect(status().isOk());
        mvc.perform(halaman.as(get("/pelaksanaan/foto/" + photo), "pld.gudo")).andExpect(status().isNotFound());
        // On the public board the photo is served without login, only under its own desa.
        mvc.perform(get("/desa/3517082007/foto/" + photo))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("image/jpeg"));
        mvc.perform(get("/desa/3517082001/foto/" + photo)).andExpect(status().isNotFound());
        assertThat(halaman.html(get(LIST), "mitra.diwek")).contains(ROAD).contains("Terlambat");
        // Progress does not go back.
        String back = halaman.ditolak(
                multipart(project + "/laporan")
                        .param("tanggal", TODAY.toString())
                        .param("fisik", "15")
                        .param("realisasi", "60000000"),
                "kpmd.cukir");
        assertThat(back).contains("tidak bisa turun dari laporan terakhir (20 %)");
        mvc.perform(halaman.as(multipart(project + "/laporan").param("fisik", "30"), "camat.diwek"))
                .andExpect(status().isForbidden());
        mvc.perform(halaman.as(get(project), "pld.gudo")).andExpect(status().isNotFound());
    }

    @Test
    @Order(5)
    void dana_desa_stages_arrive_in_order_and_never_exceed_the_apbdes() throws Exception {
        String dd = LIST + "/dana-desa";
        assertThat(halaman.html(get(LIST), "pemdes.cukir"))
                .contains("Dana Desa per tahap")
                .contains("434.616.000")
                .contains("217.308.000");
        assertThat(halaman.ditolak(
                        post(dd).param("tahap", "2")
                                .param("tanggal", TODAY.toString())
                                .param("jumlah", "1000"),
                        "pemdes.cukir"))
                .contains("catat dulu tahap 1");
        assertThat(halaman.ditolak(
                        post(dd).param("tahap", "1")
                                .param("tanggal", TODAY.toString())
                                .param("jumlah", "2.000.000.000"),
                        "pemdes.cukir"))
                .contains("melebihi sisa pagu Dana Desa (Rp 1086540000)");
        mvc.perform(halaman.as(
                        post(dd).param("tahap", "1")
                                .param("tanggal", TODAY.toString())
                                .param("jumlah", "1"),
                        "kpmd.cukir"))
                .andExpect(status().isForbidden());
        assertThat(tabel.barisDesa("dana_desa_tahap", "3517082007")).isZero();
        mvc.perform(halaman.as(
                        post(dd).param("tahap", "1")
                                .param("tanggal", TODAY.toString())
                                .param("jumlah", "434.616.000"),
                        "pemdes.cukir"))
                .andExpect(status().is3xxRedirection());
        assertThat(halaman.html(get(LIST), "camat.diwek"))
                .contains("434.616.000 (" + TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                        + ")");
        assertThat(halaman.ditolak(
                        post(dd).param("tahap", "1")
                                .param("tanggal", TODAY.toString())
                                .param("jumlah", "5"),
                        "pemdes.cukir"))
                .contains("tahap 1 sudah dicatat");
    }

    private static byte[] pdf() throws java.io.IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    @Order(6)
    void a_finished_project_is_accounted_for_handed_over_and_its_overdue_checks_reach_the_kpmd() throws Exception {
        var flash = org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash();
        mvc.perform(halaman.as(
                        multipart(project + "/lpj")
                                .param("tanggal", TODAY.toString())
                                .param("realisasi", "1"),
                        "kpmd.cukir"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("galat", "pelaksanaan.lpj.belumSelesai"));
        mvc.perform(halaman.as(
                        multipart(project + "/laporan")
                                .param("tanggal", TODAY.toString())
                                .param("fisik", "100")
                                .param("realisasi", "118.000.000"),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(halaman.as(
                        post(project + "/serah-terima")
                                .param("tanggal", TODAY.toString())
                                .param("nomorAset", "A-1"),
                        "kpmd.cukir"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("galat", "pelaksanaan.serahTerima.tanpaLpj"));
        mvc.perform(halaman.as(
                        multipart(project + "/lpj")
                                .param("tanggal", TODAY.toString())
                                .param("realisasi", "118000000"),
                        "kpmd.cukir"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("galat", "pelaksanaan.laporanDitolak"));
        mvc.perform(halaman.as(
                        multipart(project + "/lpj")
                                .file(new MockMultipartFile("berkas", "lpj.pdf", "application/pdf", pdf()))
                                .param("tanggal", TODAY.toString())
                                .param("realisasi", "118.000.000"),
                        "kpmd.cukir"))
                .andExpect(flash.attribute("pesan", "pelaksanaan.pesan.lpj"));
        mvc.perform(halaman.as(get(project + "/lpj"), "camat.diwek")).andExpect(status().isOk());
        mvc.perform(halaman.as(
                        post(project + "/serah-terima")
                                .param("tanggal", TODAY.toString())
                                .param("nomorAset", "02.03.05.2026.001"),
                        "pemdes.cukir"))
                .andExpect(flash.attribute("pesan", "pelaksanaan.pesan.serahTerima"));
        mvc.perform(halaman.as(
                        post(project + "/pelestarian")
                                .param("uraian", "Atap, talang dan dinding balai")
                                .param("pertama", TODAY.minusMonths(13).toString())
                                .param("bulan", "6")
                                .param("kali", "4"),
                        "kpmd.cukir"))
                .andExpect(flash.attribute("pesan", "pelaksanaan.pesan.pelestarian"));
        String page = halaman.html(get(project), "pd.diwek");
        assertThat(page)
                .contains("LPJ tanggal")
                .contains("Rp 118.000.000")
                .contains("nomor aset 02.03.05.2026.001")
                .contains("Atap, talang dan dinding balai");
        String landing = halaman.html(get("/"), "kpmd.cukir");
        assertThat(landing).contains("Pemeriksaan pelestarian yang terlambat").contains(ROAD);
        long projectId = Long.parseLong(project.substring(project.lastIndexOf('/') + 1));
        long first = jdbc.sql("SELECT MIN(id) FROM pelestarian_cek WHERE proyek_id = :p")
                .param("p", projectId)
                .query(Long.class)
                .single();
        mvc.perform(halaman.as(
                        post(project + "/pelestarian/" + first)
                                .param("hasil", "RUSAK")
                                .param("tanggal", TODAY.toString()),
                        "kpmd.cukir"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attribute("galat", "pelaksanaan.laporanDitolak"));
        mvc.perform(halaman.as(
                        post(project + "/pelestarian/" + first)
                                .param("hasil", "PERLU_PERBAIKAN")
                                .param("catatan", "Talang bocor di sisi timur")
                                .param("tanggal", TODAY.toString()),
                        "kpmd.cukir"))
                .andExpect(flash.attribute("pesan", "pelaksanaan.pesan.cek"));
        assertThat(halaman.html(get(project), "kpmd.cukir"))
                .contains("Perlu perbaikan")
                .contains("Talang bocor di sisi timur");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pelestarian_cek WHERE proyek_id = :p AND diperiksa IS NULL"
                                + " AND jadwal < CURRENT_DATE")
                        .param("p", projectId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
