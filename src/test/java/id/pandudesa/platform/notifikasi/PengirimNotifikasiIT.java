package id.pandudesa.platform.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.support.PanduIntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: a notification queued in a transaction that rolls back is never sent; one whose
 * gateway fails is retried later with the error kept; once the gateway answers it is sent once.
 */
@PanduIntegrationTest
@Tag("db")
class PengirimNotifikasiIT {

    @Autowired
    Notifikasi notifikasi;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    LockingTaskExecutor locks;

    /** A WhatsApp gateway that fails while {@code down} and records what it delivers. */
    static class Gerbang implements MessageGateway {
        boolean down = true;
        final List<String> delivered = new ArrayList<>();

        @Override
        public SaluranPesan saluran() {
            return SaluranPesan.WHATSAPP;
        }

        @Override
        public void kirim(String tujuan, String subjek, String isi) {
            if (down) {
                throw new IllegalStateException("gateway down");
            }
            delivered.add(tujuan + "|" + isi);
        }
    }

    private int percobaan(String tujuan) {
        return jdbc.sql("SELECT percobaan FROM notifikasi WHERE tujuan_sidik = :t")
                .param("t", Notifikasi.sidikTujuan(tujuan))
                .query(Integer.class)
                .single();
    }

    private Timestamp terkirim(String tujuan) {
        return jdbc.sql("SELECT terkirim FROM notifikasi WHERE tujuan_sidik = :t")
                .param("t", Notifikasi.sidikTujuan(tujuan))
                .query((rs, n) -> rs.getTimestamp(1))
                .list()
                .getFirst();
    }

    @Test
    void a_failed_send_is_retried_later_and_delivered_once_and_a_rolled_back_one_never() {
        String tujuan = "0899" + System.nanoTime() % 10_000_000;
        String batal = tujuan + "9";
        tx.executeWithoutResult(s -> notifikasi.antre(SaluranPesan.WHATSAPP, tujuan, "Uji", "Isi uji", "3517082007"));
        tx.executeWithoutResult(s -> {
            notifikasi.antre(SaluranPesan.WHATSAPP, batal, "Uji", "Tidak jadi", "3517082007");
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE tujuan_sidik = :t")
                        .param("t", Notifikasi.sidikTujuan(batal))
                        .query(Long.class)
                        .single())
                .isZero();
        Gerbang gerbang = new Gerbang();
        PengirimNotifikasi pengirim = new PengirimNotifikasi(
                jdbc, List.of(gerbang), locks, Clock.systemUTC(), java.time.Duration.ofMinutes(10));
        Instant now = Instant.now().plusSeconds(1);
        // Without any working gateway nothing is tried at all.
        gerbang.down = true;
        assertThat(new PengirimNotifikasi(jdbc, List.of(), locks, Clock.systemUTC(), java.time.Duration.ofMinutes(10))
                        .kirim(now))
                .isZero();
        assertThat(jdbc.sql("SELECT percobaan FROM notifikasi WHERE tujuan_sidik = :t")
                        .param("t", Notifikasi.sidikTujuan(tujuan))
                        .query(Integer.class)
                        .single())
                .isZero();
        // Other tests' queued WhatsApp messages fail here too and are retried later; each round
        // tries the next 200 due, so go on until this one was tried.
        for (int round = 0; round < 100 && percobaan(tujuan) == 0; round++) {
            pengirim.kirim(now);
        }
        assertThat(terkirim(tujuan)).isNull();
        assertThat(jdbc.sql("SELECT percobaan || ' ' || galat FROM notifikasi WHERE tujuan_sidik = :t")
                        .param("t", Notifikasi.sidikTujuan(tujuan))
                        .query(String.class)
                        .single())
                .isEqualTo("1 gateway down");
        gerbang.down = false;
        // Not due again within its back-off minute.
        pengirim.kirim(now.plusSeconds(30));
        // Other tests' and the demo's WhatsApp messages share the queue: only this one is followed.
        assertThat(gerbang.delivered).noneMatch(d -> d.startsWith(tujuan + "|"));
        Instant later = now.plus(Duration.ofMinutes(2));
        while (pengirim.kirim(later) > 0) {
            // drain
        }
        assertThat(gerbang.delivered)
                .filteredOn(d -> d.startsWith(tujuan + "|"))
                .containsExactly(tujuan + "|Isi uji");
        assertThat(terkirim(tujuan)).isNotNull();
        pengirim.kirim(later.plus(Duration.ofHours(1)));
        assertThat(gerbang.delivered)
                .filteredOn(d -> d.startsWith(tujuan + "|"))
                .hasSize(1);
    }
}
