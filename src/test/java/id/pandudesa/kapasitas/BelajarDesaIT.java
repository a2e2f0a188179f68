package id.pandudesa.kapasitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The village takes over its learning: its KPMD and government run trainings for their own village
 * (a cadre as trainer, attendance, scores, certificates) and the capacity map counts them apart from
 * the facilitators'; cadres are found as candidates and made cadres by the musyawarah that chooses
 * them. Refusals store nothing; candidates' names stay inside the scope.
 */
@PanduIntegrationTest
@Tag("db")
class BelajarDesaIT {

    static final String CUKIR = "3517082007";
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long kader(String nama) {
        return jdbc.sql("SELECT id FROM kader WHERE kode_desa = :d AND nama = :n")
                .param("d", CUKIR)
                .param("n", nama)
                .query(Long.class)
                .single();
    }

    private long latihDesa() {
        return jdbc.sql("SELECT COUNT(*) FROM pelatihan WHERE kode_wilayah = :d AND dikelola_desa")
                .param("d", CUKIR)
                .query(Long.class)
                .single();
    }

    @Test
    void the_kpmd_runs_a_training_for_the_village_with_a_cadre_as_trainer_and_certificates() throws Exception {
        long trainings = count("pelatihan");
        // Only for their own village: a kecamatan training from a KPMD is refused, nothing stored.
        String refused = halaman.ditolak(
                post("/kapasitas/pelatihan")
                        .param("judul", "Belajar menulis berita desa")
                        .param("penyelenggara", "KPMD Desa Cukir")
                        .param("tempat", "Balai Desa Cukir")
                        .param("kodeWilayah", "351708")
                        .param("mulai", TODAY)
                        .param("selesai", TODAY)
                        .param("kompetensi", "DIGITAL"),
                "kpmd.cukir");
        assertThat(refused).contains("daftar-masalah", "Untuk wilayah:");
        // A trainer must be a cadre of the village: Kayangan's is refused.
        long kayangan = jdbc.sql("SELECT MIN(id) FROM kader WHERE kode_desa = '3517082001'")
                .query(Long.class)
                .single();
        halaman.ditolak(
                post("/kapasitas/pelatihan")
                        .param("judul", "Belajar menulis berita desa")
                        .param("penyelenggara", "KPMD Desa Cukir")
                        .param("tempat", "Balai Desa Cukir")
                        .param("kodeWilayah", CUKIR)
                        .param("mulai", TODAY)
                        .param("selesai", TODAY)
                        .param("kompetensi", "DIGITAL")
                        .param("pelatihKaderId", Long.toString(kayangan)),
                "kpmd.cukir");
        assertThat(count("pelatihan")).isEqualTo(trainings);

        long before = latihDesa();
        String location = mvc.perform(halaman.as(
                        post("/kapasitas/pelatihan")
                                .param("judul", "Belajar menulis berita desa")
                                .param("penyelenggara", "KPMD Desa Cukir")
                                .param("tempat", "Balai Desa Cukir")
                                .param("kodeWilayah", CUKIR)
                                .param("mulai", TODAY)
                                .param("selesai", TODAY)
                                .param("kompetensi", "DIGITAL")
                                .param("pelatihKaderId", Long.toString(kader("Dewi Lestari"))),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(latihDesa()).isEqualTo(before + 1);
        assertThat(halaman.html(get(location), "pld.diwek2")).contains("dikelola-desa", "Dewi Lestari");

        halaman.kirim(post(location + "/peserta").param("kaderId", Long.toString(kader("Agus Salim"))), "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        long peserta = jdbc.sql("SELECT id FROM pelatihan_peserta WHERE pelatihan_id = :p")
                .param("p", id)
                .query(Long.class)
                .single();
        int versi = jdbc.sql("SELECT versi FROM pelatihan WHERE id = :p")
                .param("p", id)
                .query(Integer.class)
                .single();
        halaman.kirim(
                        post(location + "/catat")
                                .param("versi", Integer.toString(versi))
                                .param("peserta", Long.toString(peserta))
                                .param("hadir_" + peserta, TODAY)
                                .param("awal_" + peserta, "50")
                                .param("akhir_" + peserta, "80"),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        halaman.kirim(post(location + "/sertifikat"), "kpmd.cukir").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT sertifikat FROM pelatihan_peserta WHERE id = :p")
                        .param("p", peserta)
                        .query(String.class)
                        .single())
                .isNotBlank();

        // The KPMD does not manage the facilitators' training of the kecamatan.
        long kecamatan = jdbc.sql("SELECT MIN(id) FROM pelatihan WHERE kode_wilayah = '351708'")
                .query(Long.class)
                .single();
        halaman.kirim(post("/kapasitas/pelatihan/" + kecamatan + "/sertifikat"), "kpmd.cukir")
                .andExpect(status().isForbidden());

        // The capacity map and the kaderisasi view count the village's own trainings apart.
        String map = halaman.html(get("/kapasitas/peta/351708"), "pd.diwek");
        assertThat(map).contains("Pelatihan oleh desa");
        assertThat(map.replaceAll("\\s+", " ")).contains("<td class=\"n oleh-desa\">" + latihDesa() + "</td>");
        assertThat(halaman.html(get("/kapasitas/kaderisasi/" + CUKIR), "pld.diwek2"))
                .contains("id=\"jumlah-oleh-desa\">" + latihDesa() + "<");
    }

    @Test
    void a_candidate_is_proposed_and_made_a_cadre_by_the_musyawarah_that_chose_them() throws Exception {
        long candidates = count("kader_calon");
        String missing = halaman.ditolak(
                post("/kapasitas/calon/" + CUKIR)
                        .param("nama", "Rina Wulandari")
                        .param("jenisKelamin", "P")
                        .param("jenis", "DIGITAL")
                        .param("sumber", "MUSYAWARAH")
                        .param("sumberId", "999999"),
                "kpmd.cukir");
        assertThat(missing).contains("Tulis alasan", "Pilih musyawarah desa ini");
        long kayanganMeeting = jdbc.sql(
                        "SELECT MAX(id) FROM musyawarah WHERE kode_desa = '3517082001' AND koreksi_dari IS NULL")
                .query(Long.class)
                .single();
        halaman.ditolak(
                post("/kapasitas/calon/" + CUKIR)
                        .param("nama", "Rina Wulandari")
                        .param("jenisKelamin", "P")
                        .param("jenis", "DIGITAL")
                        .param("alasan", "Mengelola grup WhatsApp RT")
                        .param("sumber", "MUSYAWARAH")
                        .param("sumberId", Long.toString(kayanganMeeting)),
                "kpmd.cukir");
        assertThat(count("kader_calon")).isEqualTo(candidates);
        halaman.kirim(post("/kapasitas/calon/" + CUKIR).param("nama", "x"), "camat.diwek")
                .andExpect(status().isForbidden());

        long meeting = jdbc.sql("SELECT MAX(id) FROM musyawarah WHERE kode_desa = :d AND koreksi_dari IS NULL")
                .param("d", CUKIR)
                .query(Long.class)
                .single();
        halaman.kirim(
                        post("/kapasitas/calon/" + CUKIR)
                                .param("nama", "Rina Wulandari")
                                .param("jenisKelamin", "P")
                                .param("jenis", "DIGITAL")
                                .param("alasan", "Mengelola grup WhatsApp RT dan membantu pendataan")
                                .param("sumber", "MUSYAWARAH")
                                .param("sumberId", Long.toString(meeting)),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM kader_calon WHERE nama = 'Rina Wulandari'")
                .query(Long.class)
                .single();
        assertThat(halaman.html(get("/kapasitas/calon/" + CUKIR), "pld.diwek2"))
                .contains("Rina Wulandari", "Mengelola grup WhatsApp RT");
        halaman.kirim(get("/kapasitas/calon/" + CUKIR), "pld.diwek1").andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/desa/" + CUKIR)).andReturn().getResponse().getContentAsString())
                .doesNotContain("Rina Wulandari");

        // Appointing needs the musyawarah that chose her; refused, nothing changes.
        long cadres = count("kader");
        halaman.ditolak(post("/kapasitas/calon/" + CUKIR + "/" + id + "/angkat").param("mulai", TODAY), "pld.diwek2");
        assertThat(count("kader")).isEqualTo(cadres);
        halaman.kirim(
                        post("/kapasitas/calon/" + CUKIR + "/" + id + "/angkat")
                                .param("versi", "0")
                                .param("musyawarahId", Long.toString(meeting))
                                .param("skNomor", "141/20/415.63.2007/" + TODAY.substring(0, 4))
                                .param("skTanggal", TODAY)
                                .param("mulai", TODAY),
                        "pld.diwek2")
                .andExpect(status().is3xxRedirection());
        assertThat(count("kader")).isEqualTo(cadres + 1);
        long cadre = kader("Rina Wulandari");
        assertThat(jdbc.sql("SELECT status || ' ' || kader_id FROM kader_calon WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("DIANGKAT " + cadre);
        assertThat(jdbc.sql("SELECT musyawarah_id FROM kader WHERE id = :id")
                        .param("id", cadre)
                        .query(Long.class)
                        .single())
                .isEqualTo(meeting);
        String twice = halaman.ditolak(
                post("/kapasitas/calon/" + CUKIR + "/" + id + "/batal").param("catatan", "pindah"), "pld.diwek2");
        assertThat(twice).contains("sudah diangkat atau dibatalkan");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'kapasitas.CalonKader' AND rekaman_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
