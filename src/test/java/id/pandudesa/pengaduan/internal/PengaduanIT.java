package id.pandudesa.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import id.pandudesa.platform.notifikasi.Notifikasi;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.TestImages;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Complaints end to end on the database: filing (public API, form, attachments), what is refused
 * and that nothing of it is stored, the workflow with its checks, deadlines and escalation with a
 * clock of the test's choosing, disputes, notifications queued, and the privacy rule over every
 * page and API that shows a complaint.
 */
@PanduIntegrationTest
@Tag("db")
class PengaduanIT {

    static final String CUKIR = "3517082007";
    static final String NAMA = "Sulastri Rahasia Uji";
    static final String KONTAK = "081311112222";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TindakanPengaduan tindakan;

    /** Each test files from its own address, so that the hourly limit is its own. */
    private final String alamat = "10.7." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256);

    private <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>> B dari(
            B r, String address) {
        return r.with(req -> {
            req.setRemoteAddr(address);
            return req;
        });
    }

    private MockHttpServletResponse ajukan(String json, String address) throws Exception {
        return mvc.perform(dari(
                        post("/api/v1/pengaduan")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json),
                        address))
                .andReturn()
                .getResponse();
    }

    private String aduanJson(String desa, String kategori, String uraian) {
        return "{\"kodeDesa\":\"" + desa + "\",\"kategori\":\"" + kategori + "\",\"uraian\":\"" + uraian
                + "\",\"nama\":\"" + NAMA + "\",\"kontak\":\"" + KONTAK + "\"}";
    }

    private String kodeDari(MockHttpServletResponse r) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return r.getContentAsString().replaceAll(".*\"kodeLacak\":\"([^\"]+)\".*", "$1");
    }

    private long idDari(String kodeLacak) {
        return jdbc.sql("SELECT id FROM pengaduan WHERE kode_lacak = :k")
                .param("k", kodeLacak)
                .query(Long.class)
                .single();
    }

    private long jumlah() {
        return jdbc.sql("SELECT COUNT(*) FROM pengaduan").query(Long.class).single();
    }

    private MockHttpServletResponse langkah(long id, String username, Map<String, String> params) throws Exception {
        int versi = jdbc.sql("SELECT versi FROM pengaduan WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        MockHttpServletRequestBuilder r = post("/pengaduan/kelola/" + id + "/langkah")
                .param("versi", String.valueOf(versi))
                .with(user(users.loadUserByUsername(username)))
                .with(csrf());
        params.forEach(r::param);
        return mvc.perform(r).andReturn().getResponse();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM pengaduan WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String halaman(String path, String username) throws Exception {
        MockHttpServletRequestBuilder r = get(path);
        if (username != null) {
            r.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(r).andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_citizen_files_and_follows_the_complaint_without_ever_seeing_a_name() throws Exception {
        String kode = kodeDari(
                ajukan(aduanJson(CUKIR, "PEMBANGUNAN", "Jembatan kecil di Dusun Cukir patah papannya."), alamat));
        String json = mvc.perform(get("/api/v1/pengaduan/lacak/" + kode))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"status\":\"DITERIMA\"").contains("\"kodeDesa\":\"" + CUKIR + "\"");
        assertThat(json).doesNotContain(NAMA).doesNotContain(KONTAK).doesNotContain("Jembatan");
        String page = halaman("/pengaduan/lacak/" + kode.toLowerCase(), null);
        assertThat(page)
                .contains(kode)
                .contains("Diterima")
                .doesNotContain(NAMA)
                .doesNotContain(KONTAK);
        // The complainant is told where to follow it, at the contact given.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE tujuan_sidik = :t AND isi LIKE :k")
                        .param("t", Notifikasi.sidikTujuan(KONTAK))
                        .param("k", "%" + kode + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // The audit trail records that a complaint came in, never who filed it.
        assertThat(jdbc.sql("SELECT sesudah FROM audit_log WHERE jenis = 'pengaduan.Pengaduan' AND rekaman_id = :id")
                        .param("id", String.valueOf(idDari(kode)))
                        .query(String.class)
                        .list())
                .isNotEmpty()
                .noneMatch(s -> s.contains(NAMA) || s.contains(KONTAK));
    }

    @Test
    void bad_complaints_are_refused_with_every_reason_and_nothing_is_stored() throws Exception {
        long before = jumlah();
        long files = jdbc.sql("SELECT COUNT(*) FROM berkas").query(Long.class).single();
        MockHttpServletResponse r = ajukan(
                "{\"kodeDesa\":\"3517\",\"kategori\":\"GOSIP\",\"uraian\":\"pendek\"," + "\"kontak\":\"bukan nomor\"}",
                alamat);
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString())
                .contains("\"field\":\"kodeDesa\"")
                .contains("\"field\":\"kategori\"")
                .contains("\"field\":\"uraian\"")
                .contains("\"field\":\"kontak\"");
        // A text file passed off as a photo, with an otherwise valid complaint.
        MockHttpServletResponse fake = mvc.perform(dari(
                        multipart("/api/v1/pengaduan")
                                .file(new MockMultipartFile(
                                        "lampiran", "foto.jpg", "image/jpeg", "bukan gambar".getBytes()))
                                .param("kodeDesa", CUKIR)
                                .param("kategori", "PEMBANGUNAN")
                                .param("uraian", "Lampiran palsu tidak boleh tersimpan sama sekali."),
                        alamat))
                .andReturn()
                .getResponse();
        assertThat(fake.getStatus()).isEqualTo(422);
        assertThat(fake.getContentAsString()).contains("lampiran");
        assertThat(jumlah()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM berkas").query(Long.class).single())
                .isEqualTo(files);
        // The form shows the messages in the citizen's language, keeping what was typed.
        String form = mvc.perform(dari(
                        post("/pengaduan")
                                .param("kodeDesa", CUKIR)
                                .param("uraian", "Terlalu singkat")
                                .with(csrf()),
                        alamat))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Ceritakan paling sedikit 20 huruf").contains("Terlalu singkat");
        assertThat(jumlah()).isEqualTo(before);
    }

    @Test
    void a_photo_attachment_is_kept_for_the_handlers_only() throws Exception {
        MockHttpServletResponse r = mvc.perform(dari(
                        multipart("/api/v1/pengaduan")
                                .file(new MockMultipartFile(
                                        "lampiran", "retak.jpg", "image/jpeg", TestImages.jpeg(320, 240)))
                                .param("kodeDesa", CUKIR)
                                .param("kategori", "PEMBANGUNAN")
                                .param("uraian", "Foto saluran yang jebol di belakang pasar desa."),
                        alamat))
                .andReturn()
                .getResponse();
        long id = idDari(kodeDari(r));
        long berkas = jdbc.sql("SELECT berkas_id FROM pengaduan_lampiran WHERE pengaduan_id = :p")
                .param("p", id)
                .query(Long.class)
                .single();
        String path = "/pengaduan/kelola/" + id + "/lampiran/" + berkas;
        assertThat(mvc.perform(get(path).with(user(users.loadUserByUsername("kpmd.cukir"))))
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .isEqualTo("image/jpeg");
        assertThat(mvc.perform(get(path).with(user(users.loadUserByUsername("pld.diwek1"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void the_posko_settles_a_complaint_by_mediation_and_the_citizen_reads_the_outcome() throws Exception {
        long id = idDari(kodeDari(
                ajukan(aduanJson(CUKIR, "PEMBANGUNAN", "Lampu penerangan jalan desa mati sejak sebulan."), alamat)));
        String kode = jdbc.sql("SELECT kode_lacak FROM pengaduan WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        // Resolving at once, rejecting without a reason and referring to LAPOR! without its number are refused.
        assertThat(langkah(id, "kpmd.cukir", Map.of("langkah", "SELESAI", "tanggapan", "x"))
                        .getStatus())
                .isEqualTo(422);
        assertThat(langkah(id, "kpmd.cukir", Map.of("langkah", "TOLAK")).getStatus())
                .isEqualTo(422);
        assertThat(langkah(id, "kpmd.cukir", Map.of("langkah", "RUJUK", "rujukanKe", "SP4N_LAPOR"))
                        .getStatus())
                .isEqualTo(422);
        assertThat(status(id)).isEqualTo("DITERIMA");
        assertThat(langkah(id, "kpmd.cukir", Map.of("langkah", "VERIFIKASI")).getStatus())
                .isEqualTo(302);
        assertThat(langkah(id, "kpmd.cukir", Map.of("langkah", "TINDAK_LANJUT", "ditugaskan", "MITRA"))
                        .getStatus())
                .isEqualTo(422);
        assertThat(langkah(id, "kpmd.cukir", Map.of("langkah", "TINDAK_LANJUT", "ditugaskan", "KPMD"))
                        .getStatus())
                .isEqualTo(302);
        long rapat = jdbc.sql("SELECT MAX(id) FROM musyawarah WHERE kode_desa = :k AND status <> 'DIKOREKSI'")
                .param("k", CUKIR)
                .query(Long.class)
                .single();
        long lain = jdbc.sql("SELECT MAX(id) FROM musyawarah WHERE kode_desa <> :k")
                .param("k", CUKIR)
                .query(Long.class)
                .single();
        assertThat(langkah(id, "kpmd.cukir", Map.of("langkah", "MEDIASI", "musyawarahId", String.valueOf(lain)))
                        .getStatus())
                .isEqualTo(422);
        assertThat(langkah(
                                id,
                                "kpmd.cukir",
                                Map.of(
                                        "langkah",
                                        "MEDIASI",
                                        "musyawarahId",
                                        String.valueOf(rapat),
                                        "catatan",
                                        "Kadus diundang"))
                        .getStatus())
                .isEqualTo(302);
        // A stale page (the version it was opened at) is refused, nothing changes.
        MockHttpServletResponse stale = mvc.perform(post("/pengaduan/kelola/" + id + "/langkah")
                        .param("langkah", "SELESAI")
                        .param("versi", "1")
                        .param("tanggapan", "Lama")
                        .with(user(users.loadUserByUsername("pld.diwek2")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(status(id)).isEqualTo("MEDIASI");
        assertThat(langkah(id, "kpmd.cukir", Map.of("langkah", "SELESAI", "tanggapan", "Lampu sudah diganti oleh TPK."))
                        .getStatus())
                .isEqualTo(302);
        String json = mvc.perform(get("/api/v1/pengaduan/lacak/" + kode))
                // CONTRACTS: exactly kodeLacak, kodeDesa, kategori, status, tanggapan[{waktu, isi}].
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$.kategori").value("PEMBANGUNAN"))
                .andExpect(jsonPath("$.tanggapan[0].length()").value(2))
                .andExpect(jsonPath("$.tanggapan[0].waktu").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"status\":\"SELESAI\"").contains("Lampu sudah diganti oleh TPK.");
        assertThat(json).doesNotContain("Kadus diundang");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pengaduan_langkah WHERE pengaduan_id = :p AND ke_status IS NOT NULL")
                        .param("p", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'pengaduan.Pengaduan' AND rekaman_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT musyawarah_id FROM pengaduan WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(rapat);
        // Filing and four status changes: five messages to the complainant.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE tujuan_sidik = :t AND isi LIKE :k")
                        .param("t", Notifikasi.sidikTujuan(KONTAK))
                        .param("k", "%" + kode + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT detik_selesai FROM pengaduan WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isNotNull();
        // A closed case takes no further step.
        MockHttpServletResponse after = langkah(id, "kpmd.cukir", Map.of("langkah", "RUJUK", "rujukanKe", "KECAMATAN"));
        assertThat(after.getStatus()).isEqualTo(422);
        assertThat(after.getContentAsString()).contains("Dari status SELESAI tidak dapat ke DIRUJUK");
        assertThat(status(id)).isEqualTo("SELESAI");
    }

    @Test
    void a_dispute_records_its_parties_meeting_and_agreement_for_the_handlers_only() throws Exception {
        long id = idDari(kodeDari(ajukan(
                aduanJson(CUKIR, "PERSELISIHAN", "Sengketa batas pekarangan antara dua tetangga di RT 03."), alamat)));
        langkah(id, "kpmd.cukir", Map.of("langkah", "VERIFIKASI"));
        langkah(id, "kpmd.cukir", Map.of("langkah", "TINDAK_LANJUT", "ditugaskan", "KPMD"));
        langkah(id, "kpmd.cukir", Map.of("langkah", "MEDIASI"));
        var kpmd = user(users.loadUserByUsername("kpmd.cukir"));
        assertThat(mvc.perform(post("/pengaduan/kelola/" + id + "/pertemuan")
                                .param("tanggal", "2026-01-01")
                                .param("tempat", "Balai RT")
                                .param("hasil", "Belum sepakat")
                                .with(kpmd)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Catat dahulu para pihak dan mediator");
        assertThat(mvc.perform(post("/pengaduan/kelola/" + id + "/perselisihan")
                                .param("mediator", "Kepala Dusun Cukir")
                                .param("pengadu", "Pak Darmo Pihak Uji")
                                .param("teradu", "Bu Sumi Pihak Uji\nPak Joko Pihak Uji")
                                .with(kpmd)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(post("/pengaduan/kelola/" + id + "/pertemuan")
                                .param(
                                        "tanggal",
                                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                                                .toString())
                                .param("tempat", "Balai Desa Cukir")
                                .param("hasil", "Patok batas diukur ulang bersama perangkat desa")
                                .with(kpmd)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(post("/pengaduan/kelola/" + id + "/kesepakatan")
                                .param("versiPerselisihan", "0")
                                .param(
                                        "tanggalKesepakatan",
                                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                                                .toString())
                                .param("kesepakatan", "Batas mengikuti patok baru; pagar digeser 30 cm.")
                                .with(kpmd)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        String page = halaman("/pengaduan/kelola/" + id, "kpmd.cukir");
        assertThat(page)
                .contains("Bu Sumi Pihak Uji")
                .contains("Patok batas diukur ulang")
                .contains("pagar digeser 30 cm");
        assertThat(halaman("/pengaduan/kelola/" + id, "mitra.diwek")).doesNotContain("Pihak Uji");
        String kode = jdbc.sql("SELECT kode_lacak FROM pengaduan WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(halaman("/pengaduan/lacak/" + kode, null)).doesNotContain("Pihak Uji");
    }

    @Test
    void an_overdue_complaint_goes_up_a_level_by_itself_and_the_village_then_only_comments() throws Exception {
        String desa = "3517082005";
        long id = idDari(
                kodeDari(ajukan(aduanJson(desa, "PELAYANAN", "Kantor desa sering tutup pada jam pelayanan."), alamat)));
        Instant filed = jdbc.sql("SELECT dibuat FROM pengaduan WHERE id = :id")
                .param("id", id)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(tindakan.eskalasi(filed.plus(Duration.ofDays(2)), desa)).isZero();
        assertThat(tindakan.eskalasi(filed.plus(Duration.ofDays(4)), desa)).isEqualTo(1);
        assertThat(status(id)).isEqualTo("DIRUJUK");
        assertThat(jdbc.sql("SELECT tingkat FROM pengaduan WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("KECAMATAN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pengaduan_langkah WHERE pengaduan_id = :p AND otomatis = TRUE")
                        .param("p", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // It now waits on the kecamatan's landing page, flagged once its new deadline passes.
        String kode = jdbc.sql("SELECT kode_lacak FROM pengaduan WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(halaman("/", "pd.diwek")).contains("id=\"panel-pengaduan\"").contains(kode);
        assertThat(halaman("/", "pld.diwek2")).doesNotContain(kode);
        // Run again at the same moment: nothing more to do (the new stage has its own deadline).
        assertThat(tindakan.eskalasi(filed.plus(Duration.ofDays(4)), desa)).isZero();
        // The PLD of the desa no longer moves it; the PD of the kecamatan does.
        assertThat(langkah(id, "pld.diwek2", Map.of("langkah", "TINDAK_LANJUT", "ditugaskan", "PEMDES"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(tindakan.eskalasi(filed.plus(Duration.ofDays(4 + 15)), desa)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT tingkat FROM pengaduan WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("KABUPATEN");
        // Nothing above the kabupaten: it stays, flagged as overdue in the list.
        assertThat(tindakan.eskalasi(filed.plus(Duration.ofDays(60)), desa)).isZero();
        assertThat(langkah(id, "pd.diwek", Map.of("langkah", "TINDAK_LANJUT", "ditugaskan", "PEMDES"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(langkah(id, "ta.jombang", Map.of("langkah", "TINDAK_LANJUT", "ditugaskan", "PEMDES"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'pengaduan.Pengaduan' AND rekaman_id = :id"
                                + " AND pelaku = 'sistem' AND aksi = 'UBAH'")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void the_complainant_identity_shows_only_to_the_handlers_of_the_case_on_every_page_and_api() throws Exception {
        long id = idDari(kodeDari(
                ajukan(aduanJson(CUKIR, "KEUANGAN", "Dana kegiatan posyandu tidak jelas penggunaannya."), alamat)));
        String kode = jdbc.sql("SELECT kode_lacak FROM pengaduan WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        Map<String, Boolean> sees = new java.util.LinkedHashMap<>();
        sees.put("kpmd.cukir", true);
        sees.put("pemdes.cukir", false);
        sees.put("mitra.diwek", false);
        sees.put("pld.diwek2", true);
        sees.put("pd.diwek", true);
        sees.put("camat.diwek", true);
        sees.put("ta.jombang", true);
        sees.put("admin.jatim", true);
        for (Map.Entry<String, Boolean> e : sees.entrySet()) {
            String page = halaman("/pengaduan/kelola/" + id, e.getKey());
            assertThat(page).as(e.getKey()).contains(kode).contains("Dana kegiatan posyandu");
            assertThat(page.contains(NAMA)).as("name to %s", e.getKey()).isEqualTo(e.getValue());
            assertThat(page.contains(KONTAK)).as("contact to %s", e.getKey()).isEqualTo(e.getValue());
            for (String other : new String[] {
                "/pengaduan/kelola",
                "/pengaduan/kelola?kategori=KEUANGAN",
                "/pengaduan/statistik",
                "/pengaduan/lacak/" + kode
            }) {
                assertThat(halaman(other, e.getKey()))
                        .as("%s for %s", other, e.getKey())
                        .doesNotContain(NAMA)
                        .doesNotContain(KONTAK);
            }
        }
        assertThat(mvc.perform(get("/pengaduan/kelola/" + id).with(user(users.loadUserByUsername("pld.diwek1"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        for (String open :
                new String[] {"/pengaduan/lacak/" + kode, "/api/v1/pengaduan/lacak/" + kode, "/desa/" + CUKIR}) {
            assertThat(halaman(open, null)).as(open).doesNotContain(NAMA).doesNotContain(KONTAK);
        }
        // Assigned to the village government, the case's identity is then theirs to see.
        langkah(id, "kpmd.cukir", Map.of("langkah", "VERIFIKASI"));
        langkah(id, "kpmd.cukir", Map.of("langkah", "TINDAK_LANJUT", "ditugaskan", "PEMDES"));
        assertThat(halaman("/pengaduan/kelola/" + id, "pemdes.cukir")).contains(NAMA);
        assertThat(halaman("/pengaduan/kelola/" + id, "mitra.diwek")).doesNotContain(NAMA);
    }

    @Test
    void robots_are_kept_out_by_the_hidden_field_and_the_hourly_limit() throws Exception {
        String address = "10.8." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(256);
        long before = jumlah();
        MockHttpServletResponse bot = mvc.perform(dari(
                        post("/pengaduan")
                                .param("kodeDesa", CUKIR)
                                .param("kategori", "LAINNYA")
                                .param("uraian", "Beli obat murah di situs kami sekarang juga!!!")
                                .param(PengaduanPublikController.HONEYPOT, "http://spam.example")
                                .with(csrf()),
                        address))
                .andReturn()
                .getResponse();
        assertThat(bot.getStatus()).isEqualTo(422);
        assertThat(jumlah()).isEqualTo(before);
        for (int i = 0; i < 5; i++) {
            kodeDari(ajukan(
                    aduanJson(CUKIR, "LAINNYA", "Pengaduan berulang nomor " + i + " dari alamat yang sama."), address));
        }
        MockHttpServletResponse sixth =
                ajukan(aduanJson(CUKIR, "LAINNYA", "Pengaduan keenam dalam satu jam dari alamat ini."), address);
        assertThat(sixth.getStatus()).isEqualTo(429);
        assertThat(sixth.getHeader("Retry-After")).isEqualTo("3600");
        assertThat(sixth.getContentAsString()).contains("Terlalu banyak pengaduan");
        assertThat(jumlah()).isEqualTo(before + 5);
        // Another sender is not affected.
        kodeDari(ajukan(aduanJson(CUKIR, "LAINNYA", "Pengaduan dari alamat lain tetap diterima."), alamat));
    }

    @Test
    void a_second_report_of_the_same_thing_is_suggested_to_the_handler() throws Exception {
        long a = idDari(kodeDari(ajukan(
                aduanJson(CUKIR, "PEMBANGUNAN", "Gorong-gorong di depan SD Cukir tersumbat sampah dan banjir."),
                alamat)));
        String kodeB = kodeDari(ajukan(
                aduanJson(CUKIR, "PEMBANGUNAN", "Banjir karena gorong-gorong depan SD Cukir tersumbat sampah."),
                alamat));
        assertThat(halaman("/pengaduan/kelola/" + a, "kpmd.cukir"))
                .contains("Mungkin pengaduan yang sama")
                .contains(kodeB);
    }

    @Test
    void the_posko_records_a_complaint_received_by_phone_and_statistics_count_it() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/pengaduan/kelola/baru")
                        .param("kodeDesa", CUKIR)
                        .param("saluran", "TELEPON")
                        .param("kategori", "PENDAMPINGAN")
                        .param("uraian", "Warga menelepon: pendamping jarang hadir di musyawarah dusun.")
                        .param("anonim", "true")
                        .param("nama", "Tidak disimpan")
                        .with(user(users.loadUserByUsername("kpmd.cukir")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        long id = Long.parseLong(
                r.getRedirectedUrl().substring(r.getRedirectedUrl().lastIndexOf('/') + 1));
        assertThat(jdbc.sql(
                                "SELECT saluran || '|' || COALESCE(nama, '-') || '|' || dicatat_oleh FROM pengaduan WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("TELEPON|-|kpmd.cukir");
        String stats = halaman("/pengaduan/statistik", "pd.diwek");
        assertThat(stats).contains("Pendampingan").contains("Cukir").contains("id=\"per-kecamatan\"");
        // A desa outside the operator's scope is not theirs to record.
        assertThat(mvc.perform(post("/pengaduan/kelola/baru")
                                .param("kodeDesa", "3517082001")
                                .param("saluran", "POSKO")
                                .param("kategori", "LAINNYA")
                                .param("uraian", "Desa lain di luar wilayah KPMD ini.")
                                .with(user(users.loadUserByUsername("kpmd.cukir")))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
