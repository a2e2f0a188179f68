package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.Tabel;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Cukir plans 2025: three proposals collected in a Musdus, prioritised by vote in a Musdes (too
 * many votes refused), two taken into the RKPDes, one put into the APBDes, the RKPDes adopted
 * citing the Musdes, and the public trace read without logging in and without the proposers'
 * names. Also the RPJMDes and its period check.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RencanaIT {

    static final String DESA = "3517082007";
    static final int TAHUN = 2025;
    static final String USULAN = "/perencanaan/usulan/" + DESA + "/" + TAHUN;
    static final String RKPDES = "/perencanaan/rkpdes/" + DESA + "/" + TAHUN;

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

    String musdus;
    String musdes;

    /** A held meeting with {@code voters} voters and one observer, every agenda item agreed by mufakat. */
    private long meeting(String jenis, String agenda, int voters) throws Exception {
        String base = mvc.perform(halaman.as(
                        post("/musyawarah")
                                .param("kodeDesa", DESA)
                                .param("jenis", jenis)
                                .param("judul", jenis + " uji rencana")
                                .param(
                                        "tanggal",
                                        LocalDate.now(ZoneId.of("Asia/Jakarta")).toString())
                                .param("tempat", "Balai Desa Cukir")
                                .param("penyelenggara", "BPD Cukir")
                                .param("agenda", agenda)
                                .param("unsurWajib", "TOKOH_MASYARAKAT"),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        for (int i = 0; i < voters + 1; i++) {
            mvc.perform(halaman.as(
                            post(base + "/hadir")
                                    .param("nama", "Warga " + i)
                                    .param("jenisKelamin", i % 2 == 0 ? "P" : "L")
                                    .param("unsur", "TOKOH_MASYARAKAT")
                                    .param("peninjau", String.valueOf(i == voters)),
                            "kpmd.cukir"))
                    .andExpect(status().is3xxRedirection());
        }
        int items = agenda.split("\n").length;
        for (int no = 1; no <= items; no++) {
            mvc.perform(halaman.as(
                            post(base + "/agenda/" + no)
                                    .param("cara", "MUFAKAT")
                                    .param("keputusan", "Disepakati"),
                            "kpmd.cukir"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(halaman.as(post(base + "/selesai"), "kpmd.cukir")).andExpect(status().is3xxRedirection());
        mvc.perform(halaman.as(post(base + "/terbitkan").param("publik", "true"), "kpmd.cukir"))
                .andExpect(status().is3xxRedirection());
        return Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
    }

    private long usulanId(String judul) {
        return jdbc.sql("SELECT id FROM usulan WHERE kode_desa = :k AND judul = :j")
                .param("k", DESA)
                .param("j", judul)
                .query(Long.class)
                .single();
    }

    private String statusUsulan(String judul) {
        return jdbc.sql("SELECT status FROM usulan WHERE kode_desa = :k AND judul = :j")
                .param("k", DESA)
                .param("j", judul)
                .query(String.class)
                .single();
    }

    @BeforeAll
    void meetings() throws Exception {
        musdus = meeting("MUSDUS", "Penggalian usulan Dusun Cukir", 2) + ":1";
        musdes = meeting("MUSDES_PERENCANAAN", "Prioritas usulan RKPDes 2025\nPenetapan RKPDes 2025", 3) + ":";
    }

    private void usulan(String judul, String biaya, String pengusul) throws Exception {
        mvc.perform(halaman.as(
                        post(USULAN)
                                .param("judul", judul)
                                .param("asal", "Dusun Cukir")
                                .param("lokasi", "RT 02 RW 01")
                                .param("kodeBidang", "2.3")
                                .param("laki", "40")
                                .param("perempuan", "45")
                                .param("miskin", "12")
                                .param("biaya", biaya)
                                .param("pengusul", pengusul)
                                .param("musdus", musdus),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    @Order(1)
    void a_proposal_with_a_negative_cost_or_an_unknown_code_is_refused_and_nothing_is_stored() throws Exception {
        long before = tabel.barisDesa("usulan", DESA);
        String page = halaman.ditolak(
                post(USULAN)
                        .param("judul", "")
                        .param("asal", "Dusun Cukir")
                        .param("lokasi", "RT 01")
                        .param("kodeBidang", "2.99")
                        .param("laki", "3")
                        .param("perempuan", "2")
                        .param("miskin", "9")
                        .param("biaya", "-5.000.000")
                        .param("pengusul", "Bu Sri"),
                "kpmd.cukir");
        assertThat(page)
                .contains("Judul usulan: wajib diisi.")
                .contains("Kode 2.99 tidak ada dalam daftar bidang dan kegiatan Permendagri 20/2018.")
                .contains("Perkiraan biaya (Rp): tidak boleh negatif.")
                .contains("tidak boleh lebih dari jumlah penerima")
                .contains("value=\"Dusun Cukir\"");
        assertThat(tabel.barisDesa("usulan", DESA)).isEqualTo(before);
        mvc.perform(halaman.as(post(USULAN).param("judul", "x"), "camat.diwek")).andExpect(status().isForbidden());
        mvc.perform(halaman.as(get(USULAN), "pld.gudo")).andExpect(status().isNotFound());
    }

    @Test
    @Order(2)
    void proposals_from_the_musdus_are_listed_with_their_proposer_for_users() throws Exception {
        usulan("Rabat beton jalan Dusun Cukir", "150.000.000", "Pak Slamet Riyadi");
        usulan("Saluran air RT 03", "Rp 60.000.000", "Bu Lestari Wulandari");
        usulan("Lampu jalan gang", "25000000", "Pak Joko Santoso");
        String page = halaman.html(get(USULAN), "pd.diwek");
        assertThat(page)
                .contains("Rabat beton jalan Dusun Cukir")
                .contains("Pengusul: Pak Slamet Riyadi")
                .contains("150.000.000")
                .contains("Belum dibahas");
        assertThat(jdbc.sql("SELECT musdus_id FROM usulan WHERE id = :id")
                        .param("id", usulanId("Saluran air RT 03"))
                        .query(Long.class)
                        .single())
                .isEqualTo(Long.parseLong(musdus.split(":")[0]));
    }

    @Test
    @Order(3)
    void a_proposal_not_yet_discussed_can_be_corrected_once_per_version_or_withdrawn() throws Exception {
        long c = usulanId("Lampu jalan gang");
        assertThat(halaman.html(get(USULAN).param("ubah", String.valueOf(c)), "kpmd.cukir"))
                .contains("Ubah usulan")
                .contains("value=\"Pak Joko Santoso\"");
        var edit = post(USULAN + "/" + c)
                .param("versi", "0")
                .param("judul", "Lampu jalan gang")
                .param("asal", "Dusun Cukir")
                .param("lokasi", "Gang Kenanga")
                .param("kodeBidang", "2.3")
                .param("laki", "40")
                .param("perempuan", "45")
                .param("miskin", "12")
                .param("biaya", "27.000.000")
                .param("pengusul", "Pak Joko Santoso")
                .param("musdus", musdus);
        mvc.perform(halaman.as(edit, "pld.diwek2")).andExpect(status().is3xxRedirection());
        // A second correction made from the same, now stale, page is refused.
        assertThat(halaman.konflik(edit, "kpmd.cukir")).contains("sudah diubah orang lain");
        assertThat(jdbc.sql("SELECT perkiraan_biaya FROM usulan WHERE id = :id")
                        .param("id", c)
                        .query(Long.class)
                        .single())
                .isEqualTo(27_000_000L);
        usulan("Usulan tercatat dua kali", "1.000.000", "Pak Joko Santoso");
        long twice = usulanId("Usulan tercatat dua kali");
        mvc.perform(halaman.as(post(USULAN + "/" + twice + "/hapus"), "kpmd.cukir"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM usulan WHERE id = :id")
                        .param("id", twice)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @Order(4)
    void the_musdes_vote_cannot_count_more_votes_than_voters_nor_cite_a_hamlet_meeting() throws Exception {
        long a = usulanId("Rabat beton jalan Dusun Cukir");
        long b = usulanId("Saluran air RT 03");
        long c = usulanId("Lampu jalan gang");
        String refused = halaman.ditolak(
                post(USULAN + "/prioritas")
                        .param("keputusan", musdes + "1")
                        .param("metode", "VOTING")
                        .param("kuota", "2")
                        .param("nilai_" + a, "3")
                        .param("nilai_" + b, "4")
                        .param("nilai_" + c, "1"),
                "kpmd.cukir");
        assertThat(refused).contains("4 suara lebih banyak dari 3 pemilih yang hadir");
        String hamlet = halaman.ditolak(
                post(USULAN + "/prioritas")
                        .param("keputusan", musdus)
                        .param("metode", "VOTING")
                        .param("kuota", "2")
                        .param("nilai_" + a, "3"),
                "kpmd.cukir");
        assertThat(hamlet).contains("bukan dari Musyawarah Desa");
        assertThat(statusUsulan("Rabat beton jalan Dusun Cukir")).isEqualTo("DIUSULKAN");
        mvc.perform(halaman.as(
                        post(USULAN + "/prioritas")
                                .param("keputusan", musdes + "1")
                                .param("metode", "VOTING")
                                .param("kuota", "2")
                                .param("nilai_" + a, "3")
                                .param("nilai_" + b, "2")
                                .param("nilai_" + c, "1"),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusUsulan("Rabat beton jalan Dusun Cukir")).isEqualTo("DIPRIORITASKAN");
        assertThat(statusUsulan("Saluran air RT 03")).isEqualTo("DIPRIORITASKAN");
        assertThat(statusUsulan("Lampu jalan gang")).isEqualTo("TIDAK_DIPRIORITASKAN");
        mvc.perform(halaman.as(post(USULAN + "/" + a + "/hapus"), "kpmd.cukir"))
                .andExpect(Halaman.ditolakDengan("usulan.sudahDibahas"));
        assertThat(statusUsulan("Rabat beton jalan Dusun Cukir")).isEqualTo("DIPRIORITASKAN");
    }

    @Test
    @Order(5)
    void rkpdes_kegiatan_come_from_prioritised_proposals_with_valid_codes_and_amounts() throws Exception {
        long a = usulanId("Rabat beton jalan Dusun Cukir");
        long c = usulanId("Lampu jalan gang");
        long before = tabel.barisDesa("rkpdes_kegiatan", DESA);
        String refused = halaman.ditolak(
                post(RKPDES + "/kegiatan")
                        .param("usulanId", String.valueOf(c))
                        .param("kodeKegiatan", "2.3.77")
                        .param("nama", "Lampu jalan")
                        .param("lokasi", "Gang 3")
                        .param("volume", "0")
                        .param("satuan", "titik")
                        .param("sasaran", "Warga gang")
                        .param("waktu", "Agustus")
                        .param("biaya", "-1")
                        .param("sumberDana", "DDS")
                        .param("pelaksana", "TPK"),
                "kpmd.cukir");
        assertThat(refused)
                .contains("usulan ini belum diprioritaskan Musdes")
                .contains("Kode kegiatan 2.3.77 tidak ada")
                .contains("isi volume lebih dari 0")
                .contains("tidak boleh negatif");
        assertThat(tabel.barisDesa("rkpdes_kegiatan", DESA)).isEqualTo(before);
        String form = halaman.html(get(RKPDES).param("usulan", String.valueOf(a)), "kpmd.cukir");
        assertThat(form).contains("value=\"Rabat beton jalan Dusun Cukir\"").contains("value=\"150000000\"");
        mvc.perform(halaman.as(
                        post(RKPDES + "/kegiatan")
                                .param("usulanId", String.valueOf(a))
                                .param("kodeKegiatan", "2.3.11")
                                .param("nama", "Rabat beton jalan Dusun Cukir")
                                .param("lokasi", "RT 02 RW 01")
                                .param("volume", "350")
                                .param("satuan", "m")
                                .param("sasaran", "85 warga Dusun Cukir")
                                .param("waktu", "Juli–September 2025")
                                .param("biaya", "148.500.000")
                                .param("sumberDana", "DDS")
                                .param("pelaksana", "TPK Desa Cukir"),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection());
        assertThat(halaman.html(get(RKPDES), "camat.diwek"))
                .contains("Rabat beton jalan Dusun Cukir")
                .contains("350 m")
                .contains("148.500.000")
                .contains("Usulan: Rabat beton jalan Dusun Cukir");
    }

    @Test
    @Order(6)
    void the_village_government_puts_a_kegiatan_into_the_apbdes_as_a_linked_belanja_line() throws Exception {
        long kegiatan = jdbc.sql(
                        "SELECT id FROM rkpdes_kegiatan WHERE kode_desa = :k AND nama = 'Rabat beton jalan Dusun Cukir'")
                .param("k", DESA)
                .query(Long.class)
                .single();
        String path = RKPDES + "/kegiatan/" + kegiatan + "/apbdes";
        mvc.perform(halaman.as(post(path).param("kodeRekening", "5.3.5.03"), "kpmd.cukir"))
                .andExpect(status().isForbidden());
        mvc.perform(halaman.as(post(path).param("kodeRekening", "4.1.1.01"), "pemdes.cukir"))
                .andExpect(Halaman.ditolakDengan("apbdes.tautan.rekeningBelanja"));
        mvc.perform(halaman.as(post(path).param("kodeRekening", "5.3.5.03"), "pemdes.cukir"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT anggaran FROM apbdes_baris b JOIN apbdes a ON a.id = b.apbdes_id"
                                + " WHERE a.kode_desa = :k AND a.tahun = :t AND b.kode_kegiatan = '2.3.11'")
                        .param("k", DESA)
                        .param("t", TAHUN)
                        .query(Long.class)
                        .single())
                .isEqualTo(148_500_000L);
        String apbdes = halaman.html(get("/perencanaan/apbdes/" + DESA + "/" + TAHUN), "pd.diwek");
        assertThat(apbdes)
                .contains("RKPDes: Rabat beton jalan Dusun Cukir")
                .contains("/jejak/" + DESA + "/" + TAHUN + "#kegiatan-" + kegiatan);
        // The same kegiatan twice on the same rekening is refused; nothing doubles.
        mvc.perform(halaman.as(post(path).param("kodeRekening", "5.3.5.03"), "pemdes.cukir"))
                .andExpect(Halaman.ditolakDengan("apbdes.tautan.sudahAda"));
    }

    @Test
    @Order(7)
    void the_public_trace_follows_each_proposal_without_the_proposers_names() throws Exception {
        String page = mvc.perform(get("/jejak/" + DESA + "/" + TAHUN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Rabat beton jalan Dusun Cukir")
                .contains("Diprioritaskan, urutan ke-1 (Jumlah suara)")
                .contains("Masuk RKPDes: Rabat beton jalan Dusun Cukir, 350 m, Rp 148.500.000")
                .contains("Dianggarkan dalam APBDes: Rp 148.500.000 (rekening 5.3.5.03)")
                .contains("Saluran air RT 03")
                .contains("Belum menjadi kegiatan RKPDes.")
                .contains("Belum masuk prioritas tahun ini (urutan ke-3)")
                .contains("Musyawarah yang membahasnya")
                .contains("Prioritas usulan RKPDes 2025: Disepakati")
                .doesNotContain("Warga 1")
                .doesNotContain("Slamet")
                .doesNotContain("Lestari")
                .doesNotContain("Joko");
        mvc.perform(get("/jejak/3201/" + TAHUN)).andExpect(status().isNotFound());
    }

    @Test
    @Order(8)
    void the_rkpdes_is_adopted_by_the_village_government_citing_the_musdes_and_then_locked() throws Exception {
        mvc.perform(halaman.as(post(RKPDES + "/tetapkan").param("keputusan", musdes + "2"), "kpmd.cukir"))
                .andExpect(status().isForbidden());
        mvc.perform(halaman.as(post(RKPDES + "/tetapkan").param("keputusan", musdus), "pemdes.cukir"))
                .andExpect(Halaman.ditolakDengan("perencanaan.keputusanBukanMusdes"));
        mvc.perform(halaman.as(post(RKPDES + "/tetapkan").param("keputusan", musdes + "2"), "pemdes.cukir"))
                .andExpect(status().is3xxRedirection());
        assertThat(halaman.html(get(RKPDES), "pemdes.cukir"))
                .contains("Ditetapkan dalam MUSDES_PERENCANAAN uji rencana");
        // And back from the meeting: what its decisions started.
        assertThat(halaman.html(get("/musyawarah/" + musdes.replace(":", "")), "pd.diwek"))
                .contains("2 dari 3 usulan tahun 2025 diprioritaskan")
                .contains("RKPDes 2025 ditetapkan")
                .contains("/jejak/" + DESA + "/2025");
        assertThat(halaman.html(get("/musyawarah/" + musdus.split(":")[0]), "pd.diwek"))
                .contains("3 usulan dihimpun untuk tahun 2025");
        String again = halaman.ditolak(
                post(RKPDES + "/kegiatan")
                        .param("kodeKegiatan", "2.3.11")
                        .param("nama", "Tambahan")
                        .param("lokasi", "RT 1")
                        .param("volume", "1")
                        .param("satuan", "paket")
                        .param("sasaran", "warga")
                        .param("waktu", "Oktober")
                        .param("biaya", "1000")
                        .param("sumberDana", "ADD")
                        .param("pelaksana", "TPK"),
                "kpmd.cukir");
        assertThat(again).contains("RKPDes tahun ini sudah ditetapkan");
        mvc.perform(halaman.as(
                        post(RKPDES + "/catatan").param("isi", "Lampirkan gambar rencana rabat beton."), "pd.diwek"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(halaman.as(post(RKPDES + "/catatan").param("isi", "Catatan"), "kpmd.cukir"))
                .andExpect(status().isForbidden());
        assertThat(halaman.html(get(RKPDES), "kpmd.cukir")).contains("Lampirkan gambar rencana rabat beton.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'perencanaan.Rkpdes' AND kode_desa = :k")
                        .param("k", DESA)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(9)
    void the_rpjmdes_spans_six_years_and_is_adopted_with_its_programmes() throws Exception {
        String base = "/perencanaan/rpjmdes/" + DESA;
        assertThat(halaman.html(get(base).param("tahun", "2019"), "kpmd.cukir")).contains("Belum ada RPJMDes");
        mvc.perform(halaman.as(
                        post(base)
                                .param("tahunAwal", "2019")
                                .param("visi", "Cukir mandiri, sehat dan berbudaya")
                                .param("misi", "Jalan dan saluran yang baik\nLayanan kesehatan dekat warga"),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection());
        String overlap = halaman.ditolak(
                post(base).param("tahunAwal", "2022").param("visi", "v").param("misi", "m"), "kpmd.cukir");
        assertThat(overlap).contains("bertumpuk");
        String outside = halaman.ditolak(
                post(base + "/2019/program")
                        .param("tahun", "2026")
                        .param("kodeBidang", "2.3")
                        .param("uraian", "Jalan")
                        .param("biaya", "1000"),
                "kpmd.cukir");
        assertThat(outside).contains("tahun harus dalam masa RPJMDes (2019–2024)");
        mvc.perform(halaman.as(post(base + "/2019/tetapkan").param("keputusan", musdes + "1"), "pemdes.cukir"))
                .andExpect(Halaman.ditolakDengan("rpjmdes.tanpaProgram"));
        mvc.perform(halaman.as(
                        post(base + "/2019/program")
                                .param("tahun", "2020")
                                .param("kodeBidang", "2.3.10")
                                .param("uraian", "Pengerasan jalan desa")
                                .param("biaya", "300.000.000"),
                        "kpmd.cukir"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(halaman.as(post(base + "/2019/tetapkan").param("keputusan", musdes + "1"), "pemdes.cukir"))
                .andExpect(status().is3xxRedirection());
        String page = halaman.html(get(base).param("tahun", "2021"), "pd.diwek");
        assertThat(page)
                .contains("2019–2024")
                .contains("Cukir mandiri, sehat dan berbudaya")
                .contains("Layanan kesehatan dekat warga")
                .contains("Pengerasan jalan desa")
                .contains("Ditetapkan");
    }
}
