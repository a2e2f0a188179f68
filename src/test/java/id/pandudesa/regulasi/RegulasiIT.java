package id.pandudesa.regulasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Perdes of Cukir through every step of Permendagri 111/2014 — drafted by the village
 * government, commented on by facilitators, discussed with the BPD citing the musyawarah, agreed,
 * evaluated by the Camat, adopted with its text, promulgated — then public on the board and in the
 * Buku Peraturan di Desa; every wrong step refused with nothing stored.
 */
@PanduIntegrationTest
@Tag("db")
class RegulasiIT {

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM produk_hukum WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private int versi(long id) {
        return jdbc.sql("SELECT versi FROM produk_hukum WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    @Test
    void a_perdes_from_draft_to_promulgation_then_public_and_in_the_book() throws Exception {
        String location = mvc.perform(halaman.as(
                        post("/regulasi/3517082007")
                                .param("jenis", "PERDES")
                                .param("judul", "Anggaran Pendapatan dan Belanja Desa Tahun 2027")
                                .param("uraian", "APBDes 2027 hasil Musdes")
                                .param("perluEvaluasi", "true"),
                        "pemdes.cukir"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        halaman.kirim(post("/regulasi/3517082007").param("jenis", "PERDES"), "pld.diwek1")
                .andExpect(status().isNotFound());
        halaman.kirim(post("/regulasi/3517082007").param("jenis", "PERDES").param("judul", "x"), "mitra.diwek")
                .andExpect(status().isForbidden());
        halaman.kirim(get(location), "pld.diwek1").andExpect(status().isNotFound());

        halaman.kirim(post(location + "/komentar").param("isi", "Cantumkan pagu Dana Desa per bidang."), "mitra.diwek")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(post(location + "/komentar").param("isi", "x"), "pemdes.cukir")
                .andExpect(status().isForbidden());

        // Adopting a draft that was never discussed, agreed or evaluated is refused.
        halaman.ditolak(
                post(location + "/langkah/tetapkan").param("nomor", "3").param("tanggal", TODAY), "pemdes.cukir");
        assertThat(statusOf(id)).isEqualTo("RANCANGAN");
        halaman.ditolak(post(location + "/langkah/bahas").param("musyawarahId", "999999"), "pemdes.cukir");
        long meeting = jdbc.sql(
                        "SELECT MAX(id) FROM musyawarah WHERE kode_desa = '3517082007' AND koreksi_dari IS NULL")
                .query(Long.class)
                .single();
        halaman.kirim(post(location + "/langkah/bahas").param("musyawarahId", Long.toString(meeting)), "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(post(location + "/langkah/sepakati").param("tanggal", TODAY), "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(
                        post(location + "/langkah/ajukanEvaluasi")
                                .param("nomor", "140/12/2026")
                                .param("tanggal", TODAY),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pemberitahuan WHERE username = 'camat.diwek' AND kunci LIKE :k")
                        .param("k", "regulasi:" + id + ":%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        halaman.kirim(post(location + "/langkah/evaluasi").param("sesuai", "true"), "pemdes.cukir")
                .andExpect(status().isForbidden());
        halaman.kirim(
                        post(location + "/langkah/evaluasi")
                                .param("sesuai", "true")
                                .param("versi", Integer.toString(versi(id) - 1)),
                        "camat.diwek")
                .andExpect(status().isConflict());
        halaman.kirim(post(location + "/langkah/evaluasi").param("sesuai", "true"), "camat.diwek")
                .andExpect(status().is3xxRedirection());

        String noText = halaman.ditolak(
                post(location + "/langkah/tetapkan").param("nomor", "3").param("tanggal", TODAY), "pemdes.cukir");
        assertThat(noText).contains("Unggah teksnya");
        byte[] text = PdfBuilder.a4()
                .paragraf("PERATURAN DESA CUKIR NOMOR 3 TAHUN 2026")
                .toBytes();
        halaman.kirim(
                        multipart(location + "/teks")
                                .file(new MockMultipartFile("berkas", "perdes.pdf", "application/pdf", text))
                                .param("catatan", "hasil kesepakatan"),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(post(location + "/langkah/tetapkan").param("nomor", "3").param("tanggal", TODAY), "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.ditolak(
                multipart(location + "/teks").file(new MockMultipartFile("berkas", "b.pdf", "application/pdf", text)),
                "pemdes.cukir");
        halaman.ditolak(post(location + "/komentar").param("isi", "terlambat"), "mitra.diwek");
        halaman.kirim(
                        post(location + "/langkah/undangkan")
                                .param("nomor", "Lembaran Desa 3/2026")
                                .param("tanggal", TODAY),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("DIUNDANGKAN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis LIKE '%ProdukHukum' AND rekaman_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(8);

        byte[] pub = mvc.perform(get("/desa/3517082007/regulasi/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pub, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/desa/3517082001/regulasi/" + id)).andExpect(status().isNotFound());

        byte[] book = mvc.perform(halaman.as(get("/regulasi/3517082007/buku-peraturan.pdf"), "pemdes.cukir"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(book)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains(
                            "BUKU PERATURAN DI DESA",
                            "Anggaran Pendapatan dan Belanja Desa Tahun 2027",
                            "Lembaran Desa 3/2026");
        }
        halaman.kirim(get("/regulasi/3517082007/buku-keputusan.xlsx"), "ta.jombang")
                .andExpect(status().isOk());
        halaman.kirim(get("/regulasi/3517082007/buku-lain.pdf"), "pemdes.cukir").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/regulasi/produk/" + id).with(httpBasic("ta.jombang", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIUNDANGKAN"))
                .andExpect(jsonPath("$.nomor").value("3"))
                .andExpect(jsonPath("$.nomorDiundangkan").value("Lembaran Desa 3/2026"));
        mvc.perform(get("/api/v1/regulasi/3517082007").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isNotFound());
        assertThat(halaman.html(get("/desa/3517082007"), "pld.diwek1"))
                .contains("Anggaran Pendapatan dan Belanja Desa Tahun 2027");
    }

    private long buatPerdes(String judul, boolean evaluasi, String extraKey, String extraValue) throws Exception {
        var req = post("/regulasi/3517082007")
                .param("jenis", "PERDES")
                .param("judul", judul)
                .param("perluEvaluasi", Boolean.toString(evaluasi));
        if (extraKey != null) {
            req.param(extraKey, extraValue).param("perubahan", "UBAH");
        }
        String location = mvc.perform(halaman.as(req, "pemdes.cukir"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void sampaiDiundangkan(long id, String nomor) throws Exception {
        String location = "/regulasi/produk/" + id;
        long meeting = jdbc.sql(
                        "SELECT MAX(id) FROM musyawarah WHERE kode_desa = '3517082007' AND koreksi_dari IS NULL")
                .query(Long.class)
                .single();
        halaman.kirim(post(location + "/langkah/bahas").param("musyawarahId", Long.toString(meeting)), "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(post(location + "/langkah/sepakati").param("tanggal", TODAY), "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(
                        multipart(location + "/teks")
                                .file(new MockMultipartFile(
                                        "berkas",
                                        "p.pdf",
                                        "application/pdf",
                                        PdfBuilder.a4().paragraf("PERDES").toBytes())),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(
                        post(location + "/langkah/tetapkan")
                                .param("nomor", nomor)
                                .param("tanggal", TODAY),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(
                        post(location + "/langkah/undangkan")
                                .param("nomor", "LD " + nomor)
                                .param("tanggal", TODAY),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void the_bupati_evaluates_through_a_ta_an_amendment_replaces_the_old_and_documents_cite_the_register()
            throws Exception {
        // The Bupati's evaluation recorded by the kabupaten's TA needs the letter's number.
        long apb = buatPerdes("APB Desa Perubahan 2027", true, null, null);
        String location = "/regulasi/produk/" + apb;
        long meeting = jdbc.sql(
                        "SELECT MAX(id) FROM musyawarah WHERE kode_desa = '3517082007' AND koreksi_dari IS NULL")
                .query(Long.class)
                .single();
        halaman.kirim(post(location + "/langkah/bahas").param("musyawarahId", Long.toString(meeting)), "pemdes.cukir");
        halaman.kirim(post(location + "/langkah/sepakati").param("tanggal", TODAY), "pemdes.cukir");
        halaman.kirim(
                post(location + "/langkah/ajukanEvaluasi")
                        .param("nomor", "140/20")
                        .param("tanggal", TODAY),
                "pemdes.cukir");
        assertThat(halaman.html(get(location), "ta.jombang")).contains("nomor-evaluasi", "Bupati/Wali Kota");
        String refused = halaman.ditolak(post(location + "/langkah/evaluasi").param("sesuai", "true"), "ta.jombang");
        assertThat(refused).contains("nomor keputusan evaluasi Bupati");
        assertThat(statusOf(apb)).isEqualTo("MENUNGGU_EVALUASI");
        halaman.kirim(post(location + "/langkah/evaluasi").param("sesuai", "true"), "pld.diwek1")
                .andExpect(status().isNotFound());
        halaman.kirim(
                        post(location + "/langkah/evaluasi")
                                .param("sesuai", "true")
                                .param("nomor", "188/45/415.10/2027"),
                        "ta.jombang")
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT evaluator || ' ' || nomor_evaluasi FROM produk_hukum WHERE id = :id")
                        .param("id", apb)
                        .query(String.class)
                        .single())
                .isEqualTo("BUPATI 188/45/415.10/2027");
        halaman.kirim(
                multipart(location + "/teks")
                        .file(new MockMultipartFile(
                                "berkas",
                                "p.pdf",
                                "application/pdf",
                                PdfBuilder.a4().paragraf("APB").toBytes())),
                "pemdes.cukir");
        halaman.kirim(post(location + "/langkah/tetapkan").param("nomor", "9").param("tanggal", TODAY), "pemdes.cukir")
                .andExpect(status().is3xxRedirection());

        // An amendment of a regulation still a draft is refused and stores nothing.
        long lama = buatPerdes("Pungutan Desa", false, null, null);
        long drafts =
                jdbc.sql("SELECT COUNT(*) FROM produk_hukum").query(Long.class).single();
        String notInForce = halaman.ditolak(
                post("/regulasi/3517082007")
                        .param("jenis", "PERDES")
                        .param("judul", "Perubahan Pungutan Desa")
                        .param("mengubahId", Long.toString(lama))
                        .param("perubahan", "UBAH"),
                "pemdes.cukir");
        assertThat(notInForce).contains("sudah ditetapkan dan masih berlaku");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM produk_hukum")
                        .query(Long.class)
                        .single())
                .isEqualTo(drafts);
        sampaiDiundangkan(lama, "7");
        // A Perkades cannot amend a Perdes.
        halaman.ditolak(
                post("/regulasi/3517082007")
                        .param("jenis", "PERKADES")
                        .param("judul", "x")
                        .param("mengubahId", Long.toString(lama))
                        .param("perubahan", "UBAH"),
                "pemdes.cukir");
        assertThat(halaman.html(get("/regulasi/3517082007?mengubah=" + lama), "pemdes.cukir"))
                .contains("perubahan-atas", "Pungutan Desa");
        long baru = buatPerdes("Perubahan atas Perdes Pungutan Desa", false, "mengubahId", Long.toString(lama));
        assertThat(jdbc.sql("SELECT berlaku FROM produk_hukum WHERE id = :id")
                        .param("id", lama)
                        .query(String.class)
                        .single())
                .isEqualTo("BERLAKU");
        sampaiDiundangkan(baru, "8");
        assertThat(jdbc.sql("SELECT berlaku || ' ' || diganti_oleh_id FROM produk_hukum WHERE id = :id")
                        .param("id", lama)
                        .query(String.class)
                        .single())
                .isEqualTo("DIUBAH " + baru);
        assertThat(halaman.html(get("/regulasi/produk/" + lama), "pemdes.cukir"))
                .contains("tautan-pengganti");
        byte[] book = mvc.perform(halaman.as(get("/regulasi/3517082007/buku-peraturan.pdf"), "pemdes.cukir"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(book)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Diubah dengan nomor 8", "Pungutan Desa");
        }
        byte[] xlsx = mvc.perform(halaman.as(get("/regulasi/3517082007/buku-peraturan.xlsx"), "pemdes.cukir"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.util.List<String> ket = new java.util.ArrayList<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            wb.getSheetAt(0).forEach(row -> {
                var c = row.getCell(9);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    ket.add(c.getStringCellValue());
                }
            });
        }
        assertThat(ket).contains("Diubah dengan nomor 8", "Mengubah nomor 7", "Evaluasi Bupati 188/45/415.10/2027");

        // The APBDes cites the register: only the village government, only an adopted regulation of the
        // same village still in force; the regulation's page lists what stands on it.
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        halaman.kirim(
                        post("/regulasi/dasar-hukum")
                                .param("pokok", "APBDES")
                                .param("kodeDesa", "3517082007")
                                .param("pokokId", Integer.toString(year))
                                .param("produkHukumId", Long.toString(baru)),
                        "pld.diwek2")
                .andExpect(status().isForbidden());
        halaman.kirim(
                        post("/regulasi/dasar-hukum")
                                .param("pokok", "APBDES")
                                .param("kodeDesa", "3517082007")
                                .param("pokokId", Integer.toString(year))
                                .param("produkHukumId", Long.toString(lama)),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("galat", "regulasi.dasar.bukanProdukDesa"));
        halaman.kirim(
                        post("/regulasi/dasar-hukum")
                                .param("pokok", "APBDES")
                                .param("kodeDesa", "3517082007")
                                .param("pokokId", Integer.toString(year))
                                .param("produkHukumId", Long.toString(baru)),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/perencanaan/apbdes/3517082007/" + year));
        assertThat(jdbc.sql(
                                "SELECT produk_hukum_id FROM dasar_hukum WHERE pokok = 'APBDES' AND kode_desa = '3517082007'"
                                        + " AND pokok_id = :t")
                        .param("t", Integer.toString(year))
                        .query(Long.class)
                        .single())
                .isEqualTo(baru);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'regulasi.DasarHukum'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(halaman.html(get("/perencanaan/apbdes/3517082007/" + year), "pd.diwek"))
                .contains("/regulasi/produk/" + baru, "Perubahan atas Perdes Pungutan Desa")
                .doesNotContain("dasar-hukum-form");
        assertThat(halaman.html(get("/regulasi/produk/" + baru), "pemdes.cukir"))
                .contains("dasar-bagi", "APBDes " + year);
    }
}
