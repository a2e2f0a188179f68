package id.pandudesa.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.S3TestServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole app with {@code pandu.storage.jenis=s3}: a regulation's text uploaded through a page
 * lands in the bucket (not on the node's disk) and is served back from it.
 */
@PanduIntegrationTest
class PenyimpananS3IT {

    static final String PREFIX = "aplikasi-" + System.nanoTime();

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry r) {
        r.add("pandu.storage.jenis", () -> "s3");
        r.add("pandu.storage.s3.endpoint", S3TestServer::endpoint);
        r.add("pandu.storage.s3.bucket", () -> S3TestServer.BUCKET);
        r.add("pandu.storage.s3.access-key", () -> "uji");
        r.add("pandu.storage.s3.secret-key", () -> "uji-rahasia");
        r.add("pandu.storage.s3.prefix", () -> PREFIX);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    FileStore store;

    @Autowired
    JdbcClient jdbc;

    @Value("${pandu.home}")
    String home;

    @Test
    void an_uploaded_text_lands_in_the_bucket_and_is_served_from_it() throws Exception {
        assertThat(store).isInstanceOf(S3FileStore.class);
        long draft = jdbc.sql(
                        "SELECT MIN(id) FROM produk_hukum WHERE kode_desa = '3517082007' AND status = 'RANCANGAN'")
                .query(Long.class)
                .single();
        byte[] pdf = id.pandudesa.platform.pdf.PdfBuilder.a4()
                .paragraf("RANCANGAN PERATURAN KEPALA DESA")
                .toBytes();
        halaman.kirim(
                        multipart("/regulasi/produk/" + draft + "/teks")
                                .file(new MockMultipartFile("berkas", "rancangan.pdf", "application/pdf", pdf)),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection());
        long berkas = jdbc.sql("SELECT MAX(berkas_id) FROM produk_hukum_teks WHERE produk_hukum_id = :p")
                .param("p", draft)
                .query(Long.class)
                .single();
        String key = jdbc.sql("SELECT kunci FROM berkas WHERE id = :id")
                .param("id", berkas)
                .query(String.class)
                .single();
        assertThat(Files.exists(Path.of(home, "berkas", key))).isFalse();
        try (S3FileStore direct = S3TestServer.store(PREFIX);
                InputStream in = direct.get(key)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        byte[] served = mvc.perform(halaman.as(get("/regulasi/produk/" + draft + "/teks/" + berkas), "pemdes.cukir"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(pdf);
    }
}
