package id.pandudesa.pelaksanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Swadaya gotong royong on Cukir's road: labour and goods recorded, shown beside the budget. */
@PanduIntegrationTest
@Tag("db")
class SwadayaIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    @Test
    void labour_and_goods_given_by_the_community_stand_beside_the_budget() throws Exception {
        long road = jdbc.sql("SELECT id FROM proyek WHERE kode_desa = '3517082007' AND tahun = :t"
                        + " AND nama = 'Rabat beton jalan Dusun Cukir 450 m'")
                .param("t", TODAY.getYear())
                .query(Long.class)
                .single();
        String url = "/pelaksanaan/proyek/" + road + "/swadaya";
        long before = jdbc.sql("SELECT COUNT(*) FROM proyek_swadaya WHERE proyek_id = :p")
                .param("p", road)
                .query(Long.class)
                .single();
        // Labour without person-days is refused, nothing stored; others may not record.
        halaman.kirim(
                        post(url)
                                .param("tanggal", TODAY.toString())
                                .param("jenis", "TENAGA")
                                .param("uraian", "Kerja bakti"),
                        "pemdes.cukir")
                .andExpect(status().isUnprocessableContent());
        halaman.kirim(
                        post(url)
                                .param("tanggal", TODAY.toString())
                                .param("jenis", "UANG")
                                .param("uraian", "Iuran")
                                .param("nilai", "100000"),
                        "camat.diwek")
                .andExpect(status().isForbidden());
        halaman.kirim(post(url).param("tanggal", TODAY.toString()), "pld.gudo").andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proyek_swadaya WHERE proyek_id = :p")
                        .param("p", road)
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        halaman.kirim(
                        post(url)
                                .param("tanggal", TODAY.toString())
                                .param("jenis", "TENAGA")
                                .param("uraian", "Warga RT 02 mengecor jalan")
                                .param("hok", "12")
                                .param("nilai", "1.200.000"),
                        "pemdes.cukir")
                .andExpect(redirectedUrl("/pelaksanaan/proyek/" + road + "#swadaya"));
        halaman.kirim(
                        post(url)
                                .param("tanggal", TODAY.toString())
                                .param("jenis", "BARANG")
                                .param("uraian", "Pasir dua truk dari Pak Darto")
                                .param("nilai", "3500000"),
                        "kpmd.cukir")
                .andExpect(status().is3xxRedirection());
        String page = halaman.html(get("/pelaksanaan/proyek/" + road), "camat.diwek");
        String part = page.substring(page.indexOf("id=\"swadaya\""));
        assertThat(part)
                .contains("Pasir dua truk dari Pak Darto")
                .contains("Warga RT 02 mengecor jalan")
                .contains("12 HOK");
        if (before == 0) {
            assertThat(part).contains("Swadaya masyarakat senilai Rp 4.700.000 (12 HOK tenaga)");
            // The village board names it beside the project's figures.
            assertThat(halaman.html(get("/desa/3517082007"), "camat.diwek"))
                    .contains("Swadaya warga senilai Rp 4.700.000 (12 HOK tenaga)");
        }
    }
}
