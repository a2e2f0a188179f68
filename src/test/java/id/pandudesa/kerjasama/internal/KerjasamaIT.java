package id.pandudesa.kerjasama.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.notifikasi.Notifikasi;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.Tabel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A cooperation on the database, from partner to aksi-refleksi: what each step accepts and in
 * which order, signing, reviews and follow-ups, stale forms, who may see and change it, the BKAD,
 * and the expiry alert. Everything refused leaves nothing stored.
 */
@PanduIntegrationTest
@Tag("db")
class KerjasamaIT {

    static final String DESA = "3517082005"; // Grogol: no demo cooperation

    @Autowired
    MockMvc mvc;

    @Autowired
    Tabel tabel;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MusyawarahApi musyawarah;

    @Autowired
    AkunApi akun;

    @Autowired
    PeringatanKerjasama peringatan;

    @Autowired
    KerjasamaService service;

    @Autowired
    KerjasamaQueries queries;

    private MockHttpServletResponse kirim(String path, String username, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder r =
                post(path).with(user(users.loadUserByUsername(username))).with(csrf());
        params.forEach(r::param);
        return mvc.perform(r).andReturn().getResponse();
    }

    private MockHttpServletResponse langkah(long id, String username, Map<String, String> params, byte[] file)
            throws Exception {
        MockMultipartHttpServletRequestBuilder r = multipart("/kerjasama/perjanjian/" + id + "/langkah");
        if (file != null) {
            r.file(new MockMultipartFile("dokumen", "kajian.pdf", "application/pdf", file));
        }
        r.with(user(users.loadUserByUsername(username))).with(csrf());
        params.forEach(r::param);
        return mvc.perform(r).andReturn().getResponse();
    }

