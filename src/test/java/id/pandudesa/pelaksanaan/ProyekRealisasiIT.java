package id.pandudesa.pelaksanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A followed activity's spending comes from the village's books: once the APBDes realisation says
 * what the road in Dusun Cukir has cost, its progress form starts from that figure and says where
 * it came from, instead of having it typed twice.
 */
@PanduIntegrationTest
@Tag("db")
class ProyekRealisasiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_progress_form_starts_from_the_realisation_of_its_apbdes_lines() throws Exception {
        long road = jdbc.sql("SELECT id FROM proyek WHERE kode_desa = '3517082007' AND tahun = :t"
                        + " AND nama = 'Rabat beton jalan Dusun Cukir 450 m'")
                .param("t", TODAY.getYear())
                .query(Long.class)
                .single();
        halaman.kirim(
                        put("/api/v1/apbdes/3517082007/" + TODAY.getYear() + "/realisasi")
                                .param("sampai", TODAY.toString())
                                .contentType("text/csv")
                                .content("kode_kegiatan,kode_rekening,uraian,realisasi\n"
                                        + ",4.2.1.01,Dana Desa,869232000\n"
                                        + "1.1.01,5.1.1.01,Siltap,39600000\n"
                                        + "1.1.02,5.1.2.01,Siltap perangkat,198000000\n"
                                        + "1.1.05,5.1.4.01,BPD,36000000\n"
                                        + "2.3.10,5.3.5.02,Rabat upah,62000000\n"
                                        + "2.3.10,5.3.5.03,Rabat bahan,250000000\n"),
                        "pemdes.cukir")
                .andExpect(status().isOk());
        String page = halaman.html(get("/pelaksanaan/proyek/" + road), "pemdes.cukir");
        assertThat(page)
                .contains("id=\"realisasi-dari-apbdes\"")
                .contains("Realisasi diisi dari realisasi APBDes desa untuk kegiatan ini (Rp 312.000.000")
                .containsPattern("id=\"realisasi\" name=\"realisasi\"[^>]*value=\"312000000\"");
    }
}
