package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The APBDes contract on Cukir 2024: upload, read back as figures and as the same CSV, refusals
 * that store nothing, adoption, and an amendment as a new version with its differences.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApbdesApiIT {

    static final String URL = "/api/v1/apbdes/3517082007/2024";
    static final String HEADER = "kode_kegiatan,kode_rekening,uraian,anggaran\n";
    static final String V1 = HEADER
            + ",4.2.1.01,Dana Desa,980000000\n"
            + ",4.2.3.01,Alokasi Dana Desa,420000000\n"
            + ",4.1.2.01,Sewa tanah kas desa,35000000\n"
            + "1.1.01,5.1.1.01,Penghasilan tetap kepala desa,36000000\n"
            + "2.2.01,5.3.2.01,Rabat beton Dusun Cukir 450 m,310000000\n"
            + "2.1.01,5.2.1.01,Honor guru PAUD,48000000\n"
            + "4.3.01,5.2.2.01,Pelatihan kader posyandu,25000000\n"
            + "5.1.00,5.4.1.01,Belanja tak terduga,20000000\n"
            + ",6.1.1.01,SILPA 2023,12500000\n"
            + ",6.2.2.01,Penyertaan modal BUMDes Cukir Makmur,60000000\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder csv(String body) {
        return put(URL).contentType("text/csv").content(body);
    }

    private long versions() {
        return jdbc.sql("SELECT COUNT(*) FROM apbdes WHERE kode_desa = '3517082007' AND tahun = 2024")
                .query(Long.class)
                .single();
    }

    @Test
    @Order(1)
    void a_bad_table_is_refused_row_by_row_and_nothing_is_stored() throws Exception {
        mvc.perform(csv(HEADER
                                + ",4.2.1.01,Dana Desa,980000000\n,5.2.1.01,Tanpa kegiatan,5\n2.1.01,5.2.1.01,Minus,-10\n"
                                + "2.1.01,5.9.9.99,Kode,1\n")
                        .with(httpBasic("pemdes.cukir", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].baris").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("kode_kegiatan"))
                .andExpect(jsonPath("$.errors[1].field").value("anggaran"))
                .andExpect(jsonPath("$.errors[2].message").value(org.hamcrest.Matchers.containsString("5.9.9.99")));
        assertThat(versions()).isZero();
    }

    @Test
    @Order(2)
    void the_village_government_uploads_and_everyone_in_scope_reads_the_figures() throws Exception {
        mvc.perform(csv(V1).with(httpBasic("pld.diwek2", "pandu-demo"))).andExpect(status().isForbidden());
        mvc.perform(csv(V1).with(httpBasic("pld.gudo", "pandu-demo"))).andExpect(status().isNotFound());
        mvc.perform(csv(V1).with(httpBasic("pemdes.cukir", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versi").value(1))
                .andExpect(jsonPath("$.pendapatan").value(1_435_000_000L))
                .andExpect(jsonPath("$.belanja").value(439_000_000L));
        mvc.perform(get(URL).with(httpBasic("camat.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kodeDesa").value("3517082007"))
                .andExpect(jsonPath("$.tahun").value(2024))
                .andExpect(jsonPath("$.surplusDefisit").value(996_000_000L))
                .andExpect(jsonPath("$.penerimaanPembiayaan").value(12_500_000L))
                .andExpect(jsonPath("$.pengeluaranPembiayaan").value(60_000_000L))
                .andExpect(jsonPath("$.pembiayaanNetto").value(-47_500_000L))
                .andExpect(jsonPath("$.silpaTahunBerjalan").value(948_500_000L))
                .andExpect(jsonPath("$.perBidang.1").value(36_000_000L))
                .andExpect(jsonPath("$.perBidang.2").value(358_000_000L))
                .andExpect(jsonPath("$.perBidang.3").value(0))
                .andExpect(jsonPath("$.perBidang.4").value(25_000_000L))
                .andExpect(jsonPath("$.perBidang.5").value(20_000_000L))
                .andExpect(jsonPath("$.perSumberPendapatan['4.2.1']").value(980_000_000L))
                .andExpect(jsonPath("$.perSumberPendapatan['4.1.2']").value(35_000_000L));
        mvc.perform(get(URL).with(httpBasic("pld.gudo", "pandu-demo"))).andExpect(status().isNotFound());
    }

    @Test
    @Order(3)
    void the_csv_read_back_is_the_uploaded_table() throws Exception {
        String back = mvc.perform(get(URL).accept("text/csv").with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // An empty first field is written quoted (""), which CSV reads as the same empty value.
        assertThat(back.replace("\r\n", "\n").replace("\n\"\",", "\n,")).isEqualTo(V1);
    }

    @Test
    @Order(4)
    void adopted_it_changes_only_through_an_amendment_with_its_differences() throws Exception {
        mvc.perform(post(URL + "/tetapkan").with(httpBasic("pemdes.cukir", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DITETAPKAN"));
        String v2 = V1.replace("Rabat beton Dusun Cukir 450 m,310000000", "Rabat beton Dusun Cukir 450 m,340000000")
                .replace("5.1.00,5.4.1.01,Belanja tak terduga,20000000\n", "");
        mvc.perform(csv(v2).with(httpBasic("pemdes.cukir", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versi").value(2))
                .andExpect(jsonPath("$.status").value("DRAF"));
        mvc.perform(get(URL + "/beda?dari=1&ke=2").with(httpBasic("pld.diwek2", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.perubahan", hasSize(2)))
                .andExpect(jsonPath("$.perubahan[0].jenis").value("UBAH"))
                .andExpect(jsonPath("$.perubahan[0].sebelum").value(310_000_000L))
                .andExpect(jsonPath("$.perubahan[0].sesudah").value(340_000_000L))
                .andExpect(jsonPath("$.perubahan[1].jenis").value("HAPUS"));
        mvc.perform(get(URL + "?versi=1").with(httpBasic("pemdes.cukir", "pandu-demo")))
                .andExpect(jsonPath("$.belanja").value(439_000_000L));
        assertThat(versions()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void a_deficit_not_covered_by_financing_cannot_be_adopted() throws Exception {
        mvc.perform(put("/api/v1/apbdes/3517082007/2023")
                        .contentType("text/csv")
                        .content(HEADER + ",4.2.1.01,Dana Desa,100000000\n2.2.01,5.3.2.01,Jalan,150000000\n")
                        .with(httpBasic("pemdes.cukir", "pandu-demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/apbdes/3517082007/2023/tetapkan").with(httpBasic("pemdes.cukir", "pandu-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("50.000.000")));
        mvc.perform(get("/api/v1/apbdes/3517082007/2023").with(httpBasic("pemdes.cukir", "pandu-demo")))
                .andExpect(jsonPath("$.status").value("DRAF"));
    }
}
