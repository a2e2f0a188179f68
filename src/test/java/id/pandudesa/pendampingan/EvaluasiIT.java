package id.pandudesa.pendampingan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The quarterly evaluation of CONTRACTS: evidence counted from the log, who may assess as what,
 * the weighted result to the cent, the answer, the audit trail and the notification.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluasiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final String Q = TODAY.getYear() + "-Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private ResultActions nilai(String who, String username, String as, String scores) throws Exception {
        return mvc.perform(put("/api/v1/evaluasi/" + username + "/" + Q + "/" + as)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nilai\":" + scores + ",\"catatan\":\"Uji evaluasi\"}")
                .with(httpBasic(who, "pandu-demo")));
    }

    static String skor(int a, int b, int c, int d, int e) {
        return "{\"ADMINISTRASI\":%d,\"KEPATUHAN\":%d,\"KEMAMPUAN_FASILITASI\":%d,\"KEAKTIFAN\":%d,\"CAPAIAN_HASIL\":%d}"
                .formatted(a, b, c, d, e);
    }

    @Test
    @Order(1)
    void the_evidence_is_counted_from_the_log_and_seen_by_the_person_their_assessors_and_supervisors()
            throws Exception {
        String base = "/api/v1/evaluasi/mitra.diwek/" + Q;
        for (String who :
                new String[] {"mitra.diwek", "pd.diwek", "pemdes.cukir", "camat.diwek", "ta.jombang", "admin.jatim"}) {
            mvc.perform(get(base).with(httpBasic(who, "pandu-demo"))).andExpect(status().isOk());
        }
        for (String who : new String[] {"pld.gudo", "kpmd.cukir", "pld.diwek1"}) {
            mvc.perform(get(base).with(httpBasic(who, "pandu-demo"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/evaluasi/kpmd.cukir/" + Q).with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evaluasi/mitra.diwek/2026-Q5").with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isBadRequest());
        var quarter = new Object[] {
            LocalDate.of(TODAY.getYear(), ((TODAY.getMonthValue() - 1) / 3) * 3 + 1, 1),
            LocalDate.of(TODAY.getYear(), ((TODAY.getMonthValue() - 1) / 3) * 3 + 3, 1)
                    .withDayOfMonth(LocalDate.of(TODAY.getYear(), ((TODAY.getMonthValue() - 1) / 3) * 3 + 3, 1)
                            .lengthOfMonth())
        };
        long[] log = jdbc.sql(
                        "SELECT COUNT(*), COUNT(DISTINCT tanggal), COUNT(DISTINCT kode_desa) FROM kegiatan_pendampingan"
                                + " WHERE penulis = 'mitra.diwek' AND status = 'FINAL' AND tanggal >= :a AND tanggal <= :b")
                .param("a", quarter[0])
                .param("b", quarter[1])
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        mvc.perform(get(base).with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(jsonPath("$.username").value("mitra.diwek"))
                .andExpect(jsonPath("$.peran").value("MITRA"))
                .andExpect(jsonPath("$.triwulan").value(Q))
                .andExpect(jsonPath("$.bukti.kegiatan").value(log[0]))
                .andExpect(jsonPath("$.bukti.hariKerja").value(log[1]))
                .andExpect(jsonPath("$.bukti.desaDidampingi").value(log[2]))
                .andExpect(jsonPath("$.bukti.desaDalamLingkup").value(2))
                .andExpect(jsonPath("$.bukti.jamKerja").isNumber())
                .andExpect(jsonPath("$.bukti.tindakLanjutSelesai").isNumber())
                .andExpect(jsonPath("$.bukti.tindakLanjutTerlambat").isNumber())
                .andExpect(jsonPath("$.penilaian").isArray())
                .andExpect(jsonPath("$.nilaiAkhir").doesNotExist());
    }

    @Test
    @Order(2)
    void only_the_right_assessors_score_and_the_result_is_weighted_exactly() throws Exception {
        nilai("camat.diwek", "mitra.diwek", "KOORDINATOR", skor(80, 80, 80, 80, 80))
                .andExpect(status().isForbidden());
        nilai("pemdes.cukir", "mitra.diwek", "KOORDINATOR", skor(80, 80, 80, 80, 80))
                .andExpect(status().isForbidden());
        nilai("pd.diwek", "mitra.diwek", "PENGGUNA_LAYANAN", skor(80, 80, 80, 80, 80))
                .andExpect(status().isForbidden());
        nilai("mitra.diwek", "mitra.diwek", "KOORDINATOR", skor(80, 80, 80, 80, 80))
                .andExpect(status().isForbidden());
        nilai("pld.gudo", "mitra.diwek", "KOORDINATOR", skor(80, 80, 80, 80, 80))
                .andExpect(status().isNotFound());
        nilai("pd.diwek", "mitra.diwek", "ATASAN", skor(80, 80, 80, 80, 80)).andExpect(status().isBadRequest());
        nilai("pd.diwek", "mitra.diwek", "KOORDINATOR", skor(80, 80, 101, 80, 80))
                .andExpect(status().isUnprocessableContent());
        nilai("pd.diwek", "mitra.diwek", "KOORDINATOR", "{\"ADMINISTRASI\":80}")
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluasi_kinerja WHERE username = 'mitra.diwek' AND triwulan = :t")
                        .param("t", Q)
                        .query(Long.class)
                        .single())
                .as("refusals store nothing")
                .isZero();

        nilai("pd.diwek", "mitra.diwek", "KOORDINATOR", skor(70, 70, 70, 70, 70))
                .andExpect(status().isOk());
        nilai("pd.diwek", "mitra.diwek", "KOORDINATOR", skor(80, 85, 90, 75, 88))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.penilaian.length()").value(1))
                .andExpect(jsonPath("$.penilaian[0].rataRata").value(83.6))
                .andExpect(jsonPath("$.penilaian[0].penilai").value("pd.diwek"))
                .andExpect(jsonPath("$.penilaian[0].sebagai").value("KOORDINATOR"))
                .andExpect(jsonPath("$.penilaian[0].nilai.KEMAMPUAN_FASILITASI").value(90))
                .andExpect(jsonPath("$.penilaian[0].catatan").value("Uji evaluasi"))
                .andExpect(jsonPath("$.nilaiAkhir").doesNotExist());
        nilai("pemdes.cukir", "mitra.diwek", "PENGGUNA_LAYANAN", skor(70, 70, 70, 70, 71))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.penilaian.length()").value(2))
                // 0.7 × 83.6 + 0.3 × 70.2 = 79.58
                .andExpect(jsonPath("$.nilaiAkhir").value(79.58));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis LIKE '%EvaluasiKinerja' AND sesudah LIKE :p")
                        .param("p", "%mitra.diwek%")
                        .query(Long.class)
                        .single())
                .as("every score is in the audit trail")
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM pemberitahuan WHERE username = 'mitra.diwek' AND kunci LIKE 'evaluasi:%'")
                        .query(Long.class)
                        .single())
                .as("the person is told of each assessment once")
                .isEqualTo(3);
    }

    @Test
    @Order(3)
    void the_person_reads_the_result_and_answers_it() throws Exception {
        mvc.perform(put("/api/v1/evaluasi/mitra.diwek/" + Q + "/tanggapan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tanggapan\":\"Saya setuju\"}")
                        .with(httpBasic("pd.diwek", "pandu-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/evaluasi/mitra.diwek/" + Q + "/tanggapan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tanggapan\":\"Terima kasih, kegiatan di Cukir akan saya tambah.\"}")
                        .with(httpBasic("mitra.diwek", "pandu-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tanggapan").value("Terima kasih, kegiatan di Cukir akan saya tambah."));
        String page = new Halaman(mvc, users).html(get("/evaluasi/mitra.diwek/" + Q), "mitra.diwek");
        assertThat(page).contains("79,58", "Terima kasih, kegiatan di Cukir");
    }

    @Test
    @Order(4)
    void a_pd_is_assessed_by_the_ta_and_the_camat_and_a_ta_by_two_different_admins() throws Exception {
        nilai("ta.jombang", "pd.diwek", "KOORDINATOR", skor(90, 90, 90, 90, 90)).andExpect(status().isOk());
        nilai("camat.diwek", "pd.diwek", "PENGGUNA_LAYANAN", skor(80, 80, 80, 80, 80))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nilaiAkhir").value(87.0));
        nilai("pd.diwek", "pd.diwek", "KOORDINATOR", skor(100, 100, 100, 100, 100))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"admin.jatim.eval\",\"nama\":\"Kabid Dinas PMD Jatim\",\"peran\":\"ADMIN\","
                                        + "\"lingkup\":[\"35\"],\"password\":\"pandu-demo\",\"wajibGantiPassword\":false}")
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andExpect(status().isCreated());
        nilai("admin.jatim", "ta.jombang", "KOORDINATOR", skor(85, 85, 85, 85, 85))
                .andExpect(status().isOk());
        // CONTRACTS: a TA's two assessors are two different admins; anyone else is refused with 403.
        nilai("admin.jatim", "ta.jombang", "PENGGUNA_LAYANAN", skor(85, 85, 85, 85, 85))
                .andExpect(status().isForbidden());
        nilai("admin.jatim.eval", "ta.jombang", "PENGGUNA_LAYANAN", skor(75, 75, 75, 75, 75))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nilaiAkhir").value(82.0));
    }

    @Test
    @Order(5)
    void the_ta_and_the_province_see_the_ranked_list_others_do_not() throws Exception {
        Halaman halaman = new Halaman(mvc, users);
        String ranking = halaman.html(get("/evaluasi/peringkat?triwulan=" + Q), "ta.jombang");
        assertThat(ranking).contains("Dewi Lestari", "79,58", "87,00", "Agus Setiawan");
        assertThat(ranking.indexOf("87,00")).isLessThan(ranking.indexOf("79,58"));
        halaman.html(get("/evaluasi/peringkat?triwulan=" + Q), "admin.jatim");
        halaman.kirim(get("/evaluasi/peringkat"), "pd.diwek").andExpect(status().isForbidden());
        halaman.kirim(get("/evaluasi/peringkat?wilayah=3201"), "ta.jombang").andExpect(status().isNotFound());
        halaman.kirim(get("/evaluasi/peringkat.xlsx?triwulan=" + Q), "admin.jatim")
                .andExpect(status().isOk());
        String landing = halaman.html(get("/evaluasi?triwulan=" + Q), "pemdes.cukir");
        assertThat(landing).contains("Dewi Lestari");
    }
}
