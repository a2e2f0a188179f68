package id.pandudesa.transparansi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public board of a village: what the demo's Cukir has published (its adopted APBDes, its
 * published meetings, its IDM, the people who serve it), never a draft, an unpublished meeting or
 * a person's name from a meeting or a proposal; the poster's figures read back from the PDF and
 * the PNG looked at; a change shows at once although the board is cached.
 */
@PanduIntegrationTest
@Tag("db")
class PapanIT {

    static final int YEAR = Year.now(ZoneId.of("Asia/Jakarta")).getValue();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse board(String kode) throws Exception {
        return mvc.perform(get("/desa/" + kode)).andReturn().getResponse();
    }

    @Test
    void a_citizen_sees_the_adopted_budget_with_a_preview_and_no_session_is_started() throws Exception {
        MockHttpServletResponse r = board("3517082007");
        assertThat(r.getStatus()).isEqualTo(200);
        String html = r.getContentAsString();
        assertThat(html)
                .contains("Papan informasi Desa Cukir")
                .contains("Kecamatan Diwek, Kabupaten Jombang, Jawa Timur")
                .contains("APBDes tahun " + YEAR)
                .contains("Rp 1.817.090.000")
                .contains("Dana Desa")
                .contains("<span>Rabat beton jalan Dusun Cukir 450 m</span> — <strong>Rp 312.000.000</strong>")
                .contains("Musdes perencanaan RKPDes " + (YEAR + 1))
                .contains("Pendamping Lokal Desa")
                .contains("property=\"og:title\" content=\"Desa Cukir — papan informasi\"")
                .contains("property=\"og:image\" content=\"http://localhost/desa/3517082007/poster.png\"")
                .contains("property=\"og:description\" content=\"Kec. Diwek, Kabupaten Jombang. APBDes " + YEAR);
        assertThat(r.getHeader("Set-Cookie")).isNull();
        assertThat(html).doesNotContain("name=\"_csrf\"");
        String etag = r.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(mvc.perform(get("/desa/3517082007").header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
    }

    @Test
    void the_board_shows_the_latest_realisation_beside_the_budget_and_dana_desa_received_and_spent() throws Exception {
        String api = mvc.perform(
                        get("/api/v1/apbdes/3517082007/" + YEAR + "/realisasi")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(
                                        users.loadUserByUsername("pd.diwek"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var latest = tools.jackson.databind.json.JsonMapper.builder().build().readTree(api);
        String html = board("3517082007").getContentAsString();
        java.text.NumberFormat rupiah =
                java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id"));
        assertThat(html)
                .contains("id=\"realisasi-publik\"")
                .contains("id=\"papan-realisasi-belanja\">Rp "
                        + rupiah.format(latest.at("/belanja/realisasi").asLong()) + "<")
                .contains("id=\"papan-dana-desa-dibelanjakan\">Rp "
                        + rupiah.format(
                                latest.at("/belanjaPerSumberDana/DDS/realisasi").asLong()) + "<")
                .contains("Dana Desa diterima")
                .contains("Serapan belanja per bidang");
    }

    @Test
    void nothing_unpublished_or_personal_reaches_the_board() throws Exception {
        // Kayangan's APBDes is a draft the Camat sent back; its Musdus next week is not published.
        String kayangan = board("3517082001").getContentAsString();
        assertThat(kayangan)
                .contains("APBDes Desa Kayangan belum ditetapkan")
                .doesNotContain("Rp 1.777")
                .doesNotContain("Kayangan Kidul")
                .doesNotContain("Sri Wahyuni@");
        mvc.perform(get("/desa/3517082001/poster.pdf")).andExpect(status().isNotFound());
        String cukir = board("3517082007").getContentAsString();
        // Proposers, facilitators' e-mail, the draft of next year's APBDes.
        assertThat(cukir)
                .doesNotContain("Suyono")
                .doesNotContain("Sulastri")
                .doesNotContain("@")
                .doesNotContain("APBDes tahun " + (YEAR + 1));
        mvc.perform(get("/desa/3517")).andExpect(status().isNotFound());
        mvc.perform(get("/desa/9999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/desa/3517082007/poster.pdf").param("ukuran", "B5")).andExpect(status().isBadRequest());
    }

    @Test
    void a_meeting_published_by_its_organisers_shows_at_once_without_names() throws Exception {
        String base = mvc.perform(post("/musyawarah")
                        .param("kodeDesa", "3517082007")
                        .param("jenis", "MUSDES")
                        .param("judul", "Musdes papan informasi uji")
                        .param(
                                "tanggal",
                                LocalDate.now(ZoneId.of("Asia/Jakarta")).toString())
                        .param("tempat", "Balai Desa Cukir")
                        .param("penyelenggara", "BPD Cukir")
                        .param("agenda", "Pembentukan tim pengelola papan informasi")
                        .param("unsurWajib", "BPD")
                        .with(user(users.loadUserByUsername("kpmd.cukir")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(base + "/hadir")
                        .param("nama", "Siti Rahmawati Papan")
                        .param("jenisKelamin", "P")
                        .param("unsur", "BPD")
                        .with(user(users.loadUserByUsername("kpmd.cukir")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(board("3517082007").getContentAsString()).doesNotContain("Musdes papan informasi uji");
        mvc.perform(post(base + "/terbitkan")
                        .param("publik", "true")
                        .with(user(users.loadUserByUsername("kpmd.cukir")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String after = board("3517082007").getContentAsString();
        assertThat(after).contains("Musdes papan informasi uji").doesNotContain("Siti Rahmawati Papan");
    }

    @Test
    void the_kept_page_is_for_visitors_in_their_language_and_never_for_a_signed_in_user() throws Exception {
        String first = board("3517082007").getContentAsString();
        assertThat(board("3517082007").getContentAsString()).isEqualTo(first);
        String english = mvc.perform(
                        get("/desa/3517082007").cookie(new jakarta.servlet.http.Cookie("pandu_bahasa", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("Information board of Desa Cukir").doesNotContain("Papan informasi Desa");
        String signedIn = mvc.perform(get("/desa/3517082007").with(user(users.loadUserByUsername("pd.diwek"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(signedIn).contains("pd.diwek");
        assertThat(board("3517082007").getContentAsString())
                .doesNotContain("pd.diwek")
                .contains("Papan informasi Desa Cukir");
    }

    @Test
    void a_phone_asking_for_gzip_gets_the_kept_page_compressed_and_the_same_when_unpacked() throws Exception {
        String plain = board("3517082007").getContentAsString();
        MockHttpServletResponse packed = mvc.perform(
                        get("/desa/3517082007").header("Accept-Encoding", "gzip, deflate, br"))
                .andReturn()
                .getResponse();
        assertThat(packed.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(packed.getHeader("Vary")).contains("Accept-Encoding");
        byte[] body = packed.getContentAsByteArray();
        assertThat(body.length).isLessThan(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 2);
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(body))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(plain);
        }
    }

    @Test
    void the_poster_carries_the_budget_figures_in_a3_and_a1_and_as_an_image() throws Exception {
        for (String size : new String[] {"A3", "A1"}) {
            byte[] pdf = mvc.perform(get("/desa/3517082007/poster.pdf").param("ukuran", size))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                float width = doc.getPage(0).getMediaBox().getWidth();
                assertThat(width).isCloseTo("A3".equals(size) ? 842f : 1684f, org.assertj.core.data.Offset.offset(2f));
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text)
                        .contains("APBDes DESA CUKIR")
                        .contains("TAHUN ANGGARAN " + YEAR)
                        .contains("PENDAPATAN Rp 1.817.090.000")
                        .contains("BELANJA Rp 1.788.300.000")
                        .contains("Dana Desa Rp 1.086.540.000")
                        .contains("Pelaksanaan pembangunan desa Rp 1.095.000.000")
                        .contains("Penerimaan pembiayaan Rp 46.210.000")
                        .contains("Rabat beton jalan Dusun Cukir 450 m Rp 312.000.000")
                        // What has come in and gone out so far (the demo's semester I or a later point).
                        .contains("Realisasi sampai ")
                        .contains("Dana Desa diterima Rp ")
                        .containsPattern("Dana Desa dibelanjakan Rp [0-9.]+ dari Rp [0-9.]+ \\([0-9]+%\\)");
                // One page, whatever the size.
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
            }
        }
        byte[] png = mvc.perform(get("/desa/3517082007/poster.png"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isGreaterThan(1600);
        // The title band is the board's green, the page around it white.
        int band = image.getRGB(600, 90);
        assertThat((band >> 16) & 0xff).isBetween(20, 45);
        assertThat((band >> 8) & 0xff).isBetween(100, 125);
        assertThat(image.getRGB(10, 10) & 0xffffff).isEqualTo(0xffffff);
    }
}
