package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Realisation points of Cukir's APBDes 2018 (CONTRACTS "realisasi APBDes"): refusals that store
 * nothing, who may write and read, a point replaced by the same date and followed by a later one,
 * the figures beside the budget, and the dashboards' realised revenue and spending.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealisasiApiIT {

    static final String APBDES = "/api/v1/apbdes/3517082007/2018";
    static final String URL = APBDES + "/realisasi";
    static final String BUDGET = "kode_kegiatan,kode_rekening,uraian,anggaran,sumber_dana\n"
            + ",4.2.1.01,Dana Desa,800000000,\n"
            + ",4.2.3.01,Alokasi Dana Desa,400000000,\n"
            + "1.1.01,5.1.1.01,Penghasilan tetap kepala desa,36000000,ADD\n"
            + "2.3.10,5.3.5.02,Rabat beton Dusun Cukir: upah,60000000,DDS\n"
            + "2.3.10,5.3.5.02,Rabat beton Dusun Kwaron: upah,40000000,DDS\n"
            + "2.4.11,5.3.8.03,Sumur bor Dusun Kwaron,300000000,DDS\n"
            + ",6.1.1.01,SILPA 2017,10000000,\n"
            + ",6.2.2.01,Penyertaan modal BUMDes,50000000,\n";
    static final String HEADER = "kode_kegiatan,kode_rekening,uraian,realisasi\n";
    static final String JUNE = HEADER
            + ",4.2.1.01,Dana Desa tahap I dan II,480000000\n"
            + ",4.2.3.01,ADD triwulan I-II,200000000\n"
            + "01.01.01.,5.1.1.01.,Siltap Januari-Juni,18000000\n"
            + "2.3.10,5.3.5.02,Rabat beton Cukir,60000000\n"
            + "2.3.10,5.3.5.02,Rabat beton Kwaron,25000000\n";

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    private static MockHttpServletRequestBuilder sheet(String sampai, String body) {
        return put(URL).param("sampai", sampai).contentType("text/csv").content(body);
    }

    private long points() {
        return jdbc.sql("SELECT COUNT(*) FROM apbdes_realisasi WHERE kode_desa = '3517082007' AND tahun = 2018")
                .query(Long.class)
                .single();
    }

    @Test
    @Order(1)
    void without_an_adopted_apbdes_there_is_nothing_to_realise() throws Exception {
        halaman.kirim(put(APBDES).contentType("text/csv").content(BUDGET), "pemdes.cukir")
                .andExpect(status().isOk());
        halaman.kirim(sheet("2018-06-30", JUNE), "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("belum punya APBDes 2018 yang ditetapkan")));
        halaman.kirim(post(APBDES + "/tetapkan"), "pemdes.cukir").andExpect(status().isOk());
        assertThat(points()).isZero();
    }

    @Test
    @Order(2)
    void a_bad_sheet_is_refused_row_by_row_and_nothing_is_stored() throws Exception {
        halaman.kirim(
                        sheet(
                                "2018-06-30",
                                HEADER
                                        + ",4.2.1.01,Dana Desa,480000000\n"
                                        + "2.2.01,5.3.2.01,Tidak ada di APBDes,1000\n"
                                        + "1.1.01,5.1.1.01,Siltap,-5\n"
                                        + "2.4.11,5.3.8.03,Sumur bor,\"1500000,5\"\n"
                                        + "2.3.10,5.3.5.02,Rabat Cukir,60000000\n"
                                        + "2.3.10,5.3.5.02,Rabat Kwaron,40000001\n"),
                        "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].baris").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("kode_rekening"))
                .andExpect(jsonPath("$.errors[1].baris").value(3))
                .andExpect(jsonPath("$.errors[1].field").value("realisasi"))
                .andExpect(jsonPath("$.errors[2].baris").value(4))
                .andExpect(jsonPath("$.errors[3].baris").value(6))
                .andExpect(jsonPath("$.errors[3].message").value(containsString("melebihi anggaran Rp 100.000.000")));
        assertThat(points()).isZero();
    }

    @Test
    @Order(3)
    void a_date_outside_the_year_or_still_to_come_is_refused() throws Exception {
        halaman.kirim(sheet("2019-01-01", JUNE), "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sampai"));
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);
        halaman.kirim(
                        put("/api/v1/apbdes/3517082007/" + tomorrow.getYear() + "/realisasi")
                                .param("sampai", tomorrow.toString())
                                .contentType("text/csv")
                                .content(HEADER),
                        "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sampai"));
        halaman.kirim(put(URL).contentType("text/csv").content(JUNE), "pemdes.cukir")
                .andExpect(status().isUnprocessableContent());
        assertThat(points()).isZero();
    }

    @Test
    @Order(4)
    void only_the_village_government_writes_and_only_its_scope_reads() throws Exception {
        halaman.kirim(sheet("2018-06-30", JUNE), "pd.diwek").andExpect(status().isForbidden());
        halaman.kirim(
                        put("/api/v1/apbdes/3517082001/2018/realisasi")
                                .param("sampai", "2018-06-30")
                                .contentType("text/csv")
                                .content(JUNE),
                        "pemdes.cukir")
                .andExpect(status().isNotFound());
        halaman.kirim(get(URL), "camat.diwek").andExpect(status().isNotFound());
        assertThat(points()).isZero();
    }

    @Test
    @Order(5)
    void the_semester_point_stands_beside_the_budget_and_the_same_date_replaces_it() throws Exception {
        halaman.kirim(
                        sheet("2018-06-30", JUNE.replace("Rabat beton Kwaron,25000000", "Rabat beton Kwaron,1")),
                        "pemdes.cukir")
                .andExpect(status().isOk());
        halaman.kirim(sheet("2018-06-30", JUNE), "pemdes.cukir")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sampai").value("2018-06-30"))
                .andExpect(jsonPath("$.pendapatan.anggaran").value(1_200_000_000L))
                .andExpect(jsonPath("$.pendapatan.realisasi").value(680_000_000L))
                .andExpect(jsonPath("$.belanja.anggaran").value(436_000_000L))
                .andExpect(jsonPath("$.belanja.realisasi").value(103_000_000L))
                .andExpect(jsonPath("$.penerimaanPembiayaan.realisasi").value(0))
                .andExpect(jsonPath("$.perBidang.1.realisasi").value(18_000_000L))
                .andExpect(jsonPath("$.perBidang.2.anggaran").value(400_000_000L))
                .andExpect(jsonPath("$.perBidang.2.realisasi").value(85_000_000L))
                .andExpect(jsonPath("$.belanjaPerSumberDana.DDS.anggaran").value(400_000_000L))
                .andExpect(jsonPath("$.belanjaPerSumberDana.DDS.realisasi").value(85_000_000L))
                .andExpect(jsonPath("$.belanjaPerSumberDana.ADD.realisasi").value(18_000_000L));
        assertThat(points()).isEqualTo(1);
        halaman.kirim(get(URL), "pd.diwek")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.belanja.realisasi").value(103_000_000L));
    }

    @Test
    @Order(6)
    void a_later_date_adds_a_point_and_an_earlier_one_is_still_read() throws Exception {
        halaman.kirim(
                        sheet(
                                "2018-12-31",
                                JUNE.replace("480000000", "800000000")
                                        + "2.4.11,5.3.8.03,Sumur bor,295000000\n"
                                        + ",6.1.1.01,SILPA 2017,10000000\n"
                                        + ",6.2.2.01,Penyertaan modal,50000000\n"),
                        "pemdes.cukir")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.belanja.realisasi").value(398_000_000L))
                .andExpect(jsonPath("$.pengeluaranPembiayaan.realisasi").value(50_000_000L));
        assertThat(points()).isEqualTo(2);
        halaman.kirim(get(URL), "pd.diwek").andExpect(jsonPath("$.sampai").value("2018-12-31"));
        halaman.kirim(get(URL).param("sampai", "2018-09-30"), "pd.diwek")
                .andExpect(jsonPath("$.sampai").value("2018-06-30"))
                .andExpect(jsonPath("$.belanja.realisasi").value(103_000_000L));
        halaman.kirim(get(URL).param("sampai", "2018-01-31"), "pd.diwek").andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT sampai FROM apbdes_realisasi WHERE kode_desa = '3517082007' AND tahun = 2018"
                                + " AND terbaru = TRUE")
                        .query(LocalDate.class)
                        .list())
                .containsExactly(LocalDate.of(2018, 12, 31));
    }

    @Test
    @Order(7)
    void the_dashboards_sum_each_desas_latest_point() throws Exception {
        halaman.kirim(get("/api/v1/dasbor/351708").param("tahun", "2018"), "camat.diwek")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.apbdes.realisasiPendapatan").value(1_000_000_000L))
                .andExpect(jsonPath("$.apbdes.realisasiBelanja").value(398_000_000L))
                .andExpect(jsonPath("$.apbdes.danaDesaDiterima").value(800_000_000L))
                .andExpect(jsonPath("$.apbdes.danaDesaDibelanjakan").value(380_000_000L))
                // Dana Desa received of budgeted (800 of 800 million) and spent of received (380 of 800).
                .andExpect(jsonPath("$.apbdes.serapanDanaDesa").value(100.0))
                .andExpect(jsonPath("$.apbdes.danaDesaTerpakai").value(47.5));
    }
}