    private String halaman(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int status(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private int versi(long id) {
        return jdbc.sql("SELECT versi FROM kerjasama WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private static Map<String, String> p(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private long potensiGrogol() {
        jdbc.sql("INSERT INTO potensi_desa (kode_desa, jenis, nama, dicatat_oleh, dibuat)"
                        + " VALUES (:d, 'SDA', 'Mata air Sumber Grogol', 'uji', CURRENT_TIMESTAMP)")
                .param("d", DESA)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM potensi_desa WHERE kode_desa = :d")
                .param("d", DESA)
                .query(Long.class)
                .single();
    }

    @Test
    void a_cooperation_between_villages_is_walked_in_order_signed_and_reviewed() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        // Partners: a village by its code (named from the region tree), and what is refused.
        long partners = tabel.baris("kerjasama_mitra");
        MockHttpServletResponse bad =
                kirim("/kerjasama/" + DESA + "/mitra", "pld.diwek2", p("jenisMitra", "DESA", "kodeDesaMitra", DESA));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("Desa sendiri tidak bisa menjadi mitra");
        bad = kirim("/kerjasama/" + DESA + "/mitra", "pld.diwek2", p("jenisMitra", "SWASTA", "namaMitra", " "));
        assertThat(bad.getContentAsString()).contains("Nama mitra: Wajib diisi");
        assertThat(kirim("/kerjasama/" + DESA + "/mitra", "camat.diwek", p("jenisMitra", "LSM", "namaMitra", "X"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(tabel.baris("kerjasama_mitra")).isEqualTo(partners);
        assertThat(kirim(
                                "/kerjasama/" + DESA + "/mitra",
                                "pld.diwek2",
                                p("jenisMitra", "DESA", "kodeDesaMitra", "35.17.08.2006"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(kirim(
                                "/kerjasama/" + DESA + "/mitra",
                                "pld.diwek2",
                                p("jenisMitra", "DESA", "kodeDesaMitra", "3517082006"))
                        .getContentAsString())
                .contains("Jatirejo sudah ada di daftar mitra");
        kirim("/kerjasama/" + DESA + "/mitra", "pld.diwek2", p("jenisMitra", "SWASTA", "namaMitra", "CV Tirta Grogol"));
        long jatirejo = jdbc.sql(
                        "SELECT id FROM kerjasama_mitra WHERE kode_desa = :d AND kode_desa_mitra = '3517082006'")
                .param("d", DESA)
                .query(Long.class)
                .single();
        long cv = jdbc.sql("SELECT id FROM kerjasama_mitra WHERE kode_desa = :d AND nama = 'CV Tirta Grogol'")
                .param("d", DESA)
                .query(Long.class)
                .single();

        // Between villages only with villages.
        long agreements = tabel.baris("kerjasama");
        bad = kirim(
                "/kerjasama/" + DESA + "/baru",
                "pld.diwek2",
                p("jenis", "ANTAR_DESA", "judul", "Air bersih", "mitra", String.valueOf(cv)));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("Kerja sama antar desa hanya dengan desa lain");
        assertThat(tabel.baris("kerjasama")).isEqualTo(agreements);
        MockHttpServletResponse ok = kirim(
                "/kerjasama/" + DESA + "/baru",
                "pld.diwek2",
                p("jenis", "ANTAR_DESA", "judul", "Air bersih Grogol–Jatirejo", "mitra", String.valueOf(jatirejo)));
        assertThat(ok.getStatus()).isEqualTo(302);
        long id = Long.parseLong(ok.getRedirectedUrl().replaceAll(".*/", ""));

        // Steps in order; step 1 cites a potential of this desa only.
        bad = langkah(id, "pld.diwek2", p("versi", "0", "langkah", "3", "bukti", "MITRA:" + jatirejo), null);
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("Selesaikan dulu langkah 1");
        long cukirPotential = jdbc.sql("SELECT MIN(id) FROM potensi_desa WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        bad = langkah(id, "pld.diwek2", p("versi", "0", "langkah", "1", "bukti", "POTENSI:" + cukirPotential), null);
        assertThat(bad.getContentAsString()).contains("bukan potensi desa ini");
        bad = langkah(id, "pld.diwek2", p("versi", "0", "langkah", "1", "bukti", "MITRA:" + jatirejo), null);
        assertThat(bad.getContentAsString()).contains("Pilih bukti yang sesuai");
        long pot = potensiGrogol();
        assertThat(langkah(id, "pld.diwek2", p("versi", "0", "langkah", "1", "bukti", "POTENSI:" + pot), null)
                        .getStatus())
                .isEqualTo(302);
        // Step 1 may cite a product of a village taking part instead (re-cited before signing).
        jdbc.sql(
                        "INSERT INTO produk_desa (kode_desa, nama, harga_min, harga_maks, satuan, publik, dicatat_oleh, dibuat)"
                                + " VALUES ('3517082001', 'Batik tulis Kayangan', 150000, 300000, 'lembar', TRUE, 'uji',"
                                + " CURRENT_TIMESTAMP)")
                .update();
        jdbc.sql(
                        "INSERT INTO produk_desa (kode_desa, nama, harga_min, harga_maks, satuan, publik, dicatat_oleh, dibuat)"
                                + " VALUES (:d, 'Air minum isi ulang Sumber Grogol', 5000, 5000, 'galon', TRUE, 'uji',"
                                + " CURRENT_TIMESTAMP)")
                .param("d", DESA)
                .update();
        long kayanganProduk = jdbc.sql("SELECT MAX(id) FROM produk_desa WHERE kode_desa = '3517082001'")
                .query(Long.class)
                .single();
        long grogolProduk = jdbc.sql("SELECT MAX(id) FROM produk_desa WHERE kode_desa = :d")
                .param("d", DESA)
                .query(Long.class)
                .single();
        bad = langkah(
                id,
                "pld.diwek2",
                p("versi", "" + versi(id), "langkah", "1", "bukti", "PRODUK:" + kayanganProduk),
                null);
        assertThat(bad.getContentAsString()).contains("bukan produk desa yang bekerja sama");
        assertThat(langkah(
                                id,
                                "pld.diwek2",
                                p("versi", "" + versi(id), "langkah", "1", "bukti", "PRODUK:" + grogolProduk),
                                null)
                        .getStatus())
                .isEqualTo(302);
        assertThat(halaman("/kerjasama/perjanjian/" + id, "pld.diwek2")).contains("Air minum isi ulang Sumber Grogol");
        // A form from before that change is stale.
        MockHttpServletResponse stale =
                langkah(id, "pld.diwek2", p("versi", "0", "langkah", "2", "bukti", "MITRA:" + jatirejo), null);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("baru saja diubah orang lain");
        langkah(id, "pld.diwek2", p("versi", "" + versi(id), "langkah", "2", "bukti", "MITRA:" + jatirejo), null);
        // Step 3 by a document uploaded with it.
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
        assertThat(langkah(id, "pld.diwek2", p("versi", "" + versi(id), "langkah", "3"), pdf)
                        .getStatus())
                .isEqualTo(302);
        long doc = jdbc.sql("SELECT bukti_id FROM kerjasama_langkah WHERE kerjasama_id = :k AND langkah = 3")
                .param("k", id)
                .query(Long.class)
                .single();
        assertThat(status("/kerjasama/perjanjian/" + id + "/berkas/" + doc, "pld.diwek2"))
                .isEqualTo(200);
        assertThat(status("/kerjasama/perjanjian/" + id + "/berkas/" + (doc + 100000), "pld.diwek2"))
                .isEqualTo(404);
        // Step 4 needs the Perdes.
        bad = langkah(id, "pld.diwek2", p("versi", "" + versi(id), "langkah", "4"), pdf);
        assertThat(bad.getContentAsString()).contains("Pilih Perdes dari register produk hukum");
        // Step 4 cites the register: a regulation of a village outside the cooperation is refused.
        long cukirPerdes = jdbc.sql("SELECT MIN(id) FROM produk_hukum WHERE kode_desa = '3517082007'"
                        + " AND status = 'DIUNDANGKAN'")
                .query(Long.class)
                .single();
        bad = langkah(
                id,
                "pld.diwek2",
                p("versi", "" + versi(id), "langkah", "4", "bukti", "PRODUK_HUKUM:" + cukirPerdes),
                null);
        assertThat(bad.getContentAsString()).contains("tidak ada di register desa yang bekerja sama");
        jdbc.sql("INSERT INTO produk_hukum (kode_desa, jenis, judul, perlu_evaluasi, status, nomor, tanggal_tetap,"
                        + " nomor_undang, tanggal_undang, dibuat, dibuat_oleh, diubah, versi)"
                        + " VALUES (:d, 'PERDES', 'Kerja Sama Air Bersih dengan Desa Jatirejo', FALSE, 'DIUNDANGKAN', '2',"
                        + " :t, 'Lembaran Desa 2', :t, CURRENT_TIMESTAMP, 'uji', CURRENT_TIMESTAMP, 0)")
                .param("d", DESA)
                .param("t", today)
                .update();
        long grogolPerdes = jdbc.sql("SELECT MAX(id) FROM produk_hukum WHERE kode_desa = :d")
                .param("d", DESA)
                .query(Long.class)
                .single();
        assertThat(halaman("/kerjasama/perjanjian/" + id, "pld.diwek2")).contains("PRODUK_HUKUM:" + grogolPerdes);
        assertThat(langkah(
                                id,
                                "pld.diwek2",
                                p("versi", "" + versi(id), "langkah", "4", "bukti", "PRODUK_HUKUM:" + grogolPerdes),
                                null)
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT perdes FROM kerjasama WHERE id = :k")
                        .param("k", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Peraturan Desa Nomor 2 Tahun " + today.getYear()
                        + " tentang Kerja Sama Air Bersih dengan Desa Jatirejo");
        assertThat(halaman("/kerjasama/perjanjian/" + id, "pld.diwek2")).contains("/regulasi/produk/" + grogolPerdes);
        // Step 5 between villages needs a Musyawarah Antar Desa of a desa taking part: Cukir's is not.
        var cukirMad = musyawarah
                .terbaru("3517082007", 30, akun.profil("pd.diwek").orElseThrow())
                .stream()
                .filter(m -> m.jenis() == JenisMusyawarah.MUSYAWARAH_ANTAR_DESA)
                .findFirst()
                .orElseThrow();
        bad = langkah(
                id,
                "pld.diwek2",
                p("versi", "" + versi(id), "langkah", "5", "bukti", "MUSYAWARAH:" + cukirMad.id()),
                null);
        assertThat(bad.getContentAsString()).contains("tidak ditemukan di desa-desa yang terlibat");

        // Signing needs steps 1-5; nothing changes when refused.
        bad = kirim(
                "/kerjasama/perjanjian/" + id + "/tandatangani",
                "pld.diwek2",
                p(
                        "versi", "" + versi(id),
                        "nomorPerjanjian", "1/2026",
                        "ditandatangani", today.plusDays(1).toString(),
                        "mulai", today.toString(),
                        "selesai", today.minusDays(1).toString()));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("Selesaikan langkah 1 sampai 5")
                .contains("Tanggal belum terjadi")
                .contains("Harus sesudah tanggal mulai");
        assertThat(jdbc.sql("SELECT status FROM kerjasama WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("RANCANGAN");

        // Step 5 by the inter-village meeting: held in Cukir, with Cukir joined as a party it fits.
        // Use the service for the party change, as the page does not move parties after the start.
        jdbc.sql("INSERT INTO kerjasama_desa (kerjasama_id, kode_desa) VALUES (:k, '3517082007')")
                .param("k", id)
                .update();
        assertThat(langkah(
                                id,
                                "pld.diwek2",
                                p("versi", "" + versi(id), "langkah", "5", "bukti", "MUSYAWARAH:" + cukirMad.id()),
                                null)
                        .getStatus())
                .isEqualTo(302);
        assertThat(kirim(
                                "/kerjasama/perjanjian/" + id + "/tandatangani",
                                "pld.diwek2",
                                p(
                                        "versi",
                                        "" + versi(id),
                                        "nomorPerjanjian",
                                        "01/KSAD/GRG-JTR/2026",
                                        "ditandatangani",
                                        today.minusDays(30).toString(),
                                        "mulai",
                                        today.minusDays(30).toString(),
                                        "selesai",
                                        today.plusDays(20).toString(),
                                        "nilai",
                                        "25.000.000"))
                        .getStatus())
                .isEqualTo(302);
        // Once signed the steps are closed.
        bad = langkah(id, "pld.diwek2", p("versi", "" + versi(id), "langkah", "1", "bukti", "POTENSI:" + pot), null);
        assertThat(bad.getContentAsString()).contains("sudah ditandatangani");

        // Aksi-refleksi: not before signing, follow-ups need who and when; the first completes step 6.
        bad = kirim(
                "/kerjasama/perjanjian/" + id + "/refleksi",
                "pld.diwek2",
                p(
                        "versi",
                        "" + versi(id),
                        "tanggalRefleksi",
                        today.minusDays(40).toString(),
                        "temuan",
                        "",
                        "tl0_uraian",
                        "Perbaiki pipa"));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("Tidak boleh sebelum perjanjian ditandatangani")
                .contains("Temuan: perkembangan kerja sama: Wajib diisi");
        assertThat(kirim(
                                "/kerjasama/perjanjian/" + id + "/refleksi",
                                "pld.diwek2",
                                p(
                                        "versi",
                                        "" + versi(id),
                                        "tanggalRefleksi",
                                        today.toString(),
                                        "temuan",
                                        "Debit air cukup; iuran pelanggan Jatirejo terlambat.",
                                        "tl0_uraian",
                                        "Tagih iuran yang tertunggak",
                                        "tl0_pj",
                                        "Bendahara pengelola",
                                        "tl0_tenggat",
                                        today.plusDays(14).toString()))
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT bukti_jenis FROM kerjasama_langkah WHERE kerjasama_id = :k AND langkah = 6")
                        .param("k", id)
                        .query(String.class)
                        .single())
                .isEqualTo("REFLEKSI");
        long tl = jdbc.sql(
                        "SELECT t.id FROM kerjasama_tindak_lanjut t JOIN kerjasama_refleksi r ON r.id = t.refleksi_id"
                                + " WHERE r.kerjasama_id = :k")
                .param("k", id)
                .query(Long.class)
                .single();
        assertThat(kirim("/kerjasama/tindak-lanjut/" + tl + "/selesai", "pld.diwek2", Map.of())
                        .getStatus())
                .isEqualTo(302);
        String page = halaman("/kerjasama/perjanjian/" + id, "pld.diwek2");
        assertThat(page)
                .contains("01/KSAD/GRG-JTR/2026")
                .contains("Rp 25.000.000")
                .contains("tentang Kerja Sama Air Bersih dengan Desa Jatirejo")
                .contains("Segera berakhir")
                .contains("Tagih iuran yang tertunggak");

        // Who sees it: any desa taking part (Jatirejo's PLD is pld.diwek2 too; Kayangan's PLD not).
        assertThat(status("/kerjasama/perjanjian/" + id, "pld.diwek1")).isEqualTo(404);
        assertThat(status("/kerjasama/perjanjian/" + id, "mitra.diwek")).isEqualTo(200);
        assertThat(kirim("/kerjasama/tindak-lanjut/" + tl + "/selesai", "mitra.diwek", Map.of())
                        .getStatus())
                .isEqualTo(403);
        assertThat(halaman("/kerjasama/351708?segera=true", "camat.diwek")).contains("Air bersih Grogol–Jatirejo");

        // The expiry alert: queued once per agreement to those with an e-mail, then not again.
        jdbc.sql("UPDATE pengguna SET email = 'pld2@contoh.id' WHERE username = 'pld.diwek2'")
                .update();
        try {
            long before = jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE tujuan_sidik = '"
                            + Notifikasi.sidikTujuan("pld2@contoh.id") + "'")
                    .query(Long.class)
                    .single();
            assertThat(peringatan.kirim(today)).isPositive();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE tujuan_sidik = '"
                                    + Notifikasi.sidikTujuan("pld2@contoh.id") + "'"
                                    + " AND subjek LIKE '%Air bersih Grogol%'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            long after = jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE tujuan_sidik = '"
                            + Notifikasi.sidikTujuan("pld2@contoh.id") + "'")
                    .query(Long.class)
                    .single();
            assertThat(after).as("one alert per agreement ending soon").isGreaterThan(before);
            assertThat(peringatan.kirim(today)).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE tujuan_sidik = '"
                                    + Notifikasi.sidikTujuan("pld2@contoh.id") + "'")
                            .query(Long.class)
                            .single())
                    .as("never twice")
                    .isEqualTo(after);
        } finally {
            jdbc.sql("UPDATE pengguna SET email = NULL WHERE username = 'pld.diwek2'")
                    .update();
            jdbc.sql("DELETE FROM notifikasi WHERE tujuan_sidik = '" + Notifikasi.sidikTujuan("pld2@contoh.id") + "'")
                    .update();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis LIKE 'kerjasama.%' AND rekaman_id LIKE :k")
                        .param("k", id + "%")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void a_bkad_has_at_least_two_villages_of_its_kecamatan_and_officers_from_them() throws Exception {
        long before = tabel.baris("kerjasama_bkad");
        MockHttpServletResponse bad =
                kirim("/kerjasama/bkad/351708", "pd.diwek", p("namaBkad", "BKAD Uji", "anggota", "3517022001"));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("Desa 3517022001 tidak ada di kecamatan ini")
                .contains("Pilih paling sedikit dua desa anggota");
        assertThat(kirim("/kerjasama/bkad/351708", "pld.diwek1", p("namaBkad", "X"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(tabel.baris("kerjasama_bkad")).isEqualTo(before);
        MockHttpServletRequestBuilder r = post("/kerjasama/bkad/351708")
                .with(user(users.loadUserByUsername("camat.diwek")))
                .with(csrf())
                .param("namaBkad", "BKAD Wisata Diwek Selatan")
                .param("anggota", "3517082009", "3517082010");
        assertThat(mvc.perform(r).andReturn().getResponse().getStatus()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM kerjasama_bkad WHERE nama = 'BKAD Wisata Diwek Selatan'")
                .query(Long.class)
                .single();
        bad = kirim(
                "/kerjasama/bkad/351708/" + id + "/pengurus",
                "camat.diwek",
                p("namaPengurus", "Budi", "jabatan", "Ketua", "desaPengurus", "3517082007"));
        assertThat(bad.getContentAsString()).contains("Pengurus harus berasal dari desa anggota");
        assertThat(kirim(
                                "/kerjasama/bkad/351708/" + id + "/pengurus",
                                "camat.diwek",
                                p("namaPengurus", "Budi Santoso", "jabatan", "Ketua", "desaPengurus", "3517082010"))
                        .getStatus())
                .isEqualTo(302);
        // A village user of a member village sees it; one of another village does not.
        assertThat(halaman("/kerjasama/bkad/351708", "pld.diwek1")).doesNotContain("BKAD Wisata Diwek Selatan");
        assertThat(halaman("/kerjasama/bkad/351708", "camat.diwek")).contains("Budi Santoso");
        assertThat(status("/kerjasama/bkad/351702", "camat.diwek")).isEqualTo(404);
    }

    @Test
    void a_third_party_cooperation_accepts_a_village_meeting_at_step_five_and_lists_page_by_page() {
        var pd = akun.profil("pd.diwek").orElseThrow();
        var rows = queries.daftar("351708", false, pd, id.pandudesa.platform.PageQuery.first(1));
        assertThat(rows.isi()).hasSize(1);
        assertThat(rows.total()).isGreaterThanOrEqualTo(2);
        assertThat(queries.sebaran("351708", pd).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(rows.total());
        assertThat(KerjasamaService.MUSDES).contains(JenisMusyawarah.MUSDES).doesNotContain(JenisMusyawarah.MUSDUS);
        assertThat(List.of(Kerjasama.Langkah.values()).stream().map(Kerjasama.Langkah::nomor))
                .containsExactly(1, 2, 3, 4, 5, 6);
    }
}
