package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The landing page of the Camat of Diwek names the village whose spending absorption lags the
 * kabupaten's median by more than 20 points: three more villages adopt this year's APBDes, two
 * spend 60% and 50% of it, the third has reported nothing; Cukir has its own points.
 */
@PanduIntegrationTest
@Tag("db")
class SerapanPanelIT {

    static final int TAHUN = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

    @Autowired
    Halaman halaman;

    private void adopt(String desa, long realised) throws Exception {
        String api = "/api/v1/apbdes/" + desa + "/" + TAHUN;
        halaman.kirim(
                        put(api).contentType("text/csv")
                                .content("kode_kegiatan,kode_rekening,uraian,anggaran\n"
                                        + ",4.2.1.01,Dana Desa,500000000\n"
                                        + "2.3.10,5.3.5.02,Rabat beton,500000000\n"),
                        "admin.jatim")
                .andExpect(status().isOk());
        halaman.kirim(post(api + "/tetapkan"), "admin.jatim").andExpect(status().isOk());
        if (realised > 0) {
            halaman.kirim(
                            put(api + "/realisasi")
                                    .param("sampai", TAHUN + "-01-31")
                                    .contentType("text/csv")
                                    .content("kode_kegiatan,kode_rekening,uraian,realisasi\n2.3.10,5.3.5.02,Rabat,"
                                            + realised + "\n"),
                            "admin.jatim")
                    .andExpect(status().isOk());
        }
    }

    @Test
    void the_camat_sees_the_village_that_lags_its_kabupaten() throws Exception {
        adopt("3517082010", 300_000_000L);
        adopt("3517082012", 250_000_000L);
        adopt("3517082011", 0);
        String home = halaman.html(get("/"), "camat.diwek");
        assertThat(home).contains("id=\"panel-serapan\"").contains("Serapan belanja tertinggal");
        String panel = home.substring(home.indexOf("id=\"panel-serapan\""));
        panel = panel.substring(0, panel.indexOf("</div>"));
        assertThat(panel)
                .contains("/perencanaan/apbdes/3517082011/" + TAHUN + "/realisasi")
                .contains("0%");
        // The median of 60%, 50%, 0% and Cukir's share is at least 25%, whatever Cukir has reported.
        assertThat(panel).doesNotContain("3517082010").doesNotContain("3517082012");
        // A village government has no such panel; neither has a PD of another kabupaten.
        assertThat(halaman.html(get("/"), "pemdes.cukir")).doesNotContain("id=\"panel-serapan\"");
        assertThat(halaman.html(get("/"), "pld.gudo")).doesNotContain("id=\"panel-serapan\"");
    }
}
