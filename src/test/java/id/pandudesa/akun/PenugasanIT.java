package id.pandudesa.akun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Assignments as data with history: a MITRA's names its organisation and ends; after the end the
 * person reads their old records there but records nothing new; the kaderisasi view follows the
 * village after the third party left.
 */
@PanduIntegrationTest
@Tag("db")
class PenugasanIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private ResultActions tugaskan(String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/pengguna/" + username + "/penugasan")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(httpBasic("admin.jatim", "pandu-demo")));
    }

    private ResultActions log(String username, String desa) throws Exception {
        return mvc.perform(post("/api/v1/pendampingan/kegiatan")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"tanggal\":\"%s\",\"kodeDesa\":\"%s\",\"metode\":\"ASISTENSI\",\"ruangLingkup\":\"KAPASITAS_KADERISASI\",\"uraian\":\"Pendampingan kader\"}"
                                .formatted(TODAY, desa))
                .with(httpBasic(username, "mitra-tugas-123")));
    }

    @Test
    void a_mitra_assignment_names_its_organisation_ends_and_closes_the_village_for_new_records() throws Exception {
        String mitra = "mitra.tugas" + System.nanoTime() % 10000;
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"" + mitra + "\",\"nama\":\"Relawan Kampus\",\"peran\":\"MITRA\","
                                        + "\"lingkup\":[\"3517082005\"],\"password\":\"mitra-tugas-123\",\"wajibGantiPassword\":false}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isCreated());
        String ended =
                "{\"nomorSk\":\"SK/12/PMD/2026\",\"mulai\":\"%s\",\"selesai\":\"%s\",\"wilayah\":[\"3517082006\"]%s}";
        tugaskan(mitra, ended.formatted(TODAY.minusMonths(5), TODAY.minusMonths(1), ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("organisasi")));
        tugaskan(
                        mitra,
                        "{\"nomorSk\":\"SK/13\",\"mulai\":\"%s\",\"wilayah\":[\"3517082006\"],\"organisasi\":\"KKN Universitas Brawijaya\",\"jenisOrganisasi\":\"PERGURUAN_TINGGI\"}"
                                .formatted(TODAY.minusMonths(5)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("selesai")));
        tugaskan(
                        mitra,
                        ended.formatted(
                                TODAY.minusMonths(5),
                                TODAY.minusMonths(1),
                                ",\"organisasi\":\"KKN Universitas Brawijaya\",\"jenisOrganisasi\":\"KAMPUS\""))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/pengguna/" + mitra + "/penugasan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM penugasan p JOIN pengguna u ON u.id = p.pengguna_id WHERE u.username = :u")
                        .param("u", mitra)
                        .query(Long.class)
                        .single())
                .as("refusals store nothing")
                .isZero();

        tugaskan(
                        mitra,
                        ended.formatted(
                                TODAY.minusMonths(5),
                                TODAY.minusMonths(1),
                                ",\"organisasi\":\"KKN Universitas Brawijaya\",\"jenisOrganisasi\":\"PERGURUAN_TINGGI\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisasi").value("KKN Universitas Brawijaya"))
                .andExpect(jsonPath("$.wilayah[0]").value("3517082006"));
        // An old entry from the assignment, and the village's cadre taking over after it.
        jdbc.sql(
                        "INSERT INTO kegiatan_pendampingan (kode_desa, penulis, peran_penulis, tanggal, status, metode, ruang_lingkup,"
                                + " uraian, peserta_laki, peserta_perempuan, dibuat, diubah, versi) VALUES ('3517082006', :u, 'MITRA', :t,"
                                + " 'FINAL', 'ASISTENSI', 'KAPASITAS_KADERISASI', 'Pelatihan kader posyandu', 3, 9, CURRENT_TIMESTAMP,"
                                + " CURRENT_TIMESTAMP, 0)")
                .param("u", mitra)
                .param("t", TODAY.minusMonths(2))
                .update();
        jdbc.sql(
                        "INSERT INTO kegiatan_pendampingan (kode_desa, penulis, peran_penulis, tanggal, status, metode, ruang_lingkup,"
                                + " uraian, peserta_laki, peserta_perempuan, dibuat, diubah, versi) VALUES ('3517082006', 'kpmd.lama', 'KPMD',"
                                + " :t, 'FINAL', 'FASILITASI', 'KAPASITAS_KADERISASI', 'Kader memandu rembuk posyandu', 2, 8,"
                                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                .param("t", TODAY.withDayOfMonth(1))
                .update();

        log(mitra, "3517082006")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kodeDesa"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("sudah berakhir")));
        mvc.perform(get("/api/v1/pendampingan/kegiatan?desa=3517082006").with(httpBasic(mitra, "mitra-tugas-123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isi[*].uraian", Matchers.hasItem("Pelatihan kader posyandu")));
        log(mitra, "3517082005").andExpect(status().isCreated());

        // Ending the open-ended assignment of the first village closes it too.
        tugaskan(
                        mitra,
                        "{\"nomorSk\":\"SK/14\",\"mulai\":\"%s\",\"selesai\":\"%s\",\"wilayah\":[\"3517082005\"],\"organisasi\":\"KKN Universitas Brawijaya\",\"jenisOrganisasi\":\"PERGURUAN_TINGGI\"}"
                                .formatted(TODAY.minusMonths(3), TODAY.plusMonths(3)))
                .andExpect(status().isCreated());
        long id = jdbc.sql("SELECT p.id FROM penugasan p JOIN pengguna u ON u.id = p.pengguna_id WHERE u.username = :u"
                        + " AND p.nomor_sk = 'SK/14'")
                .param("u", mitra)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/pengguna/" + mitra + "/penugasan/" + id + "/akhiri")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"selesai\":\"" + TODAY.minusDays(1) + "\"}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.diakhiriOleh").value("admin.jatim"));
        log(mitra, "3517082005").andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/pengguna/" + mitra + "/penugasan").with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis LIKE '%Penugasan'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);

        Halaman halaman = new Halaman(mvc, users);
        String kaderisasi = halaman.html(get("/kapasitas/kaderisasi/351708"), "admin.jatim");
        assertThat(kaderisasi).contains("tabel-setelah-mitra", "KKN Universitas Brawijaya", "Jatirejo");
        String admin = halaman.html(
                get("/admin/pengguna/"
                        + jdbc.sql("SELECT id FROM pengguna WHERE username = :u")
                                .param("u", mitra)
                                .query(Long.class)
                                .single()),
                "admin.jatim");
        assertThat(admin).contains("SK/12/PMD/2026", "SK/14", "Perguruan tinggi");
    }
}
