package id.pandudesa.platform.privasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.AduanUji;
import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data subject's request end to end: the admin records it, finds every record about the person
 * in their scope (by name and by phone written any way) and nothing about another person or
 * outside the scope, hands over JSON and PDF copies, corrects a contact, anonymises what may be
 * anonymised (what a legal duty keeps stays), and closes it; every step is recorded.
 */
@PanduIntegrationTest
@Tag("db")
class SubjekDataIT {

    @Autowired
    Halaman halaman;

    @Autowired
    EnkripsiKolom enkripsi;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final String nama = "Wulan Subjek " + tag;
    final String lain = "Wulan Lain " + tag;

    /** The rows seeded past the services go again, so no summary of the shared context is off. */
    @org.junit.jupiter.api.AfterEach
    void bersihkan() {
        jdbc.sql("DELETE FROM umkm WHERE nama = 'Keripik Uji' AND dicatat_oleh = 'uji'")
                .update();
        jdbc.sql("DELETE FROM kader WHERE nama LIKE 'Wulan Subjek %'").update();
    }

    /** A complaint filed through the API, as a citizen does: its identity stored encrypted. */
    long aduan(String desa, String orang, String kontak) throws Exception {
        return AduanUji.ajukan(
                mvc, jdbc, desa, "Uji subjek " + tag + " jalan rusak di " + desa + " " + orang, orang, kontak);
    }

    String terbuka(String sql, long id) {
        return Sandi.aktif()
                .dekripsi(jdbc.sql(sql).param("id", id).query(String.class).single());
    }

    void umkm(String pemilik, String telepon) {
        jdbc.sql("""
                        INSERT INTO umkm (kode_desa, nama, pemilik, pemilik_jk, rumah_tangga_miskin, telepon, sektor,
                            pekerja_laki, pekerja_perempuan, omzet, halal, dukungan, dicatat_oleh, dibuat, versi)
                        VALUES ('3517082007', 'Keripik Uji', :p, 'P', FALSE, :t, 'KULINER', 0, 2, 'SAMPAI_5JT', FALSE, '',
                            'uji', CURRENT_TIMESTAMP, 0)""").param("p", pemilik).param("t", telepon).update();
    }

    void kader(String orang, String telepon) {
        jdbc.sql("""
                        INSERT INTO kader (kode_desa, nama, jenis_kelamin, jenis, telepon, mulai, status, kompetensi, versi, dibuat)
                        VALUES ('3517082007', :n, 'P', 'KPMD', :t, DATE '2025-01-01', 'AKTIF', '', 0, CURRENT_TIMESTAMP)""").param("n", orang).param("t", telepon).update();
    }

