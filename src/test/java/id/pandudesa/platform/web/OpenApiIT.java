package id.pandudesa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description integrators read (CONTRACTS: every public interface is documented there):
 * public, and it carries every {@code /api/v1} endpoint of the contracts.
 */
@PanduIntegrationTest
class OpenApiIT {

    /** The {@code /api/v1} endpoints CONTRACTS.md lists (path variables by position). */
    static final List<String> KONTRAK = List.of(
            "GET /api/v1/apbdes/{}/{}",
            "PUT /api/v1/apbdes/{}/{}",
            "GET /api/v1/apbdes/{}/{}/realisasi",
            "PUT /api/v1/apbdes/{}/{}/realisasi",
            "POST /api/v1/apbdes/{}/{}/siskeudes",
            "GET /api/v1/dasbor/{}",
            "GET /api/v1/evaluasi/{}/{}",
            "PUT /api/v1/evaluasi/{}/{}/{}",
            "POST /api/v1/idm/hitung",
            "POST /api/v1/indeks-desa/hitung",
            "POST /api/v1/indeks-desa/impor",
            "GET /api/v1/indeks-desa/{}/{}",
            "GET /api/v1/kapasitas/kaderisasi/{}/{}",
            "GET /api/v1/pendampingan/kegiatan",
            "POST /api/v1/pendampingan/kegiatan",
            "GET /api/v1/pendampingan/laporan-bulanan/{}/{}",
            "GET /api/v1/pendampingan/laporan-kabupaten/{}/{}",
            "POST /api/v1/pendampingan/laporan-kecamatan/{}/{}/ajukan",
            "GET /api/v1/pendampingan/lwk/{}/{}.pdf",
            "POST /api/v1/pengaduan",
            "GET /api/v1/pengaduan/lacak/{}",
            "POST /api/v1/pengguna",
            "GET /api/v1/saya",
            "GET /api/v1/wilayah",
            "GET /api/v1/wilayah/ringkasan",
            "GET /api/v1/wilayah/{}",
            "GET /api/v1/wilayah/{}/anak");

    @Autowired
    MockMvc mvc;

    @Test
    void the_description_is_public_and_documents_every_contract_endpoint() throws Exception {
        String body = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode paths = JsonMapper.builder().build().readTree(body).path("paths");
        Set<String> documented = new HashSet<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]*}", "{}"));
            }
        }
        assertThat(documented).containsAll(KONTRAK);
        assertThat(documented)
                .as("only the API is described, not the pages")
                .allMatch(e -> e.split(" ")[1].startsWith("/api/"));
    }
}
