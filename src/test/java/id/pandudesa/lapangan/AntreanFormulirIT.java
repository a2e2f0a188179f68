package id.pandudesa.lapangan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.TestImages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server side of the offline queue: a page form sent with an Idempotency-Key is stored once
 * however often and however concurrently it arrives, answers the queue in JSON (sent, refused with
 * the form's messages, conflict), and a refused one claims nothing.
 */
@PanduIntegrationTest
@Tag("db")
class AntreanFormulirIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** The log form as the queue sends it, with {@code key} as Idempotency-Key (none when null). */
    private MockMultipartHttpServletRequestBuilder kegiatan(String key, String uraian, byte[] photo) {
        MockMultipartHttpServletRequestBuilder b = multipart("/pendampingan/catat");
        if (photo != null) {
            b.file(new MockMultipartFile("foto", "rapat.jpg", "image/jpeg", photo));
        }
        b.param("kodeDesa", "3517082002")
                .param("tanggal", TODAY.toString())
                .param("metode", "FASILITASI")
                .param("ruangLingkup", "PEMBANGUNAN_DESA")
                .param("uraian", uraian)
                .param("pesertaLaki", "3")
                .param("pesertaPerempuan", "5")
                .param("aksi", "simpan")
                .header("Accept", "application/json")
                .with(user(users.loadUserByUsername("pld.diwek1")))
                .with(csrf());
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return b;
    }

    private long entries(String uraian) {
        return jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan WHERE uraian = :u")
                .param("u", uraian)
                .query(Long.class)
                .single();
    }

    private JsonNode body(MvcResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString());
    }

    @Test
    void the_same_log_entry_sent_many_times_at_once_is_stored_once_with_its_photo() throws Exception {
        String uraian = "Antrean serentak " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        byte[] photo = TestImages.jpeg(320, 240);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<MvcResult> results = new ArrayList<>();
        try {
            List<Callable<MvcResult>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(() -> mvc.perform(kegiatan(key, uraian, photo)).andReturn());
            }
            for (Future<MvcResult> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(201));
        String first = results.getFirst().getResponse().getContentAsString();
        assertThat(results)
                .allSatisfy(
                        r -> assertThat(r.getResponse().getContentAsString()).isEqualTo(first));
        JsonNode answer = body(results.getFirst());
        assertThat(answer.get("hasil").asString()).isEqualTo("TERKIRIM");
        assertThat(answer.get("lokasi").asString()).startsWith("/pendampingan/kegiatan/");
        assertThat(entries(uraian)).isEqualTo(1);
        long id = Long.parseLong(answer.get("lokasi").asString().replaceAll("\\D", ""));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan_foto WHERE kegiatan_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("the photo arrives once with its entry")
                .isEqualTo(1);
        assertThat(results.stream()
                        .filter(r -> "true".equals(r.getResponse().getHeader("Idempotent-Replay")))
                        .count())
                .as("all but one are replays of the first answer")
                .isEqualTo(results.size() - 1);
    }

    @Test
    void a_refused_entry_says_why_claims_nothing_and_the_same_key_later_succeeds() throws Exception {
        String key = UUID.randomUUID().toString();
        MvcResult refused = mvc.perform(kegiatan(key, "", null))
                .andExpect(status().isUnprocessableContent())
                .andReturn();
        JsonNode answer = body(refused);
        assertThat(answer.get("hasil").asString()).isEqualTo("DITOLAK");
        assertThat(answer.get("pesan").toString()).contains("uraian");
        String uraian = "Diperbaiki " + UUID.randomUUID();
        mvc.perform(kegiatan(key, uraian, null)).andExpect(status().isCreated());
        assertThat(entries(uraian)).isEqualTo(1);
    }

    @Test
    void attendance_at_the_door_is_recorded_once_and_a_refusal_leaves_no_message_behind() throws Exception {
        long meeting = jdbc.sql(
                        "SELECT id FROM musyawarah WHERE kode_desa IN ('3517082001', '3517082002', '3517082003')"
                                + " AND status = 'RENCANA'"
                                + " ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        String name = "Warga " + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            mvc.perform(multipart("/musyawarah/{id}/hadir", meeting)
                            .param("mode", "orang")
                            .param("nama", name)
                            .param("jenisKelamin", "P")
                            .param("unsur", "BPD")
                            .header("Idempotency-Key", key)
                            .with(user(users.loadUserByUsername("pld.diwek1")))
                            .with(csrf()))
                    .andExpect(status().isCreated());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM musyawarah_hadir WHERE musyawarah_id = :m AND nama = :n")
                        .param("m", meeting)
                        .param("n", name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        MvcResult refused = mvc.perform(multipart("/musyawarah/{id}/hadir", meeting)
                        .param("mode", "orang")
                        .param("nama", "")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .with(user(users.loadUserByUsername("pld.diwek1")))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(flash().attributeCount(0))
                .andReturn();
        assertThat(body(refused).get("pesan").get(0).asString()).isEqualTo("Tuliskan nama peserta.");
    }

    @Test
    void a_questionnaire_changed_on_the_server_meanwhile_is_a_conflict_not_an_overwrite() throws Exception {
        int year = TODAY.getYear();
        String before = jdbc.sql("SELECT jawaban FROM indeks_kuesioner WHERE kode_desa = '3517082007' AND tahun = :t"
                        + " ORDER BY nomor DESC LIMIT 1")
                .param("t", year)
                .query(String.class)
                .single();
        int versi = jdbc.sql("SELECT versi FROM indeks_kuesioner WHERE kode_desa = '3517082007' AND tahun = :t"
                        + " ORDER BY nomor DESC LIMIT 1")
                .param("t", year)
                .query(Integer.class)
                .single();
        MvcResult r = mvc.perform(multipart("/indeks/kuesioner/3517082007/{t}", year)
                        .param("aksi", "simpan")
                        .param("versi", Integer.toString(versi + 7))
                        .param("b1", "5")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .with(user(users.loadUserByUsername("kpmd.cukir")))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn();
        assertThat(body(r).get("hasil").asString()).isEqualTo("BENTROK");
        assertThat(jdbc.sql("SELECT jawaban FROM indeks_kuesioner WHERE kode_desa = '3517082007' AND tahun = :t"
                                + " ORDER BY nomor DESC LIMIT 1")
                        .param("t", year)
                        .query(String.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void without_a_key_the_form_is_the_ordinary_page_post_and_a_key_too_long_is_refused() throws Exception {
        String uraian = "Tanpa kunci " + UUID.randomUUID();
        mvc.perform(kegiatan(null, uraian, null)).andExpect(status().isFound());
        assertThat(entries(uraian)).isEqualTo(1);
        mvc.perform(kegiatan("k".repeat(101), "Terlalu panjang", null)).andExpect(status().isBadRequest());
    }

    @Test
    void a_pld_is_offered_the_log_its_villages_questionnaires_and_complaint_intake() throws Exception {
        String list = mvc.perform(get("/lapangan/formulir.json").with(user(users.loadUserByUsername("pld.diwek1"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int year = TODAY.getYear();
        assertThat(list)
                .contains("/lapangan", "/pendampingan/catat", "/pengaduan/kelola/baru")
                .contains("/indeks/kuesioner/3517082001/" + year, "/indeks/kuesioner/3517082003/" + year)
                .doesNotContain("/indeks/kuesioner/3517082007/");
        String mitra = mvc.perform(get("/lapangan/formulir.json").with(user(users.loadUserByUsername("pemdes.cukir"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mitra).contains("/indeks/kuesioner/3517082007/" + year).doesNotContain("/pendampingan/catat");
    }

    @Test
    void the_background_copies_for_offline_use_leave_one_time_messages_alone() {
        // The dispatcher's flash manager is the one that skips "Pandu-Simpan-Luring" fetches.
        assertThat(context.getBean("flashMapManager").getClass().getSimpleName())
                .isEqualTo("PanduFlashMapManager");
    }
}
