package id.pandudesa.platform.privasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.pandudesa.support.PanduIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The privacy notice of each public form says what is collected, why, for how long (the configured
 * period) and whom to ask: the complaint form (whose anonymous choice stays), the catalogue and the
 * sign-in page, in Indonesian and English.
 */
@PanduIntegrationTest
class PemberitahuanPrivasiIT {

    @Autowired
    MockMvc mvc;

    String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("bahasa", lang))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_complaint_form_says_what_why_how_long_and_whom_to_ask() throws Exception {
        String form = page("/pengaduan?desa=3517082007", "id");
        assertThat(form)
                .contains("id=\"privasi-pengaduan\"", "Pemberitahuan privasi")
                .contains("identitas Anda dihapus 2 tahun setelah pengaduan selesai")
                .contains("hubungi kantor desa atau pendamping desa")
                .contains("name=\"anonim\"");
        assertThat(page("/pengaduan?desa=3517082007", "en"))
                .contains("Privacy notice", "your identity is erased 2 years after the complaint is closed");
    }

    @Test
    void the_catalogue_and_the_sign_in_page_have_their_notices() throws Exception {
        assertThat(page("/desa/3517082007/produk", "id"))
                .contains("id=\"privasi-katalog\"", "atas persetujuan penjual");
        assertThat(page("/masuk", "id")).contains("id=\"privasi-masuk\"", "sesi berakhir setelah 8 jam");
        assertThat(page("/masuk", "en")).contains("a session ends after 8 hours");
    }
}
