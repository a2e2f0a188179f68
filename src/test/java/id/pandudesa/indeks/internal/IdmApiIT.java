package id.pandudesa.indeks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PanduIntegrationTest
@Tag("db")
class IdmApiIT {

    static final String HEADER = "kode_desa,tahun," + String.join(",", IdmImpor.SCORE_COLUMNS);
    static final PenilaiKatalog IDM = new KatalogIndeks().idm();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A row whose every score is the allowed score nearest to {@code value}. */
    static String row(String code, int year, int value) {
        StringBuilder b = new StringBuilder(code + "," + year);
        for (int i = 0; i < 50; i++) {
            b.append(',').append(nearest(i, value));
        }
        return b.toString();
    }

    static int nearest(int index, int value) {
        return IDM.skorDiizinkan(index).stream()
                .min(java.util.Comparator.comparingInt(s -> Math.abs(s - value)))
                .orElseThrow();
    }

    @Test
    void the_calculator_answers_csv_with_the_published_layout_and_labels() throws Exception {
        String body = HEADER + "\n" + row("3517082001", 2018, 5) + "\n" + row("3517082002", 2018, 3) + "\n";
        String csv = mvc.perform(post("/api/v1/idm/hitung")
                        .contentType("text/csv")
                        .accept("text/csv")
                        .content(body)
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String[] lines = csv.strip().split("\\R");
        assertThat(lines[0]).isEqualTo("kode_desa,tahun,iks,ike,ikl,idm,status,target_status,skor_minimal,penambahan");
        assertThat(lines[1]).startsWith("3517082001,2018,1.0,1.0,1.0,1.0,MANDIRI,MANDIRI,0.8156,");
        assertThat(lines).hasSize(3);
    }

    @Test
    void an_impossible_score_is_a_422_naming_row_and_column() throws Exception {
        String bad = row("3517082002", 2018, 5).replaceFirst("^(3517082002,2018,\\d+),5,", "$1,4,");
        String body = HEADER + "\n" + row("3517082001", 2018, 3) + "\n" + bad + "\n";
        mvc.perform(post("/api/v1/idm/hitung")
                        .contentType("text/csv")
                        .content(body)
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].baris").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("s02"));
        mvc.perform(post("/api/v1/idm/hitung")
                        .contentType("text/csv")
                        .content("kode_desa,tahun\n1,2\n")
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("s01"));
    }

    @Test
    void the_json_variant_computes_the_same() throws Exception {
        String scores =
                Arrays.stream(new int[50]).map(x -> 5).mapToObj(String::valueOf).collect(Collectors.joining(","));
        mvc.perform(post("/api/v1/idm/hitung")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kodeDesa\":\"3517082001\",\"tahun\":2018,\"skor\":[" + scores + "]}]")
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].idm").value(1.0))
                .andExpect(jsonPath("$[0].status").value("MANDIRI"));
    }

    @Test
    void an_admin_imports_official_results_all_or_nothing_and_they_are_read_within_scope() throws Exception {
        String good = HEADER + "\n" + row("3517082003", 2019, 3) + "\n" + row("3517082004", 2019, 4) + "\n";
        String duplicate = good + row("3517082003", 2019, 5) + "\n";
        mvc.perform(post("/api/v1/idm/impor")
                        .contentType("text/csv")
                        .content(duplicate)
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].baris").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("lebih dari sekali")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indeks_hasil WHERE tahun = 2019")
                        .query(Long.class)
                        .single())
                .isZero();

        String outside = HEADER + "\n" + row("3201022001", 2019, 3) + "\n";
        mvc.perform(post("/api/v1/idm/impor")
                        .contentType("text/csv")
                        .content(outside)
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("di luar wilayah")));
        mvc.perform(post("/api/v1/idm/impor")
                        .contentType("text/csv")
                        .content(good)
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/idm/impor")
                        .contentType("text/csv")
                        .content(good)
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disimpan").value(2));
        mvc.perform(get("/api/v1/idm/3517082003/2019").with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sumber").value("IMPOR"))
                .andExpect(jsonPath("$.indikator[0].nilai").isNumber())
                .andExpect(jsonPath("$.jalurTercepat.jumlahIndikator").isNumber());
        mvc.perform(get("/api/v1/idm/3517082003/2019").with(httpBasic("pld.gudo", "pandu-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/idm/rekap/351708?tahun=2019").with(httpBasic("camat.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jumlahDesa").value(2))
                .andExpect(jsonPath("$.anak[*].kode", hasItem("3517082003")));
        mvc.perform(get("/api/v1/idm/rekap/351702?tahun=2019").with(httpBasic("camat.diwek", "pandu-demo")))
                .andExpect(status().isNotFound());

        String exported = mvc.perform(
                        get("/api/v1/idm/ekspor/2019?wilayah=351708").with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(exported).contains("3517082003,2019,BENDET,");
        mvc.perform(post("/api/v1/idm/impor")
                        .contentType("text/csv")
                        .content(exported)
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disimpan").value(2));
    }

    @Test
    void the_national_recompute_runs_in_the_background_for_national_admins_only() throws Exception {
        mvc.perform(post("/api/v1/idm/hitung-ulang/2022").with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isForbidden());
        String location = mvc.perform(post("/api/v1/idm/hitung-ulang/2022").with(httpBasic("admin", "admin-test-123")))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String state = "BERJALAN";
        for (int i = 0; i < 100 && state.equals("BERJALAN"); i++) {
            Thread.sleep(100);
            state = com.jayway.jsonpath.JsonPath.read(
                    mvc.perform(get(location).with(httpBasic("admin", "admin-test-123")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.status");
        }
        assertThat(state).isEqualTo("SELESAI");
        mvc.perform(get(location).with(httpBasic("admin.jatim", "pandu-demo"))).andExpect(status().isNotFound());
    }
}
