package id.pandudesa.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A KPMD records a small business and the product it makes; the product is published on the
 * village's catalogue and board with its WhatsApp link and a small photo, never with the owner's
 * personal data; refusals store nothing; the kecamatan counts businesses by sector.
 */
@PanduIntegrationTest
@Tag("db")
class UmkmIT {

    static final String CUKIR = "3517082007";

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static byte[] jpeg(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                img.setRGB(x, y, (x * 7 + y * 13) & 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void a_business_and_its_product_reach_the_catalogue_without_the_owner() throws Exception {
        long before = count("umkm");
        String bad = halaman.ditolak(
                post("/ekonomi/umkm/" + CUKIR)
                        .param("pemilik", "Wati Rahayu")
                        .param("pemilikJk", "P")
                        .param("sektor", "KULINER")
                        .param("omzet", "SAMPAI_5JT")
                        .param("nib", "12345")
                        .param("telepon", "bukan nomor"),
                "kpmd.cukir");
        assertThat(bad).contains("Tulis nama usaha", "NIB terdiri dari 13 angka", "Nomor telepon tidak sah");
        assertThat(count("umkm")).isEqualTo(before);
        halaman.kirim(post("/ekonomi/umkm/" + CUKIR).param("nama", "x"), "camat.diwek")
                .andExpect(status().isForbidden());
        halaman.kirim(get("/ekonomi/umkm/" + CUKIR), "pld.diwek1").andExpect(status().isNotFound());

        halaman.kirim(
                        post("/ekonomi/umkm/" + CUKIR)
                                .param("nama", "Kerupuk Ikan Bu Wati")
                                .param("pemilik", "Wati Rahayu")
                                .param("pemilikJk", "P")
                                .param("rumahTanggaMiskin", "true")
                                .param("telepon", "0812-3456-7101")
                                .param("sektor", "KULINER")
                                .param("produk", "Keripik tempe, keripik singkong")
                                .param("pekerjaLaki", "1")
                                .param("pekerjaPerempuan", "3")
                                .param("omzet", "SAMPAI_5JT")
                                .param("nib", "9120001234567")
                                .param("halal", "true")
                                .param("dukungan", "PELATIHAN", "PEMASARAN"),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        long umkm = jdbc.sql("SELECT id FROM umkm WHERE nama = 'Kerupuk Ikan Bu Wati'")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT dukungan FROM umkm WHERE id = :id")
                        .param("id", umkm)
                        .query(String.class)
                        .single())
                .isEqualTo("PELATIHAN,PEMASARAN");
        assertThat(halaman.html(get("/ekonomi/umkm/" + CUKIR), "pld.diwek2")).contains("Wati Rahayu", "RT miskin");
        // A stale form is refused (409).
        halaman.kirim(
                        post("/ekonomi/umkm/" + CUKIR + "/" + umkm)
                                .param("versi", "7")
                                .param("nama", "Kerupuk Ikan Bu Wati")
                                .param("pemilik", "Wati Rahayu")
                                .param("pemilikJk", "P")
                                .param("sektor", "KULINER")
                                .param("omzet", "SAMPAI_25JT"),
                        "kpmd.cukir")
                .andExpect(status().isConflict());

        // The product: its producers must be this village's businesses; prices in order.
        long kayanganUmkm = jdbc.sql("INSERT INTO umkm (kode_desa, nama, pemilik, pemilik_jk, rumah_tangga_miskin,"
                        + " sektor, pekerja_laki, pekerja_perempuan, omzet, halal, dukungan, dicatat_oleh, dibuat)"
                        + " VALUES ('3517082001', 'Batik Kayangan', 'Siti', 'P', FALSE, 'FASHION', 0, 2, 'SAMPAI_5JT',"
                        + " FALSE, '', 'uji', CURRENT_TIMESTAMP)")
                .update();
        long other = jdbc.sql("SELECT MAX(id) FROM umkm WHERE kode_desa = '3517082001'")
                .query(Long.class)
                .single();
        assertThat(kayanganUmkm).isEqualTo(1);
        long products = count("produk_desa");
        String refused = halaman.ditolak(
                multipart("/ekonomi/produk/" + CUKIR)
                        .param("nama", "Kerupuk ikan")
                        .param("hargaMin", "15000")
                        .param("hargaMaks", "10000")
                        .param("satuan", "bungkus 250 g")
                        .param("produsen", Long.toString(other)),
                "kpmd.cukir");
        assertThat(refused).contains("Harga tertinggi tidak boleh di bawah", "Pilih produsen dari UMKM desa ini");
        assertThat(count("produk_desa")).isEqualTo(products);
        halaman.kirim(
                        multipart("/ekonomi/produk/" + CUKIR)
                                .file(new MockMultipartFile("foto", "keripik.jpg", "image/jpeg", jpeg(1200, 900)))
                                .param("nama", "Kerupuk ikan Cukir")
                                .param("uraian", "Tempe kedelai lokal, digoreng tipis dan renyah.")
                                .param("hargaMin", "10000")
                                .param("hargaMaks", "15000")
                                .param("satuan", "bungkus 250 g")
                                .param("whatsapp", "0812-3456-7102")
                                .param("produsen", Long.toString(umkm))
                                .param("publik", "true"),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        long produk = jdbc.sql("SELECT id FROM produk_desa WHERE nama = 'Kerupuk ikan Cukir'")
                .query(Long.class)
                .single();
        halaman.kirim(
                        post("/ekonomi/produk/" + CUKIR + "/" + produk + "/mitra")
                                .param("namaMitra", "Toko Oleh-oleh Tebuireng")
                                .param("jenisMitra", "TOKO"),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.ditolak(
                post("/ekonomi/produk/" + CUKIR + "/" + produk + "/mitra")
                        .param("namaMitra", "Lapak")
                        .param("jenisMitra", "DARING")
                        .param("tautan", "javascript:alert(1)"),
                "kpmd.cukir");

        // Public: the catalogue and the board, with the WhatsApp link; never the owner.
        String katalog = mvc.perform(get("/desa/" + CUKIR + "/produk"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(katalog)
                .contains("Kerupuk ikan Cukir", "Rp 10.000–15.000 / bungkus 250 g", "https://wa.me/6281234567102")
                .contains("Toko Oleh-oleh Tebuireng")
                .doesNotContain("Wati Rahayu", "0812-3456-7101", "Kerupuk Ikan Bu Wati", "javascript:");
        assertThat(mvc.perform(get("/desa/" + CUKIR)).andReturn().getResponse().getContentAsString())
                .contains("papan-produk", "Kerupuk ikan Cukir")
                .doesNotContain("Wati Rahayu");
        byte[] small = mvc.perform(get("/desa/" + CUKIR + "/produk/" + produk + "/foto"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        BufferedImage thumb = ImageIO.read(new java.io.ByteArrayInputStream(small));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(320);
        mvc.perform(get("/desa/3517082001/produk/" + produk + "/foto")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis IN ('ekonomi.Umkm', 'ekonomi.Produk')"
                                + " AND kode_desa = :d")
                        .param("d", CUKIR)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);

        // The kecamatan counts businesses by sector in the database.
        String rekap = halaman.html(get("/ekonomi/umkm/351708"), "pd.diwek");
        long kuliner = jdbc.sql("SELECT COUNT(*) FROM umkm WHERE kode_desa LIKE '351708%' AND sektor = 'KULINER'")
                .query(Long.class)
                .single();
        assertThat(rekap.replaceAll("\\s+", " "))
                .contains("id=\"sektor-KULINER\"")
                .contains("<td class=\"n\">" + kuliner + "</td>");
        assertThat(rekap).doesNotContain("Wati Rahayu");
    }

    @Test
    void an_incubation_follows_its_businesses_from_before_to_after() throws Exception {
        jdbc.sql("INSERT INTO umkm (kode_desa, nama, pemilik, pemilik_jk, rumah_tangga_miskin, sektor, pekerja_laki,"
                        + " pekerja_perempuan, omzet, halal, dukungan, dicatat_oleh, dibuat) VALUES (:d, 'Jamu Bu Lastri',"
                        + " 'Lastri', 'P', FALSE, 'KULINER', 0, 1, 'SAMPAI_5JT', FALSE, '', 'uji', CURRENT_TIMESTAMP)")
                .param("d", CUKIR)
                .update();
        long jamu = jdbc.sql("SELECT MAX(id) FROM umkm WHERE kode_desa = :d")
                .param("d", CUKIR)
                .query(Long.class)
                .single();
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        String end = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                .plusMonths(3)
                .toString();
        long programmes = count("inkubasi");
        halaman.ditolak(
                post("/ekonomi/inkubasi/" + CUKIR)
                        .param("nama", "Inkubasi jamu")
                        .param("penyelenggara", "BUMDes Cukir")
                        .param("mulai", end)
                        .param("selesai", today),
                "kpmd.cukir");
        assertThat(count("inkubasi")).isEqualTo(programmes);
        String location = mvc.perform(halaman.as(
                        post("/ekonomi/inkubasi/" + CUKIR)
                                .param("nama", "Inkubasi jamu dan minuman herbal")
                                .param("penyelenggara", "BUMDes Cukir")
                                .param("mulai", today)
                                .param("selesai", end),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long other = jdbc.sql("SELECT MIN(id) FROM umkm WHERE kode_desa <> :d")
                .param("d", CUKIR)
                .query(Long.class)
                .optional()
                .orElse(-1L);
        halaman.ditolak(
                post(location + "/peserta")
                        .param("umkmId", Long.toString(other))
                        .param("omzetAwal", "1000000")
                        .param("pekerjaAwal", "1"),
                "kpmd.cukir");
        halaman.kirim(
                        post(location + "/peserta")
                                .param("umkmId", Long.toString(jamu))
                                .param("omzetAwal", "3.000.000")
                                .param("pekerjaAwal", "1"),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.ditolak(
                post(location + "/sesi")
                        .param("tanggal", "2020-01-01")
                        .param("topik", "Label")
                        .param("hadir", Long.toString(jamu)),
                "kpmd.cukir");
        halaman.kirim(
                        post(location + "/sesi")
                                .param("tanggal", today)
                                .param("topik", "Label, izin P-IRT dan harga jual")
                                .param("hadir", Long.toString(jamu)),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(
                        post(location + "/akhir")
                                .param("umkmId", Long.toString(jamu))
                                .param("omzetAkhir", "4500000")
                                .param("pekerjaAkhir", "2"),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        String page = halaman.html(get(location), "pld.diwek2");
        assertThat(page)
                .contains(
                        "Rp 3.000.000 → 4.500.000",
                        "1 → 2",
                        "Label, izin P-IRT dan harga jual",
                        "hadir 1 dari 1 usaha");
        halaman.kirim(post(location + "/sesi").param("topik", "x"), "camat.diwek")
                .andExpect(status().isForbidden());
    }
}