    String telepon() {
        return "0813" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000);
    }

    long buka(String admin) throws Exception {
        String where = halaman.kirim(
                        post("/admin/privasi/subjek")
                                .param("jenis", "PENGHAPUSAN")
                                .param("pemohon", nama)
                                .param("nama", nama.toUpperCase())
                                .param("telepon", "+62 " + telepon().substring(1))
                                .param("diterima", java.time.LocalDate.now().toString()),
                        admin)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(where.substring(where.lastIndexOf('/') + 1));
    }

    @Test
    void a_person_gets_everything_held_about_them_and_nothing_about_another() throws Exception {
        String nomor = "0813" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000);
        String hp = nomor.substring(0, 4) + "-" + nomor.substring(4, 8) + "-" + nomor.substring(8);
        long diwek = aduan("3517082007", nama, nomor);
        long luar = aduan("3201022001", nama, null); // Jawa Barat: outside the Jawa Timur admin's scope
        long orangLain = aduan("3517082007", lain, "081399998888");
        umkm("Pemilik Uji " + tag, hp); // found by the phone number alone
        kader(nama, null);
        enkripsi.semua(); // rows written past the services are encrypted as at the next start

        halaman.html(get("/pengaduan/kelola/" + diwek), "kpmd.cukir"); // a handler looked at the identity
        long id = buka("admin.jatim");
        String page = halaman.html(get("/admin/privasi/subjek/" + id), "admin.jatim");
        assertThat(page)
                .contains("pengaduan|" + diwek, "Pemilik Uji " + tag, "kader|")
                .as("the receipt sent to the complainant's phone is held about them too")
                .contains("notifikasi|", nomor)
                .doesNotContain("pengaduan|" + luar, "pengaduan|" + orangLain, lain);

        String json = halaman.kirim(get("/admin/privasi/subjek/" + id + ".json"), "admin.jatim")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains(nama, "Pemilik Uji " + tag, "\"tabel\" : \"kader\"", "\"tabel\" : \"umkm\"")
                .contains("\"oleh\" : \"kpmd.cukir\"", "\"dari\" : \"GET /pengaduan/kelola/" + diwek + "\"")
                .doesNotContain(lain, "081399998888")
                .as("the copy shows the person's data readable, not as stored ciphertext")
                .doesNotContain("v1:");
        byte[] pdf = halaman.kirim(get("/admin/privasi/subjek/" + id + ".pdf"), "admin.jatim")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(nama, "Pemilik Uji " + tag).doesNotContain(lain);
        }
        assertThat(halaman.html(get("/admin/privasi/subjek/" + id), "admin")).contains("pengaduan|" + luar);

        halaman.kirim(
                        post("/admin/privasi/subjek/" + id + "/koreksi")
                                .param("ref", "pengaduan|" + diwek)
                                .param("kolom", "kontak")
                                .param("nilai", hp),
                        "admin.jatim")
                .andExpect(status().is3xxRedirection());
        assertThat(terbuka("SELECT kontak FROM pengaduan WHERE id = :id", diwek))
                .isEqualTo(hp);
        long kaderId = jdbc.sql("SELECT id FROM kader WHERE nama = :n")
                .param("n", nama)
                .query(Long.class)
                .single();
        halaman.kirim(
                        post("/admin/privasi/subjek/" + id + "/anonimkan")
                                .param("ref", "pengaduan|" + diwek)
                                .param("ref", "kader|" + kaderId),
                        "admin.jatim")
                .andExpect(status().isForbidden());
        assertThat(terbuka("SELECT nama FROM pengaduan WHERE id = :id", diwek))
                .as("refused as a whole: the cadre book is kept by law")
                .isEqualTo(nama);
        halaman.kirim(
                        post("/admin/privasi/subjek/" + id + "/anonimkan").param("ref", "pengaduan|" + diwek),
                        "admin.jatim")
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT nama, kontak FROM pengaduan WHERE id = :id")
                        .param("id", diwek)
                        .query()
                        .singleRow())
                .containsEntry("nama", "(dihapus)")
                .containsEntry("kontak", null);
        assertThat(terbuka("SELECT nama FROM pengaduan WHERE id = :id", orangLain))
                .isEqualTo(lain);

        halaman.kirim(
                        post("/admin/privasi/subjek/" + id + "/tutup")
                                .param("dipenuhi", "true")
                                .param("hasil", "Identitas pengaduan dihapus; buku kader tetap.")
                                .param("versi", "0"),
                        "admin.jatim")
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT aksi FROM permintaan_subjek_langkah WHERE permintaan_id = :p ORDER BY id")
                        .param("p", id)
                        .query(String.class)
                        .list())
                .containsExactly("DIBUKA", "EKSPOR_JSON", "EKSPOR_PDF", "DIKOREKSI", "DIANONIMKAN", "SELESAI");
        assertThat(jdbc.sql("SELECT status FROM permintaan_subjek WHERE id = :p")
                        .param("p", id)
                        .query(String.class)
                        .single())
                .isEqualTo("SELESAI");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM akses_data_pribadi WHERE jenis = 'subjek.permintaan' AND rekaman_id = :r")
                        .param("r", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_request_without_anyone_to_look_for_is_refused_with_the_fields_named() throws Exception {
        String page = halaman.ditolak(
                post("/admin/privasi/subjek")
                        .param("jenis", "AKSES")
                        .param("pemohon", "")
                        .param("diterima", "2999-01-01"),
                "admin.jatim");
        assertThat(page).contains("isi nama, nomor HP, atau e-mail", "tidak boleh tanggal yang akan datang");
    }
}
