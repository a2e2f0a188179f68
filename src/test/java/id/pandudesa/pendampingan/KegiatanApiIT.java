package id.pandudesa.pendampingan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PanduIntegrationTest
@Tag("db")
class KegiatanApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String body(LocalDate date, String desa, String uraian) {
        return """
                {"tanggal":"%s","kodeDesa":"%s","metode":"FASILITASI","ruangLingkup":"PEMBANGUNAN_DESA",
                 "subTopik":"PD-RENCANA","uraian":"%s","hasil":"Jadwal Musdes disepakati",
                 "pesertaLaki":7,"pesertaPerempuan":5,"unsur":["TOKOH_AGAMA","KELOMPOK_PEREMPUAN"],
                 "tindakLanjut":"Kirim undangan Musdes","tenggatTindakLanjut":"%s"}""".formatted(date, desa, uraian, date.plusDays(7));
    }

    static MockHttpServletRequestBuilder create(String json) {
        return post("/api/v1/pendampingan/kegiatan")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private long count(String uraian) {
        return jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan WHERE uraian = :u")
                .param("u", uraian)
                .query(Long.class)
                .single();
    }

    @Test
    void a_pld_logs_a_visit_and_it_comes_back_with_its_id() throws Exception {
        String uraian = "Fasilitasi persiapan Musdes " + UUID.randomUUID();
        mvc.perform(create(body(TODAY, "3517082002", uraian)).with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.kodeDesa").value("3517082002"))
                .andExpect(jsonPath("$.penulis").value("pld.diwek1"))
                .andExpect(jsonPath("$.metode").value("FASILITASI"))
                .andExpect(jsonPath("$.pesertaPerempuan").value(5))
                .andExpect(jsonPath("$.status").value("FINAL"));
        assertThat(count(uraian)).isEqualTo(1);
    }

    @Test
    void a_village_outside_the_scope_is_a_404_and_a_future_date_a_422_and_nothing_is_stored() throws Exception {
        String outside = "Di luar lingkup " + UUID.randomUUID();
        mvc.perform(create(body(TODAY, "3517082007", outside)).with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isNotFound());
        String future = "Masa depan " + UUID.randomUUID();
        mvc.perform(create(body(TODAY.plusDays(2), "3517082001", future)).with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("tanggal"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("masa depan")));
        assertThat(count(outside) + count(future)).isZero();
    }

    @Test
    void roles_that_do_not_facilitate_cannot_log() throws Exception {
        for (String user : new String[] {"pemdes.cukir", "camat.diwek", "admin.jatim"}) {
            mvc.perform(create(body(TODAY, "3517082007", "x")).with(httpBasic(user, "pandu-demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(create(body(TODAY, "3517082007", "x"))).andExpect(status().isUnauthorized());
    }

    @Test
    void bad_fields_are_a_400_per_field() throws Exception {
        mvc.perform(create("{\"tanggal\":\"kemarin\"}").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(create("{\"tanggal\":\"%s\",\"kodeDesa\":\"3517082001\",\"metode\":\"NGOBROL\",\"pesertaLaki\":-1}"
                                .formatted(TODAY))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("metode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("pesertaLaki")));
    }

    @Test
    void the_same_idempotency_key_stores_once_and_returns_the_first_result() throws Exception {
        String uraian = "Dikirim ulang " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(create(body(TODAY, "3517082003", uraian))
                        .header("Idempotency-Key", key)
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated())
                .andReturn();
        MvcResult second = mvc.perform(create(body(TODAY, "3517082003", uraian))
                        .header("Idempotency-Key", key)
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated())
                .andReturn();
        assertThat(second.getResponse().getContentAsString())
                .isEqualTo(first.getResponse().getContentAsString());
        assertThat(second.getResponse().getHeader("Location"))
                .isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(count(uraian)).isEqualTo(1);
    }

    @Test
    void the_same_key_sent_many_times_at_once_stores_once() throws Exception {
        String uraian = "Serentak " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> mvc.perform(create(body(TODAY, "3517082001", uraian))
                                .header("Idempotency-Key", key)
                                .with(httpBasic("pld.diwek1", "pandu-demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
            }
            List<String> bodies = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                bodies.add(f.get());
            }
            assertThat(bodies).allSatisfy(b -> assertThat(b).isEqualTo(bodies.getFirst()));
        } finally {
            pool.shutdown();
        }
        assertThat(count(uraian)).isEqualTo(1);
    }

    @Test
    void a_failed_attempt_does_not_burn_the_key() throws Exception {
        String key = UUID.randomUUID().toString();
        String uraian = "Coba lagi " + UUID.randomUUID();
        mvc.perform(create(body(TODAY.plusDays(3), "3517082001", uraian))
                        .header("Idempotency-Key", key)
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(create(body(TODAY, "3517082001", uraian))
                        .header("Idempotency-Key", key)
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated());
        assertThat(count(uraian)).isEqualTo(1);
    }

    @Test
    void supervisors_see_their_kecamatan_and_a_pld_elsewhere_sees_nothing_of_it() throws Exception {
        String uraian = "Terlihat PD " + UUID.randomUUID();
        String location = mvc.perform(
                        create(body(TODAY, "3517082001", uraian)).with(httpBasic("pld.diwek1", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get("/api/v1/pendampingan/kegiatan?desa=3517082001&dari=" + TODAY + "&ukuran=500")
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isi[*].uraian", hasItem(uraian)));
        mvc.perform(get("/api/v1/pendampingan/kegiatan?ukuran=500").with(httpBasic("pld.gudo", "pandu-demo")))
                .andExpect(jsonPath("$.isi[*].kodeDesa", everyItem(org.hamcrest.Matchers.startsWith("351702"))));
        mvc.perform(get(location).with(httpBasic("pld.gudo", "pandu-demo"))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(httpBasic("kpmd.kayangan", "pandu-demo")))
                .andExpect(status().isOk());
    }

    @Test
    void the_unfiltered_total_from_the_summary_equals_a_real_count() throws Exception {
        String json = "{\"tanggal\":\"%s\",\"kodeDesa\":\"3517082003\",\"uraian\":\"Draf hitung\",\"draf\":true}"
                .formatted(TODAY);
        mvc.perform(create(json).with(httpBasic("pld.diwek1", "pandu-demo"))).andExpect(status().isCreated());
        for (String user : new String[] {"pld.diwek1", "pd.diwek", "ta.jombang"}) {
            String scope = switch (user) {
                case "pld.diwek1" -> "kode_desa IN ('3517082001', '3517082002', '3517082003')";
                case "pd.diwek" -> "kode_desa LIKE '351708%'";
                default -> "kode_desa LIKE '3517%'";
            };
            long real = jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan WHERE " + scope
                            + " AND (status = 'FINAL' OR penulis = :u)")
                    .param("u", user)
                    .query(Long.class)
                    .single();
            mvc.perform(get("/api/v1/pendampingan/kegiatan").with(httpBasic(user, "pandu-demo")))
                    .andExpect(jsonPath("$.total").value(real));
            mvc.perform(get("/api/v1/pendampingan/kegiatan?dari=2000-01-01").with(httpBasic(user, "pandu-demo")))
                    .andExpect(jsonPath("$.total").value(real));
        }
    }

    @Test
    void a_draft_is_seen_by_its_author_only_until_it_is_final() throws Exception {
        String uraian = "Draf " + UUID.randomUUID();
        String json = "{\"tanggal\":\"%s\",\"kodeDesa\":\"3517082002\",\"uraian\":\"%s\",\"draf\":true}"
                .formatted(TODAY, uraian);
        mvc.perform(create(json).with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAF"));
        mvc.perform(get("/api/v1/pendampingan/kegiatan?desa=3517082002&ukuran=500")
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(jsonPath("$.isi[*].uraian", not(hasItem(uraian))));
        mvc.perform(get("/api/v1/pendampingan/kegiatan?desa=3517082002&ukuran=500")
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(jsonPath("$.isi[*].uraian", hasItem(uraian)));
    }

    @Test
    void a_photo_resent_with_its_key_is_stored_once() throws Exception {
        String location = mvc.perform(create(body(TODAY, "3517082001", "Foto dikirim ulang " + UUID.randomUUID()))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        byte[] photo = TestImages.jpegWithGps(800, 600, 7.56, 112.23);
        String key = "foto-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(multipart(location + "/foto")
                            .file(new MockMultipartFile("foto", "dusun.jpg", "image/jpeg", photo))
                            .header("Idempotency-Key", key)
                            .with(httpBasic("pld.diwek1", "pandu-demo")))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.foto.length()").value(1))
                    .andExpect(
                            i == 0
                                    ? header().doesNotExist("Idempotent-Replay")
                                    : header().string("Idempotent-Replay", "true"));
        }
        mvc.perform(multipart(location + "/foto")
                        .file(new MockMultipartFile(
                                "foto", "lain.jpg", "image/jpeg", TestImages.jpegWithGps(640, 480, 7.5, 112.2)))
                        .header("Idempotency-Key", key)
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(location).with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(jsonPath("$.foto.length()").value(1));
    }

    @Test
    void a_photo_is_stored_small_and_without_its_camera_location_unless_kept() throws Exception {
        String uraian = "Dengan foto " + UUID.randomUUID();
        String location = mvc.perform(
                        create(body(TODAY, "3517082001", uraian)).with(httpBasic("pld.diwek1", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        byte[] photo = TestImages.jpegWithGps(2400, 1800, 7.56, 112.23);
        mvc.perform(multipart(location + "/foto")
                        .file(new MockMultipartFile("foto", "dusun.jpg", "image/jpeg", photo))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.foto.length()").value(1));
        mvc.perform(multipart(location + "/foto")
                        .file(new MockMultipartFile("foto", "lokasi.jpg", "image/jpeg", photo))
                        .param("simpanLokasi", "true")
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.foto.length()").value(2));
        List<Object[]> stored = jdbc.sql("SELECT b.lebar, b.lintang FROM berkas b JOIN kegiatan_pendampingan_foto f"
                        + " ON f.berkas_id = b.id JOIN kegiatan_pendampingan k ON k.id = f.kegiatan_id"
                        + " WHERE k.uraian = :u ORDER BY b.id")
                .param("u", uraian)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getBigDecimal(2)})
                .list();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0)[0]).isEqualTo(1600);
        assertThat(stored.get(0)[1]).isNull();
        assertThat(((java.math.BigDecimal) stored.get(1)[1]).doubleValue())
                .isCloseTo(-7.56, org.assertj.core.data.Offset.offset(0.001));

        long photoId = jdbc.sql("SELECT MIN(f.berkas_id) FROM kegiatan_pendampingan_foto f JOIN kegiatan_pendampingan k"
                        + " ON k.id = f.kegiatan_id WHERE k.uraian = :u")
                .param("u", uraian)
                .query(Long.class)
                .single();
        byte[] served = mvc.perform(
                        get("/pendampingan/foto/" + photoId)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("pd.diwek")
                                        .roles("PD")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TestImages.hasExif(served)).isFalse();
    }

    @Test
    void a_file_that_is_not_a_photo_is_refused_and_nothing_is_stored() throws Exception {
        String uraian = "Bukan foto " + UUID.randomUUID();
        String location = mvc.perform(
                        create(body(TODAY, "3517082001", uraian)).with(httpBasic("pld.diwek1", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long files = jdbc.sql("SELECT COUNT(*) FROM berkas").query(Long.class).single();
        mvc.perform(multipart(location + "/foto")
                        .file(new MockMultipartFile("foto", "foto.jpg", "image/jpeg", "MZ this is an exe".getBytes()))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("bukan foto")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM berkas").query(Long.class).single())
                .isEqualTo(files);
    }
}
