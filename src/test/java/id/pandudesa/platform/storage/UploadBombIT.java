package id.pandudesa.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.TestImages;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A small file that declares a huge picture (the 30,000 × 30,000 one-bit PNG of about 110 KB that
 * once exhausted the heap) and a real picture just over the pixel limit, sent through every kind
 * of upload: the public complaint API and form, the complaint intake, log photos by API and page,
 * progress photos, a signed berita acara scan. Each is refused with the pixel message, stores no
 * file, leaves the heap as it was, and the app answers its health check after.
 */
@PanduIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadBombIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long entryId;
    long projectId;
    long meetingId;

    @BeforeAll
    void records() throws Exception {
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/pendampingan/kegiatan")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"tanggal\":\"" + TODAY + "\",\"kodeDesa\":\"3517082001\",\"metode\":\"ASISTENSI\","
                                + "\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"Entri untuk foto\"}")
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        entryId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        projectId = jdbc.sql("SELECT MIN(id) FROM proyek WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        meetingId = jdbc.sql("SELECT MIN(id) FROM musyawarah WHERE kode_desa = '3517082007' AND berkas_ba IS NULL")
                .query(Long.class)
                .single();
    }

    record Picture(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** An upload path: how to send a picture there, and as whom. */
    record Path(String name, Function<byte[], MockMultipartHttpServletRequestBuilder> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Arguments> cases() {
        var bomb = new Picture("30,000 × 30,000 PNG bomb", TestImages.pngBomb(30_000, 30_000));
        var justOver = new Picture("8,000 × 5,001 picture", TestImages.pngBomb(8_000, 5_001));
        return Stream.of(paths()).flatMap(p -> Stream.of(bomb, justOver).map(pic -> Arguments.of(p, pic)));
    }

    Path[] paths() {
        return new Path[] {
            new Path(
                    "public complaint API",
                    bytes -> (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/pengaduan")
                            .file(file("lampiran", bytes))
                            .param("kodeDesa", "3517082007")
                            .param("kategori", "PEMBANGUNAN")
                            .param("uraian", "Jalan rusak di Dusun Cukir sejak bulan lalu")
                            .with(from("10.31.0.1"))),
            new Path("public complaint form", bytes -> (MockMultipartHttpServletRequestBuilder) multipart("/pengaduan")
                    .file(file("lampiran", bytes))
                    .param("kodeDesa", "3517082007")
                    .param("kategori", "PEMBANGUNAN")
                    .param("uraian", "Jalan rusak di Dusun Cukir sejak bulan lalu")
                    .with(from("10.31.0.2"))
                    .with(csrf())),
            new Path(
                    "complaint intake",
                    bytes -> (MockMultipartHttpServletRequestBuilder) multipart("/pengaduan/kelola/baru")
                            .file(file("lampiran", bytes))
                            .param("kodeDesa", "3517082007")
                            .param("kategori", "PEMBANGUNAN")
                            .param("uraian", "Laporan lewat telepon tentang jalan rusak")
                            .param("saluran", "TELEPON")
                            .with(user(users.loadUserByUsername("kpmd.cukir")))
                            .with(csrf())),
            new Path("log photo API", bytes -> (MockMultipartHttpServletRequestBuilder)
                    multipart("/api/v1/pendampingan/kegiatan/" + entryId + "/foto")
                            .file(file("foto", bytes))
                            .with(httpBasic("pld.diwek1", "pandu-demo"))),
            new Path("log form", bytes -> (MockMultipartHttpServletRequestBuilder) multipart("/pendampingan/catat")
                    .file(file("foto", bytes))
                    .param("tanggal", TODAY)
                    .param("kodeDesa", "3517082001")
                    .param("metode", "ASISTENSI")
                    .param("ruangLingkup", "PEMBANGUNAN_DESA")
                    .param("uraian", "Pendampingan dengan foto")
                    .with(user(users.loadUserByUsername("pld.diwek1")))
                    .with(csrf())),
            new Path(
                    "progress report", bytes -> (MockMultipartHttpServletRequestBuilder)
                            multipart("/pelaksanaan/proyek/" + projectId + "/laporan")
                                    .file(file("foto", bytes))
                                    .param("tanggal", TODAY)
                                    .param("fisik", "95")
                                    .param("realisasi", "150000000")
                                    .with(user(users.loadUserByUsername("kpmd.cukir")))
                                    .with(csrf())),
            new Path(
                    "signed berita acara", bytes -> (MockMultipartHttpServletRequestBuilder)
                            multipart("/musyawarah/" + meetingId + "/tandatangani")
                                    .file(file("berkas", bytes))
                                    .with(user(users.loadUserByUsername("kpmd.cukir")))
                                    .with(csrf()))
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void an_oversized_picture_is_refused_without_decoding_on_every_upload_path(Path path, Picture picture)
            throws Exception {
        long files = count();
        System.gc();
        long heapBefore = usedHeap();

        MvcResult result = mvc.perform(path.request().apply(picture.bytes())).andReturn();

        MockHttpServletResponse response = result.getResponse();
        Object flash = result.getFlashMap().get("galat");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        boolean refusedOnThePage = response.getStatus() == 422 && body.contains("megapiksel");
        boolean refusedByFlash = response.getStatus() == 302 && "berkas.fotoTerlaluBanyakPiksel".equals(flash);
        assertThat(refusedOnThePage || refusedByFlash)
                .as(
                        "status %s, flash %s, body %s",
                        response.getStatus(), flash, body.substring(0, Math.min(300, body.length())))
                .isTrue();
        assertThat(count()).as("no file stored").isEqualTo(files);
        // Decoding the bomb would need gigabytes; refusing it needs a few megabytes.
        assertThat(usedHeap() - heapBefore).isLessThan(256L * 1024 * 1024);
        assertThat(mvc.perform(get("/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private static MockMultipartFile file(String field, byte[] bytes) {
        return new MockMultipartFile(field, "foto.png", "image/png", bytes);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String around(String body, String word) {
        int at = Math.max(0, body.indexOf(word) - 100);
        return body.substring(at, Math.min(body.length(), at + 400));
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM berkas").query(Long.class).single();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
