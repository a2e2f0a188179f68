package id.pandudesa.musyawarah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A Musyawarah Desa in Bendet from plan to signed berita acara: attendance with the inclusion
 * check, a decision by mufakat and one by vote (with too many votes refused), the PDF read back,
 * the lock after signing and a correction as a new version.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MusyawarahIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long id;
    String base;

    private void person(String name, String sex, String unsur, boolean poor, boolean observer) throws Exception {
        mvc.perform(halaman.as(
                        post(base + "/hadir")
                                .param("nama", name)
                                .param("jenisKelamin", sex)
                                .param("unsur", unsur)
                                .param("miskin", String.valueOf(poor))
                                .param("peninjau", String.valueOf(observer)),
                        "pld.diwek1"))
                .andExpect(status().is3xxRedirection());
    }

    @BeforeAll
    void aPlannedMusdes() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        MvcResult r = mvc.perform(halaman.as(
                        post("/musyawarah")
                                .param("kodeDesa", "3517082003")
                                .param("jenis", "MUSDES_PERENCANAAN")
                                .param("judul", "Musdes penyusunan RKPDes Bendet")
                                .param("tanggal", today)
                                .param("jam", "19:30")
                                .param("tempat", "Balai Desa Bendet")
                                .param("penyelenggara", "BPD Bendet")
                                .param("fasilitator", "pld.diwek1")
                                .param("agenda", "Prioritas usulan dusun\nPembentukan tim penyusun RKPDes")
                                .param("unsurWajib", "BPD", "KELOMPOK_PEREMPUAN", "MASYARAKAT_MISKIN", "TOKOH_AGAMA"),
                        "pld.diwek1"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        base = r.getResponse().getRedirectedUrl();
        id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
    }

    @Test
    @Order(1)
    void a_plan_without_title_or_agenda_is_refused_with_each_field_named() throws Exception {
        long before =
                jdbc.sql("SELECT COUNT(*) FROM musyawarah").query(Long.class).single();
        String page = halaman.ditolak(
                post("/musyawarah")
                        .param("kodeDesa", "3517082003")
                        .param("jenis", "MUSDUS")
                        .param("tanggal", "2026-01-10"),
                "pld.diwek1");
        assertThat(page).contains("Tuliskan judul musyawarah").contains("Tuliskan sedikitnya satu acara");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM musyawarah").query(Long.class).single())
                .isEqualTo(before);
        mvc.perform(halaman.as(post("/musyawarah").param("kodeDesa", "3517082003"), "camat.diwek"))
                .andExpect(status().isForbidden());
        mvc.perform(halaman.as(get(base), "pld.gudo")).andExpect(status().isNotFound());
    }

    @Test
    @Order(2)
    void attendance_fills_the_inclusion_panel_and_warns_of_the_missing_unsur() throws Exception {
        person("Sutrisno", "L", "BPD", false, false);
        person("Siti Aminah", "P", "KELOMPOK_PEREMPUAN", true, false);
        person("Sulastri", "P", "KELOMPOK_PEREMPUAN", false, false);
        person("Pak Camat", "L", "LAINNYA", false, true);
        mvc.perform(halaman.as(
                        post(base + "/hadir")
                                .param("mode", "rekap")
                                .param("unsur", "KELOMPOK_TANI")
                                .param("laki", "12")
                                .param("perempuan", "4")
                                .param("jumlahMiskin", "3"),
                        "pld.diwek1"))
                .andExpect(status().is3xxRedirection());
        String panel = halaman.html(get(base + "/panel"), "camat.diwek");
        assertThat(panel).contains("id=\"jumlah-hadir\">20<");
        assertThat(panel).contains("14 laki-laki, 6 perempuan (30% perempuan)");
        assertThat(panel).contains("Warga miskin 4 (20%), disabilitas 0, pemilih 19");
        assertThat(panel).contains("id=\"unsur-belum-hadir\"").contains("Tokoh agama");
        // A person without a sex, or a count sheet with more poor than people, is refused.
        mvc.perform(halaman.as(post(base + "/hadir").param("nama", "Tanpa").param("unsur", "BPD"), "pld.diwek1"))
                .andExpect(Halaman.ditolakDengan("musyawarah.hadir.jenisKelaminWajib"));
        mvc.perform(halaman.as(
                        post(base + "/hadir")
                                .param("mode", "rekap")
                                .param("unsur", "KELOMPOK_TANI")
                                .param("laki", "2")
                                .param("jumlahMiskin", "5"),
                        "pld.diwek1"))
                .andExpect(Halaman.ditolakDengan("musyawarah.hadir.melebihiJumlah"));
        person("Kyai Hasan", "L", "TOKOH_AGAMA", false, false);
        assertThat(halaman.html(get(base + "/panel"), "camat.diwek")).contains("id=\"unsur-lengkap\"");
    }

    @Test
    @Order(3)
    void decisions_by_mufakat_and_by_vote_with_observers_left_out() throws Exception {
        mvc.perform(halaman.as(
                        post(base + "/agenda/1")
                                .param("cara", "MUFAKAT")
                                .param(
                                        "keputusan",
                                        "Rabat beton Dusun Bendet dan posyandu Dusun Sumber jadi prioritas 1 dan 2"),
                        "pld.diwek1"))
                .andExpect(
                        r -> assertThat(r.getFlashMap().get("pesan")).isEqualTo("musyawarah.pesan.keputusanTercatat"));
        // 21 present, one observer: 21 votes are too many.
        mvc.perform(halaman.as(
                        post(base + "/agenda/2")
                                .param("cara", "VOTING")
                                .param("setuju", "13")
                                .param("tolak", "7")
                                .param("abstain", "1")
                                .param("keputusan", "Tim penyusun dibentuk"),
                        "pld.diwek1"))
                .andExpect(Halaman.ditolakDengan("musyawarah.suara.melebihiPemilih"));
        mvc.perform(halaman.as(
                        post(base + "/agenda/2")
                                .param("cara", "VOTING")
                                .param("setuju", "12")
                                .param("tolak", "7")
                                .param("abstain", "1")
                                .param("keputusan", "Tim penyusun RKPDes dibentuk, 7 orang"),
                        "pld.diwek1"))
                .andExpect(
                        r -> assertThat(r.getFlashMap().get("pesan")).isEqualTo("musyawarah.pesan.keputusanTercatat"));
        String page = halaman.html(get(base), "camat.diwek");
        assertThat(page).contains("Diterima dengan suara terbanyak").contains("Setuju 12, tidak setuju 7, abstain 1");
    }

    @Test
    @Order(4)
    void the_berita_acara_carries_the_attendance_and_the_decisions() throws Exception {
        mvc.perform(halaman.as(post(base + "/selesai"), "pld.diwek1")).andExpect(status().is3xxRedirection());
        byte[] pdf = mvc.perform(halaman.as(get(base + "/berita-acara.pdf"), "camat.diwek"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("BERITA ACARA MUSYAWARAH DESA PERENCANAAN");
            assertThat(text).contains("PEMERINTAH DESA BENDET");
            assertThat(text).contains("Jumlah hadir 21");
            assertThat(text).contains("15 6 29% 4 0 1");
            assertThat(text).contains("setuju 12, tidak setuju 7, abstain 1");
            assertThat(text).contains("Tim penyusun RKPDes dibentuk, 7 orang");
            assertThat(text).contains("Wakil Masyarakat").contains("Ketua BPD");
        }
        byte[] invitation = mvc.perform(halaman.as(get(base + "/undangan.pdf"), "pld.diwek1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(invitation, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    @Order(5)
    void signed_it_is_locked_and_a_correction_is_a_new_version_with_the_attendance() throws Exception {
        byte[] scan = "%PDF-1.4\n% pindaian berita acara\n".getBytes();
        mvc.perform(halaman.as(
                        multipart(base + "/tandatangani")
                                .file(new MockMultipartFile("berkas", "ba.pdf", "application/pdf", scan)),
                        "pld.diwek1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM musyawarah WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("DITANDATANGANI");
        // Signed, the attendance is locked: the door page comes back with the reason.
        halaman.ditolak(
                post(base + "/hadir")
                        .param("nama", "Terlambat")
                        .param("jenisKelamin", "L")
                        .param("unsur", "LAINNYA"),
                "pld.diwek1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM musyawarah_hadir WHERE musyawarah_id = :id AND nama = 'Terlambat'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        byte[] back = mvc.perform(halaman.as(get(base + "/berkas"), "camat.diwek"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(scan);
        String next = mvc.perform(halaman.as(post(base + "/koreksi"), "pld.diwek1"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long nextId = Long.parseLong(next.substring(next.lastIndexOf('/') + 1));
        assertThat(nextId).isNotEqualTo(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM musyawarah_hadir WHERE musyawarah_id = :id")
                        .param("id", nextId)
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        assertThat(halaman.html(get(base), "camat.diwek")).contains("Dikoreksi dengan versi baru");
        assertThat(halaman.html(get(next), "camat.diwek")).contains("koreksi ke-1");
    }

    @Test
    @Order(6)
    void the_share_link_is_public_and_shows_decisions_only_once_published() throws Exception {
        String token = jdbc.sql("SELECT token_bagikan FROM musyawarah WHERE koreksi_dari = :id")
                .param("id", id)
                .query(String.class)
                .single();
        String page = mvc.perform(get("/musyawarah/bagikan/" + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Musdes penyusunan RKPDes Bendet").doesNotContain("Tim penyusun RKPDes dibentuk");
        assertThat(page).doesNotContain("Siti Aminah");
        long nextId = jdbc.sql("SELECT id FROM musyawarah WHERE koreksi_dari = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        mvc.perform(halaman.as(post("/musyawarah/" + nextId + "/terbitkan").param("publik", "true"), "pld.diwek1"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/musyawarah/bagikan/" + token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Tim penyusun RKPDes dibentuk")
                .doesNotContain("Siti Aminah");
        mvc.perform(get("/musyawarah/bagikan/tidak-ada")).andExpect(status().isNotFound());
    }
}
