package id.pandudesa.wilayah;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PanduIntegrationTest
@Tag("db")
class WilayahApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void the_whole_national_region_tree_is_loaded() throws Exception {
        mvc.perform(get("/api/v1/wilayah/ringkasan").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provinsi").value(38))
                .andExpect(jsonPath("$.kabupaten").value(514))
                .andExpect(jsonPath("$.kecamatan").value(7285))
                .andExpect(jsonPath("$.desa").value(83762))
                .andExpect(jsonPath("$.kelurahan").value(8496));
    }

    @Test
    void a_desa_is_found_by_its_code_with_or_without_dots() throws Exception {
        for (String code : new String[] {"3517082007", "35.17.08.2007"}) {
            mvc.perform(get("/api/v1/wilayah/{kode}", code).with(httpBasic("pld.diwek1", "pandu-demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.kode").value("3517082007"))
                    .andExpect(jsonPath("$.nama").value("Cukir"))
                    .andExpect(jsonPath("$.tingkat").value("DESA"))
                    .andExpect(jsonPath("$.induk").value("351708"));
        }
        mvc.perform(get("/api/v1/wilayah/35").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(jsonPath("$.tingkat").value("PROVINSI"))
                .andExpect(jsonPath("$.induk").doesNotExist());
    }

    @Test
    void the_children_of_a_kecamatan_come_in_pages() throws Exception {
        mvc.perform(get("/api/v1/wilayah/351708/anak?halaman=1&ukuran=5").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(20))
                .andExpect(jsonPath("$.halaman").value(1))
                .andExpect(jsonPath("$.ukuran").value(5))
                .andExpect(jsonPath("$.isi.length()").value(5))
                .andExpect(jsonPath("$.isi[0].kode").value("3517082006"))
                .andExpect(jsonPath("$.isi[0].nama").value("Jatirejo"));
    }

    @Test
    void regions_are_searched_by_name_or_by_code_prefix() throws Exception {
        mvc.perform(get("/api/v1/wilayah?cari=CUKIR").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(jsonPath("$.isi[0].kode").value("3517082007"));
        mvc.perform(get("/api/v1/wilayah?cari=35.17.08&ukuran=500").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.isi[0].kode").value("351708"));
        mvc.perform(get("/api/v1/wilayah").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(jsonPath("$.total").value(38));
    }

    @Test
    void a_malformed_code_is_a_400_and_an_unknown_one_a_404_with_a_message() throws Exception {
        mvc.perform(get("/api/v1/wilayah/35x").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("tidak valid")));
        mvc.perform(get("/api/v1/wilayah/9999").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Wilayah dengan kode 9999 tidak ada."));
        mvc.perform(get("/api/v1/wilayah/9999")
                        .header("Accept-Language", "en")
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(jsonPath("$.detail").value("There is no region with code 9999."));
    }

    @Test
    void page_size_above_500_is_refused() throws Exception {
        mvc.perform(get("/api/v1/wilayah?ukuran=501").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ukuran"));
        mvc.perform(get("/api/v1/wilayah?halaman=x").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("halaman"));
    }

    @Test
    void without_credentials_the_api_answers_401_as_problem_details() throws Exception {
        mvc.perform(get("/api/v1/wilayah/ringkasan"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }
}
