package id.pandudesa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.platform.pembersihan.PembersihanData;
import id.pandudesa.support.PanduIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The nightly clean-up removes only what is past its retention — old idempotency keys, notifications
 * sent long ago or never sent for months, expired sessions — and keeps everything newer; the
 * balancer's probes answer without signing in.
 */
@PanduIntegrationTest
@Tag("db")
class PembersihanIT {

    @Autowired
    PembersihanData pembersihan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void only_rows_past_their_retention_are_removed() {
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO idempotensi (pengguna, kunci, dibuat) VALUES ('uji.bersih', :k, :t)")
                    .param("k", "lama-" + i)
                    .param("t", Timestamp.from(now.minus(Duration.ofDays(31 + i))))
                    .update();
        }
        jdbc.sql("INSERT INTO idempotensi (pengguna, kunci, dibuat) VALUES ('uji.bersih', 'baru', :t)")
                .param("t", Timestamp.from(now.minus(Duration.ofDays(2))))
                .update();
        String notif = "INSERT INTO notifikasi (saluran, tujuan, subjek, isi, dibuat, coba_lagi, terkirim)"
                + " VALUES ('EMAIL', 'uji.bersih@contoh.id', :s, 'isi', :d, :d, :k)";
        jdbc.sql(notif)
                .param("s", "terkirim-lama")
                .param("d", Timestamp.from(now.minus(Duration.ofDays(100))))
                .param("k", Timestamp.from(now.minus(Duration.ofDays(95))))
                .update();
        jdbc.sql(notif)
                .param("s", "terkirim-baru")
                .param("d", Timestamp.from(now.minus(Duration.ofDays(10))))
                .param("k", Timestamp.from(now.minus(Duration.ofDays(10))))
                .update();
        jdbc.sql(notif)
                .param("s", "gagal-lama")
                .param("d", Timestamp.from(now.minus(Duration.ofDays(200))))
                .param("k", null)
                .update();
        jdbc.sql(notif)
                .param("s", "antre-baru")
                .param("d", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("k", null)
                .update();
        String session = "INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,"
                + " max_inactive_interval, expiry_time, principal_name) VALUES (:p, :s, 0, 0, 60, :e, 'uji.bersih')";
        jdbc.sql(session)
                .param("p", "00000000-0000-0000-0000-00000000b001")
                .param("s", "00000000-0000-0000-0000-00000000c001")
                .param("e", now.minus(Duration.ofHours(1)).toEpochMilli())
                .update();
        jdbc.sql(session)
                .param("p", "00000000-0000-0000-0000-00000000b002")
                .param("s", "00000000-0000-0000-0000-00000000c002")
                .param("e", now.plus(Duration.ofHours(1)).toEpochMilli())
                .update();
        jdbc.sql("INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)"
                        + " VALUES ('00000000-0000-0000-0000-00000000b001', 'x', :b)")
                .param("b", new byte[] {1})
                .update();

        PembersihanData.Hasil h = pembersihan.bersihkan(now);

        assertThat(h.idempotensi()).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM idempotensi WHERE pengguna = 'uji.bersih'"))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT subjek FROM notifikasi WHERE tujuan = 'uji.bersih@contoh.id' ORDER BY subjek")
                        .query(String.class)
                        .list())
                .containsExactly("antre-baru", "terkirim-baru");
        assertThat(count("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'uji.bersih'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM spring_session_attributes WHERE session_primary_id ="
                        + " '00000000-0000-0000-0000-00000000b001'"))
                .isZero();
        assertThat(pembersihan.bersihkan(now).idempotensi()).isZero();
    }

    @Test
    void the_probes_answer_without_signing_in() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
