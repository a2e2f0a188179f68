package id.pandudesa.kapasitas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Capacity building on the database: the cadre registry (what is refused, stale edits, the
 * profile), a training from plan to certificates (refusals store nothing, the certificate read
 * back from its PDF, the cadre's competencies and the capacity map updated), and the kaderisasi
 * measure against the log counted independently.
 */
@PanduIntegrationTest
@Tag("db")
class KapasitasIT {

    static final String CUKIR = "3517082007";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse kirim(String path, String username, Map<String, ?> params) throws Exception {
        MockHttpServletRequestBuilder r =
                post(path).with(user(users.loadUserByUsername(username))).with(csrf());
        params.forEach((k, v) -> {
            if (v instanceof String[] many) {
                r.param(k, many);
            } else {
                r.param(k, String.valueOf(v));
            }
        });
        return mvc.perform(r).andReturn().getResponse();
    }

    private String halaman(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long kaderBernama(String nama) {
        return jdbc.sql("SELECT id FROM kader WHERE nama = :n")
                .param("n", nama)
                .query(Long.class)
                .single();
    }

    private long jumlahKader() {
        return jdbc.sql("SELECT COUNT(*) FROM kader").query(Long.class).single();
    }

    @Test
    void the_village_records_its_cadres_and_bad_or_stale_input_changes_nothing() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        long lain = jdbc.sql("SELECT MAX(id) FROM musyawarah WHERE kode_desa <> :k")
                .param("k", CUKIR)
                .query(Long.class)
                .single();
        long before = jumlahKader();
        MockHttpServletResponse bad = kirim(
                "/kapasitas/kader/" + CUKIR,
                "kpmd.cukir",
                Map.of(
                        "nama",
                        "X",
                        "jenisKelamin",
                        "Q",
                        "jenis",
                        "DUKUN",
                        "mulai",
                        today.toString(),
                        "selesai",
                        today.minusDays(1).toString(),
                        "kompetensi",
                        new String[] {"TERBANG"},
                        "musyawarahId",
                        String.valueOf(lain),
                        "username",
                        "pld.diwek1"));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("Tulis nama")
                .contains("Pilih jenis kelamin")
                .contains("Pilih jenis kader")
                .contains("Tanggal selesai sebelum tanggal mulai")
                .contains("Kompetensi TERBANG tidak dikenal")
                .contains("tidak ada di desa ini")
                .contains("tidak bertugas di desa ini");
        assertThat(jumlahKader()).isEqualTo(before);

        MockHttpServletResponse ok = kirim(
                "/kapasitas/kader/" + CUKIR,
                "kpmd.cukir",
                Map.of(
                        "nama", "Wulan Kader Uji",
                        "jenisKelamin", "P",
                        "jenis", "DIGITAL",
                        "telepon", "0812 7777 8888",
                        "skNomor", "141/77/415.63.2007/2026",
                        "skTanggal", today.minusDays(10).toString(),
                        "mulai", today.minusDays(10).toString(),
                        "kompetensi", new String[] {"DIGITAL", "GENDER"}));
        assertThat(ok.getStatus()).isEqualTo(302);
        long id = kaderBernama("Wulan Kader Uji");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'kapasitas.Kader' AND rekaman_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(halaman("/wilayah/" + CUKIR, "pd.diwek")).contains("Wulan Kader Uji");
        assertThat(halaman("/wilayah/" + CUKIR, "pld.diwek1")).doesNotContain("Wulan Kader Uji");
        assertThat(mvc.perform(get("/kapasitas/kader/" + CUKIR + "/" + id)
                                .with(user(users.loadUserByUsername("pld.diwek1"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        // Edited at version 0 by the PD; then a page still at version 0 is refused.
        Map<String, Object> edit = new java.util.LinkedHashMap<>(Map.of(
                "nama", "Wulan Kader Uji",
                "jenisKelamin", "P",
                "jenis", "DIGITAL",
                "mulai", today.minusDays(10).toString(),
                "status", "AKTIF",
                "versi", "0",
                "kompetensi", new String[] {"DIGITAL", "GENDER", "KEUANGAN"}));
        assertThat(kirim("/kapasitas/kader/" + CUKIR + "/" + id, "pd.diwek", edit)
                        .getStatus())
                .isEqualTo(302);
        edit.put("nama", "Wulan Tertimpa");
        assertThat(kirim("/kapasitas/kader/" + CUKIR + "/" + id, "kpmd.cukir", edit)
                        .getStatus())
                .isEqualTo(409);
        assertThat(jdbc.sql("SELECT nama || '|' || kompetensi FROM kader WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Wulan Kader Uji|,DIGITAL,GENDER,KEUANGAN,");
        // A camat reads, never records.
        assertThat(kirim("/kapasitas/kader/" + CUKIR, "camat.diwek", Map.of("nama", "Tidak boleh"))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void a_training_runs_from_plan_to_certificates_and_the_capacity_map_follows() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate mulai = today.minusDays(5);
        LocalDate selesai = today.minusDays(4);
        assertThat(kirim("/kapasitas/pelatihan", "camat.diwek", Map.of("judul", "Tidak boleh"))
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse bad = kirim(
                "/kapasitas/pelatihan",
                "pd.diwek",
                Map.of(
                        "judul", "Pelatihan pengadaan uji",
                        "penyelenggara", "P3MD Diwek",
                        "tempat", "Aula",
                        "kodeWilayah", "3201",
                        "mulai", selesai.toString(),
                        "selesai", mulai.toString()));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("tidak ada di lingkup Anda")
                .contains("Tanggal selesai sebelum tanggal mulai")
                .contains("paling sedikit satu kompetensi");
        MockHttpServletResponse ok = kirim(
                "/kapasitas/pelatihan",
                "pd.diwek",
                Map.of(
                        "judul", "Pelatihan pengadaan barang dan jasa desa uji",
                        "penyelenggara", "P3MD Kecamatan Diwek",
                        "tempat", "Aula Kecamatan",
                        "kodeWilayah", "351708",
                        "mulai", mulai.toString(),
                        "selesai", selesai.toString(),
                        "nilaiLulus", "75",
                        "kompetensi", new String[] {"PENGADAAN"}));
        assertThat(ok.getStatus()).isEqualTo(302);
        String path = ok.getRedirectedUrl();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        long agus = kaderBernama("Agus Salim");
        long nur = kaderBernama("Nur Hidayati");
        long petaSebelum = pengadaanDiCukir();
        assertThat(kirim(path + "/peserta", "pd.diwek", Map.of("kaderId", agus)).getStatus())
                .isEqualTo(302);
        assertThat(kirim(path + "/peserta", "pd.diwek", Map.of("kaderId", nur)).getStatus())
                .isEqualTo(302);
        assertThat(kirim(path + "/peserta", "pd.diwek", Map.of("kaderId", agus)).getContentAsString())
                .contains("sudah menjadi peserta");
        assertThat(kirim(
                                path + "/peserta",
                                "pd.diwek",
                                Map.of("nama", "Tamu Uji", "jenisKelamin", "L", "kodeDesa", "3517082003"))
                        .getStatus())
                .isEqualTo(302);
        // A cadre of another kecamatan is not this training's participant.
        long luar = jdbc.sql("SELECT COUNT(*) FROM kader WHERE kode_desa NOT LIKE '351708%'")
                .query(Long.class)
                .single();
        assertThat(luar).isZero();

        Map<String, Long> byName = new java.util.HashMap<>();
        jdbc.sql("SELECT id, nama FROM pelatihan_peserta WHERE pelatihan_id = :p")
                .param("p", id)
                .query((rs, n) -> byName.put(rs.getString(2), rs.getLong(1)))
                .list();
        long a = byName.get("Agus Salim");
        long b = byName.get("Nur Hidayati");
        long t = byName.get("Tamu Uji");
        int versi = jdbc.sql("SELECT versi FROM pelatihan WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        Map<String, Object> grid = new java.util.LinkedHashMap<>();
        grid.put("versi", String.valueOf(versi));
        grid.put("peserta", new String[] {String.valueOf(a), String.valueOf(b), String.valueOf(t)});
        grid.put("hadir_" + a, new String[] {mulai.toString(), selesai.toString()});
        grid.put("hadir_" + b, new String[] {mulai.toString(), today.plusDays(1).toString()});
        grid.put("hadir_" + t, new String[] {mulai.toString(), selesai.toString()});
        grid.put("awal_" + a, "50");
        grid.put("akhir_" + a, "88");
        grid.put("akhir_" + b, "120");
        grid.put("akhir_" + t, "60");
        MockHttpServletResponse refused = kirim(path + "/catat", "pd.diwek", grid);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("bukan hari pelatihan")
                .contains("nilai 0 sampai 100");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pelatihan_hadir h JOIN pelatihan_peserta p ON p.id = h.peserta_id"
                                + " WHERE p.pelatihan_id = :p")
                        .param("p", id)
                        .query(Long.class)
                        .single())
                .isZero();
        grid.put("hadir_" + b, new String[] {mulai.toString()});
        grid.put("akhir_" + b, "95");
        assertThat(kirim(path + "/catat", "pd.diwek", grid).getStatus()).isEqualTo(302);
        // The same page sent again (its version is now stale) is refused.
        assertThat(kirim(path + "/catat", "pd.diwek", grid).getStatus()).isEqualTo(409);

        assertThat(kirim(path + "/sertifikat", "pd.diwek", Map.of()).getStatus())
                .isEqualTo(302);
        // Agus: every day and 88 ≥ 75. Nur: missed a day. Guest: 60 < 75.
        Map<Long, String> certs = new java.util.HashMap<>();
        jdbc.sql("SELECT id, sertifikat FROM pelatihan_peserta WHERE pelatihan_id = :p")
                .param("p", id)
                .query((rs, n) -> certs.put(rs.getLong(1), rs.getString(2)))
                .list();
        assertThat(certs.get(a)).isNotNull();
        assertThat(certs.get(b)).isNull();
        assertThat(certs.get(t)).isNull();
        assertThat(jdbc.sql("SELECT kompetensi FROM kader WHERE id = :id")
                        .param("id", agus)
                        .query(String.class)
                        .single())
                .contains(",PENGADAAN,");
        assertThat(pengadaanDiCukir()).isEqualTo(petaSebelum + 1);
        assertThat(halaman("/kapasitas/peta/351708", "pd.diwek")).contains("id=\"peta-3517082007\"");
        assertThat(halaman("/kapasitas/kader/" + CUKIR + "/" + agus, "kpmd.cukir"))
                .contains("Pelatihan pengadaan barang dan jasa desa uji");

        byte[] pdf = mvc.perform(
                        get(path + "/sertifikat/" + a + ".pdf").with(user(users.loadUserByUsername("kpmd.cukir"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("SERTIFIKAT").contains("Agus Salim").contains("Kader Desa Cukir");
            assertThat(text)
                    .contains("Pelatihan pengadaan barang dan jasa desa uji")
                    .contains(certs.get(a));
            assertThat(text).contains("Pengadaan barang/jasa desa").contains("88");
        }
        assertThat(mvc.perform(get(path + "/sertifikat/" + b + ".pdf")
                                .with(user(users.loadUserByUsername("kpmd.cukir"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private long pengadaanDiCukir() {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM kader WHERE kode_desa = :d AND status = 'AKTIF' AND kompetensi LIKE '%,PENGADAAN,%'")
                .param("d", CUKIR)
                .query(Long.class)
                .single();
    }

    @Test
    void the_kaderisasi_measure_counts_the_log_and_a_cadre_with_an_account_counts_as_the_village_own()
            throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Jakarta")).minusMonths(1);
        String api = "/api/v1/kapasitas/kaderisasi/" + CUKIR + "/" + month;
        String json = mvc.perform(get(api).with(httpBasic("pd.diwek", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long kpmd = count("peran_penulis = 'KPMD'", month);
        long others = count("peran_penulis IN ('PLD', 'PD', 'TA', 'MITRA')", month);
        assertThat(kpmd + others)
                .as("the demo log has entries in Cukir this month")
                .isPositive();
        assertThat(json)
                .contains("\"kodeDesa\":\"" + CUKIR + "\"")
                .contains("\"bulan\":\"" + month + "\"")
                .contains("\"kegiatanKader\":" + kpmd + ",")
                .contains("\"kegiatanPendamping\":" + others + ",");
        long mitra = count("penulis = 'mitra.diwek'", month);
        // The forum mitra volunteer is a villager: registered as a cadre with the account, their work
        // counts as the village's own.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        assertThat(kirim(
                                "/kapasitas/kader/" + CUKIR,
                                "kpmd.cukir",
                                Map.of(
                                        "nama", "Relawan Mitra Uji",
                                        "jenisKelamin", "L",
                                        "jenis", "LAINNYA",
                                        "mulai", today.toString(),
                                        "username", "mitra.diwek"))
                        .getStatus())
                .isEqualTo(302);
        String after = mvc.perform(get(api).with(httpBasic("pd.diwek", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after)
                .contains("\"kegiatanKader\":" + (kpmd + mitra) + ",")
                .contains("\"kegiatanPendamping\":" + (others - mitra) + ",");
        jdbc.sql("UPDATE kader SET status = 'BERHENTI' WHERE nama = 'Relawan Mitra Uji'")
                .update();
        // A month without entries: zero on both sides and no share (CONTRACTS: null).
        assertThat(mvc.perform(get("/api/v1/kapasitas/kaderisasi/" + CUKIR + "/2019-01")
                                .with(httpBasic("pd.diwek", "pandu-demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("{\"kodeDesa\":\"" + CUKIR + "\",\"bulan\":\"2019-01\",\"kegiatanKader\":0,"
                        + "\"kegiatanPendamping\":0,\"porsiKader\":null}");
        assertThat(mvc.perform(get("/api/v1/kapasitas/kaderisasi/" + CUKIR + "/2026-13")
                                .with(httpBasic("pd.diwek", "pandu-demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/kapasitas/kaderisasi/3201022001/" + month)
                                .with(httpBasic("pd.diwek", "pandu-demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        String chart = halaman("/kapasitas/kaderisasi/" + CUKIR, "kpmd.cukir");
        assertThat(chart).contains("<svg").contains("id=\"tabel-kaderisasi\"");
        assertThat(halaman("/kapasitas/kaderisasi/351708", "ta.jombang")).contains("id=\"kaderisasi-" + CUKIR + "\"");
    }

    private long count(String condition, YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan WHERE kode_desa = :d AND status = 'FINAL'"
                        + " AND tanggal BETWEEN :a AND :b AND " + condition)
                .param("d", CUKIR)
                .param("a", month.atDay(1))
                .param("b", month.atEndOfMonth())
                .query(Long.class)
                .single();
    }
}
