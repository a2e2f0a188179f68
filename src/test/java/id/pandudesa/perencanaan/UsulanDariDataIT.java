package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.IndeksDesaContoh;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From data to plan (seed 001): an item of a village's Indeks Desa below 5 becomes a proposal for
 * next year's Musdes, citing the item, and the public trace of the proposal says which item it
 * answers. A citation that names no such item is refused.
 */
@PanduIntegrationTest
class UsulanDariDataIT {

    static final String DESA = "3517082007";

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_recommendation_becomes_a_proposal_that_the_trace_cites() throws Exception {
        int next = Year.now(ZoneId.of("Asia/Jakarta")).getValue() + 1;
        // Item 1 (PAUD in the desa) at 2, everything else at 5.
        int[] s = IndeksDesaContoh.semua(5);
        s[0] = 2;
        halaman.kirim(
                        post("/api/v1/indeks-desa/impor")
                                .contentType("text/csv")
                                .content(IndeksDesaContoh.csv(
                                        IndeksDesaContoh.judul(), List.of(IndeksDesaContoh.baris(DESA, 2025, s)))),
                        "pd.diwek")
                .andExpect(status().isOk());
        String page = halaman.html(get("/indeks/desa/" + DESA + "/indeks-desa?tahun=2025"), "kpmd.cukir");
        String link = "/perencanaan/usulan/" + DESA + "/" + next + "?dariData=INDEKS_DESA:2025:1";
        assertThat(page).contains(link.replace("&", "&amp;"));

        String form = halaman.html(get(link), "kpmd.cukir");
        assertThat(form)
                .contains("name=\"rujukanData\" value=\"INDEKS_DESA:2025:1\"")
                .contains("Perlu penambahan PAUD/TK/Sederajat sebanyak 4")
                .contains("Menjawab data desa: Indeks Desa 2025, butir 1");

        halaman.kirim(
                        post("/perencanaan/usulan/" + DESA + "/" + next)
                                .param("judul", "Perlu penambahan PAUD/TK/Sederajat sebanyak 4")
                                .param("asal", "Data Indeks Desa 2025")
                                .param("lokasi", "Dusun Cukir")
                                .param("kodeBidang", "2.1")
                                .param("laki", "20")
                                .param("perempuan", "22")
                                .param("biaya", "150.000.000")
                                .param("pengusul", "KPMD Cukir")
                                .param("rujukanData", "INDEKS_DESA:2025:1"),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT rujukan_data FROM usulan WHERE kode_desa = :d AND tahun = :t AND rujukan_data"
                                + " IS NOT NULL")
                        .param("d", DESA)
                        .param("t", next)
                        .query(String.class)
                        .list())
                .containsExactly("INDEKS_DESA:2025:1");
        String trace = halaman.html(get("/jejak/" + DESA + "/" + next), "kpmd.cukir");
        assertThat(trace).contains("Menjawab data desa: Indeks Desa 2025, butir 1");

        // Item 2 scores 5: nothing to answer; an invented citation neither.
        for (String forged : List.of("INDEKS_DESA:2025:2", "INDEKS_DESA:2019:1", "IDM:2025:1")) {
            halaman.ditolak(
                    post("/perencanaan/usulan/" + DESA + "/" + next)
                            .param("judul", "Usulan palsu")
                            .param("asal", "Data")
                            .param("lokasi", "Dusun Cukir")
                            .param("kodeBidang", "2.1")
                            .param("laki", "1")
                            .param("perempuan", "1")
                            .param("biaya", "1000")
                            .param("pengusul", "KPMD")
                            .param("rujukanData", forged),
                    "kpmd.cukir");
        }
    }
}
