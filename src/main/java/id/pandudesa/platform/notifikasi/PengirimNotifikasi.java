package id.pandudesa.platform.notifikasi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what {@link Notifikasi} queued, on one node at a time (a ShedLock lock), oldest first. A
 * failed send is retried after 1, 2, 4 … minutes, {@value #MAKS_PERCOBAAN} times at most; the
 * error stays on the row for the operator. A channel without a configured gateway keeps its
 * messages queued and untried.
 */
@Component
public class PengirimNotifikasi {

    static final int MAKS_PERCOBAAN = 8;
    private static final Logger log = LoggerFactory.getLogger(PengirimNotifikasi.class);

    private final JdbcClient jdbc;
    private final Map<SaluranPesan, MessageGateway> gerbang = new EnumMap<>(SaluranPesan.class);
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Duration kunciMaks;

    /**
     * @param kunciMaks how long a node's hold on the outbox lasts at most: a node lost while holding
     *     it (killed, cut off) delays sending on the other nodes by at most this; longer than a batch
     *     to a slow gateway takes, or two nodes may send the same message
     */
    PengirimNotifikasi(
            JdbcClient jdbc,
            List<MessageGateway> gateways,
            LockingTaskExecutor locks,
            Clock clock,
            @Value("${pandu.notifikasi.kunci-maks:PT10M}") Duration kunciMaks) {
        this.jdbc = jdbc;
        // One gateway per channel, an active one first (an unconfigured webhook gives way to a declared bean).
        gateways.forEach(g -> gerbang.merge(g.saluran(), g, (a, b) -> a.aktif() || !b.aktif() ? a : b));
        this.locks = locks;
        this.clock = clock;
        this.kunciMaks = kunciMaks;
    }

    record Antre(long id, SaluranPesan saluran, String tujuan, String subjek, String isi, int percobaan) {}

    @Scheduled(
            fixedDelayString = "${pandu.notifikasi.jeda:PT30S}",
            initialDelayString = "${pandu.notifikasi.awal:PT20S}")
    void terjadwal() {
        locks.executeWithLock(
                (Runnable) () -> kirim(Instant.now(clock)),
                new LockConfiguration(Instant.now(clock), "notifikasi-kirim", kunciMaks, Duration.ZERO));
    }

    /** Sends up to a batch of what is due at {@code sekarang}; returns how many went out. */
    public int kirim(Instant sekarang) {
        // Messages of a channel without a working gateway stay queued, untried, until one is configured.
        List<String> aktif = gerbang.values().stream()
                .filter(MessageGateway::aktif)
                .map(g -> g.saluran().name())
                .toList();
        if (aktif.isEmpty()) {
            return 0;
        }
        List<Antre> due = jdbc.sql("""
                        SELECT id, saluran, tujuan, subjek, isi, percobaan FROM notifikasi
                        WHERE terkirim IS NULL AND percobaan < :maks AND coba_lagi <= :n AND saluran IN (:aktif)
                        ORDER BY id FETCH FIRST 200 ROWS ONLY""")
                .param("maks", MAKS_PERCOBAAN)
                .param("n", Timestamp.from(sekarang))
                .param("aktif", aktif)
                .query((rs, n) -> new Antre(
                        rs.getLong("id"),
                        SaluranPesan.valueOf(rs.getString("saluran")),
                        id.pandudesa.platform.privasi.Sandi.aktif().dekripsi(rs.getString("tujuan")),
                        rs.getString("subjek"),
                        rs.getString("isi"),
                        rs.getInt("percobaan")))
                .list();
        int sent = 0;
        for (Antre a : due) {
            MessageGateway g = gerbang.get(a.saluran());
            try {
                g.kirim(a.tujuan(), a.subjek(), a.isi());
                jdbc.sql("UPDATE notifikasi SET terkirim = :n, galat = NULL WHERE id = :id")
                        .param("n", Timestamp.from(sekarang))
                        .param("id", a.id())
                        .update();
                sent++;
            } catch (Exception e) {
                String why = String.valueOf(e.getMessage());
                log.warn("Notification {} not sent ({}): {}", a.id(), a.saluran(), why);
                jdbc.sql("UPDATE notifikasi SET percobaan = percobaan + 1, coba_lagi = :c, galat = :g WHERE id = :id")
                        .param("c", Timestamp.from(sekarang.plus(Duration.ofMinutes(1L << a.percobaan()))))
                        .param("g", why.length() > 500 ? why.substring(0, 500) : why)
                        .param("id", a.id())
                        .update();
            }
        }
        return sent;
    }
}
