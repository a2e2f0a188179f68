package id.pandudesa.kapasitas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.Tabel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Institutions and forums on the database: a village institution with members and an activity
 * whose attendance is counted from the members present; the forum mitra's internal and external
 * volunteers; the Forum KPMD of the kecamatan with KPMD members, a meeting and its minutes; the
 * village's facilities; and what is refused, with nothing stored.
 */
@PanduIntegrationTest
@Tag("db")
class LembagaIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Tabel tabel;

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

    private long idDari(MockHttpServletResponse r) {
        assertThat(r.getStatus()).isEqualTo(302);
        String url = r.getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("#.*", ""));
    }

    @Test
    void a_village_institution_records_members_and_an_activity_counted_by_who_came() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String base = "/kapasitas/lembaga/3517082005";
        assertThat(kirim(base, "camat.diwek", Map.of("jenisLembaga", "PKK", "namaLembaga", "PKK"))
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse forum =
                kirim(base, "pld.diwek2", Map.of("jenisLembaga", "FORUM_KPMD", "namaLembaga", "Forum"));
        assertThat(forum.getStatus()).isEqualTo(422);
        assertThat(forum.getContentAsString()).contains("tingkat kecamatan atau kabupaten");
        long pkk = idDari(kirim(
                base,
                "pld.diwek2",
                Map.of(
                        "jenisLembaga",
                        "PKK",
                        "namaLembaga",
                        "TP PKK Desa Uji",
                        "dasarHukum",
                        "SK 1/2025",
                        "dibentuk",
                        "2025-01-10")));
        String path = base + "/" + pkk;
        assertThat(kirim(
                                path + "/anggota",
                                "pld.diwek2",
                                Map.of("nama", "Bu Ketua Uji", "jenisKelamin", "P", "jabatan", "Ketua"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(kirim(path + "/anggota", "pld.diwek2", Map.of("nama", "Pak Bendahara Uji", "jenisKelamin", "L"))
                        .getStatus())
                .isEqualTo(302);
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("SELECT id, nama FROM lembaga_anggota WHERE lembaga_id = :l")
                .param("l", pkk)
                .query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1)))
                .list();
        long other = jdbc.sql("SELECT MIN(id) FROM lembaga_anggota WHERE lembaga_id <> :l")
                .param("l", pkk)
                .query(Long.class)
                .single();
        long before = tabel.baris("lembaga_kegiatan");
        MockHttpServletResponse bad = kirim(
                path + "/kegiatan",
                "pld.diwek2",
                Map.of(
                        "tanggal",
                        today.plusDays(3).toString(),
                        "judulKegiatan",
                        "",
                        "pesertaLaki",
                        "-2",
                        "hadir",
                        new String[] {String.valueOf(other)}));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("Tanggal belum terjadi")
                .contains("Tulis judul")
                .contains("bukan anggota");
        assertThat(tabel.baris("lembaga_kegiatan")).isEqualTo(before);
        assertThat(kirim(
                                path + "/kegiatan",
                                "pld.diwek2",
                                Map.of(
                                        "tanggal", today.minusDays(1).toString(),
                                        "judulKegiatan", "Penyuluhan gizi balita",
                                        "tempat", "Posyandu Melati",
                                        "pesertaPerempuan", "14",
                                        "pesertaLaki", "1",
                                        "notulen", "Pemberian makanan tambahan & timbang balita.",
                                        "hadir",
                                                new String[] {
                                                    String.valueOf(ids.get("Bu Ketua Uji")),
                                                    String.valueOf(ids.get("Pak Bendahara Uji"))
                                                }))
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql(
                                "SELECT peserta_laki || '/' || peserta_perempuan FROM lembaga_kegiatan WHERE lembaga_id = :l")
                        .param("l", pkk)
                        .query(String.class)
                        .single())
                .isEqualTo("2/15");
        String page = mvc.perform(get(path).with(user(users.loadUserByUsername("camat.diwek"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Penyuluhan gizi balita")
                .contains("17 hadir, 15 perempuan")
                .contains("timbang balita");
        assertThat(mvc.perform(get(path).with(user(users.loadUserByUsername("pld.diwek1"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_forum_mitra_has_internal_and_external_volunteers_and_the_village_its_facilities() throws Exception {
        String base = "/kapasitas/lembaga/3517082006";
        long forum = idDari(
                kirim(base, "pld.diwek2", Map.of("jenisLembaga", "FORUM_MITRA", "namaLembaga", "Forum Mitra Uji")));
        assertThat(kirim(
                                base + "/" + forum + "/anggota",
                                "pld.diwek2",
                                Map.of("nama", "Relawan Kampus Uji", "jenisKelamin", "P", "asal", "EKSTERNAL"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(kirim(
                                base + "/" + forum + "/anggota",
                                "pld.diwek2",
                                Map.of("nama", "X", "jenisKelamin", "P", "asal", "ASING"))
                        .getStatus())
                .isEqualTo(422);
        assertThat(jdbc.sql("SELECT asal FROM lembaga_anggota WHERE lembaga_id = :l")
                        .param("l", forum)
                        .query(String.class)
                        .list())
                .containsExactly("EKSTERNAL");
        long before = tabel.baris("fasilitas_desa");
        assertThat(kirim(
                                base + "/fasilitas",
                                "pld.diwek2",
                                Map.of("jenisFasilitas", "KANTOR", "kondisi", "BAIK", "namaFasilitas", ""))
                        .getStatus())
                .isEqualTo(422);
        assertThat(tabel.baris("fasilitas_desa")).isEqualTo(before);
        assertThat(kirim(
                                base + "/fasilitas",
                                "pld.diwek2",
                                Map.of(
                                        "jenisFasilitas",
                                        "BALAI_DESA",
                                        "kondisi",
                                        "RUSAK_BERAT",
                                        "namaFasilitas",
                                        "Balai Uji",
                                        "keterangan",
                                        "Atap roboh"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(get(base).with(user(users.loadUserByUsername("pd.diwek"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Forum Mitra Uji")
                .contains("Balai Uji")
                .contains("Rusak berat");
    }

    @Test
    void the_forum_kpmd_of_the_kecamatan_gathers_its_kpmd_and_keeps_the_minutes_of_its_meetings() throws Exception {
        String base = "/kapasitas/lembaga/351708";
        assertThat(kirim(base, "kpmd.cukir", Map.of("jenisLembaga", "FORUM_KPMD", "namaLembaga", "Forum"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(kirim(base, "pd.diwek", Map.of("jenisLembaga", "LPM", "namaLembaga", "LPM"))
                        .getContentAsString())
                .contains("dicatat di desanya");
        long forum =
                idDari(kirim(base, "pd.diwek", Map.of("jenisLembaga", "FORUM_KPMD", "namaLembaga", "Forum KPMD Uji")));
        long siti = jdbc.sql("SELECT MIN(id) FROM kader WHERE nama = 'Siti Aminah'")
                .query(Long.class)
                .single();
        long nur = jdbc.sql("SELECT MIN(id) FROM kader WHERE nama = 'Nur Hidayati'")
                .query(Long.class)
                .single();
        String path = base + "/" + forum;
        assertThat(kirim(path + "/anggota", "pd.diwek", Map.of("kaderId", nur)).getContentAsString())
                .contains("bukan dari wilayah");
        assertThat(kirim(path + "/anggota", "pd.diwek", Map.of("nama", "Bukan kader", "jenisKelamin", "L"))
                        .getContentAsString())
                .contains("dipilih dari KPMD");
        assertThat(kirim(path + "/anggota", "pd.diwek", Map.of("kaderId", siti, "jabatan", "Koordinator"))
                        .getStatus())
                .isEqualTo(302);
        long anggota = jdbc.sql("SELECT id FROM lembaga_anggota WHERE lembaga_id = :l")
                .param("l", forum)
                .query(Long.class)
                .single();
        assertThat(kirim(
                                path + "/kegiatan",
                                "pd.diwek",
                                Map.of(
                                        "tanggal",
                                        LocalDate.now(ZoneId.of("Asia/Jakarta")).toString(),
                                        "judulKegiatan",
                                        "Pertemuan Forum KPMD uji",
                                        "notulen",
                                        "Sepakat saling kunjung antar desa.",
                                        "hadir",
                                        new String[] {String.valueOf(anggota)}))
                        .getStatus())
                .isEqualTo(302);
        // A KPMD of a village of the kecamatan reads the forum's minutes.
        String page = mvc.perform(get(path).with(user(users.loadUserByUsername("kpmd.cukir"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Pertemuan Forum KPMD uji")
                .contains("Sepakat saling kunjung")
                .contains("Siti Aminah");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis LIKE 'kapasitas.%Lembaga' AND rekaman_id = :id")
                        .param("id", String.valueOf(forum))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
