package id.pandudesa.kapasitas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.pandudesa.support.PanduIntegrationTest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A village whose own cadres lead a shrinking share of the logged work over six months is flagged
 * on the TA's landing page and in the kecamatan's kaderisasi view; one whose cadres take over is not.
 */
@PanduIntegrationTest
@Tag("db")
class KaderisasiPanelIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** Other tests count the log of Kecamatan Diwek: the entries written here go again. */
    @org.junit.jupiter.api.AfterEach
    void forget() {
        jdbc.sql("DELETE FROM kegiatan_pendampingan WHERE uraian = 'Uji kaderisasi'")
                .update();
    }

    /** The log of six past months as the facilitators would have written it (final entries). */
    private void log(String desa, String penulis, String peran, YearMonth month, int entries) {
        for (int i = 0; i < entries; i++) {
            jdbc.sql("""
                            INSERT INTO kegiatan_pendampingan (kode_desa, penulis, peran_penulis, tanggal, status, metode,
                                ruang_lingkup, uraian, peserta_laki, peserta_perempuan, dibuat, diubah, versi)
                            VALUES (:d, :p, :r, :t, 'FINAL', 'FASILITASI', 'KAPASITAS_KADERISASI', 'Uji kaderisasi', 0, 0,
                                :w, :w, 0)""")
                    .param("d", desa)
                    .param("p", penulis)
                    .param("r", peran)
                    .param("t", Date.valueOf(month.atDay(5 + i)))
                    .param("w", Timestamp.from(Instant.now()))
                    .update();
        }
    }

    @Test
    void a_village_whose_cadres_do_not_take_over_is_flagged_for_the_ta() throws Exception {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Jakarta"));
        String stuck = "3517082020";
        String rising = "3517082016";
        for (int m = 5; m >= 0; m--) {
            YearMonth month = now.minusMonths(m);
            // Stuck: cadres lead 2 of 4 entries at first, then 1 of 4.
            log(stuck, "kpmd.uji", "KPMD", month, m >= 3 ? 2 : 1);
            log(stuck, "pld.uji", "PLD", month, m >= 3 ? 2 : 3);
            // Rising: the cadres' share grows every month.
            log(rising, "kpmd.uji", "KPMD", month, 6 - m);
            log(rising, "pld.uji", "PLD", month, 1);
        }
        String landing = mvc.perform(get("/").with(user(users.loadUserByUsername("ta.jombang"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(landing).contains("id=\"panel-kaderisasi\"").contains("/kapasitas/kaderisasi/" + stuck);
        assertThat(landing).doesNotContain("/kapasitas/kaderisasi/" + rising + "\"");
        String view = mvc.perform(get("/kapasitas/kaderisasi/351708").with(user(users.loadUserByUsername("pd.diwek"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String stuckRow = view.substring(view.indexOf("id=\"kaderisasi-" + stuck + "\""));
        assertThat(stuckRow.substring(0, stuckRow.indexOf("</tr>")))
                .contains("Tidak naik")
                .contains("25 %");
        String risingRow = view.substring(view.indexOf("id=\"kaderisasi-" + rising + "\""));
        assertThat(risingRow.substring(0, risingRow.indexOf("</tr>")))
                .doesNotContain("Tidak naik")
                .contains("86 %");
        // Not a panel for a KPMD.
        assertThat(mvc.perform(get("/").with(user(users.loadUserByUsername("kpmd.cukir"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("panel-kaderisasi");
    }
}
