package id.pandudesa.indeks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.TugasLatar;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The promise of one engine: a new score index is a catalogue file and nothing else. The test
 * classpath carries {@code indeks/uji-katalog/} (4 items, 2 dimensions, 2 statuses, no code); it is
 * found, offered by the import page, imported in the background, stored beside the Indeks Desa
 * without touching it, shown on the village page with its own dimensions and statuses, and an
 * item of it can be cited by a proposal.
 */
@PanduIntegrationTest
@Tag("db")
class IndeksBaruDariKatalogIT {

    static final String DESA = "3517082013";

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KatalogIndeks catalogues;

    @Autowired
    id.pandudesa.indeks.IndeksApi indeksApi;

    private String job(String csv) throws Exception {
        String location = mvc.perform(halaman.as(
                        multipart("/indeks/impor")
                                .file(new MockMultipartFile(
                                        "berkas", "uji.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                                .param("indeks", "UJI_KATALOG"),
                        "admin.jatim"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return TugasLatar.tunggu(jdbc, location);
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM indeks_skor WHERE indeks = 'UJI_KATALOG'")
                .query(Long.class)
                .single();
    }

    @Test
    void a_catalogue_file_is_a_whole_new_index_without_code() throws Exception {
        KatalogIndeksDesa k = catalogues.skor("UJI_KATALOG").orElseThrow().katalog();
        assertThat(k.butir()).hasSize(4);
        assertThat(k.pembagi()).isEqualTo(20);
        assertThat(halaman.html(get("/indeks/impor"), "admin.jatim"))
                .contains("value=\"UJI_KATALOG\"")
                .contains("Indeks Uji Katalog (2090+)");
        long indeksDesaBefore = jdbc.sql("SELECT COUNT(*) FROM indeks_skor WHERE indeks = 'INDEKS_DESA'")
                .query(Long.class)
                .single();

        // A score the item does not allow: the file is refused whole, nothing stored.
        assertThat(job("kode_desa,tahun,lampu,jalan_aspal,air_kualitas,air_layak\n" + DESA + ",2025,5,3,1,2\n"))
                .isEqualTo("GAGAL");
        assertThat(stored()).isZero();

        // Items by their alias, in any order: 5 + 1 (air) and 3 + 5 (jalan) = 14 of 20.
        assertThat(job("kode_desa,tahun,lampu,jalan_aspal,air_kualitas,air_layak\n" + DESA + ",2025,5,3,1,5\n"))
                .isEqualTo("SELESAI");
        Map<String, Object> row = jdbc.sql("SELECT skor, status, dimensi, butir, katalog FROM indeks_skor"
                        + " WHERE indeks = 'UJI_KATALOG' AND kode_desa = :d AND tahun = 2025")
                .param("d", DESA)
                .query()
                .singleRow();
        assertThat((BigDecimal) row.get("skor")).isEqualByComparingTo("70.00");
        assertThat(row.get("status")).isEqualTo("BAIK");
        assertThat(row.get("dimensi")).isEqualTo("60.00;80.00");
        assertThat(row.get("butir")).isEqualTo("5135");
        assertThat(row.get("katalog")).isEqualTo("UJI_KATALOG-1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indeks_skor WHERE indeks = 'INDEKS_DESA'")
                        .query(Long.class)
                        .single())
                .isEqualTo(indeksDesaBefore);

        String page = halaman.html(get("/indeks/desa/" + DESA + "/skor/uji_katalog"), "camat.diwek");
        assertThat(page).contains("Indeks Uji Katalog").contains("Air Bersih").contains("Jalan Desa");
        assertThat(page).contains("id=\"skor-indeks-desa\">70.00<").contains(">Baik<");
        // Item 2 (score 1) waits on the kabupaten; item 3 (score 3) is the desa's and becomes a proposal.
        assertThat(page).contains("Air berbau, perlu penyaringan").contains("dariData=UJI_KATALOG:2025:3");
        assertThat(indeksApi.kutipanData(DESA, "UJI_KATALOG:2025:3"))
                .hasValueSatisfying(c -> assertThat(c.label()).startsWith("Indeks Uji Katalog 2025, butir 3"));
        assertThat(halaman.html(get("/indeks/desa/" + DESA), "camat.diwek"))
                .contains("/indeks/desa/" + DESA + "/skor/UJI_KATALOG");
        halaman.kirim(get("/indeks/desa/" + DESA + "/skor/TIDAK_ADA"), "camat.diwek")
                .andExpect(status().isNotFound());
    }
}
