package id.pandudesa.platform.pembersihan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly clean-up of technical rows that only grow, on one node at a time (ShedLock): idempotency
 * keys older than their replay window, notifications sent long ago or given up on, and HTTP
 * sessions past their expiry (Spring Session's own per-node clean-up is switched off for this). Each
 * table is emptied in batches so no single statement holds many row locks at national scale.
 */
@Component
public class PembersihanData {

    private static final Logger log = LoggerFactory.getLogger(PembersihanData.class);

    static final int BATCH = 10_000;

    /** What one run removed. */
    public record Hasil(long idempotensi, long notifikasi, long sesi) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Duration idempotensi;
    private final Duration notifikasiTerkirim;
    private final Duration notifikasiGagal;

    PembersihanData(
            JdbcClient jdbc,
            TransactionTemplate tx,
            LockingTaskExecutor locks,
            Clock clock,
            @Value("${pandu.pembersihan.idempotensi:P30D}") Duration idempotensi,
            @Value("${pandu.pembersihan.notifikasi-terkirim:P90D}") Duration notifikasiTerkirim,
            @Value("${pandu.pembersihan.notifikasi-gagal:P180D}") Duration notifikasiGagal) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.locks = locks;
        this.clock = clock;
        this.idempotensi = idempotensi;
        this.notifikasiTerkirim = notifikasiTerkirim;
        this.notifikasiGagal = notifikasiGagal;
    }

    @Scheduled(cron = "${pandu.pembersihan.cron:0 30 2 * * *}", zone = "Asia/Jakarta")
    void terjadwal() {
        locks.executeWithLock(
                (Runnable) () -> {
                    Hasil h = bersihkan(Instant.now(clock));
                    log.info(
                            "Clean-up: {} idempotency keys, {} notifications, {} expired sessions removed",
                            h.idempotensi(),
                            h.notifikasi(),
                            h.sesi());
                },
                new LockConfiguration(
                        Instant.now(clock), "pembersihan-data", Duration.ofHours(1), Duration.ofMinutes(5)));
    }

    /** Removes what is older than its retention at {@code now}; returns the counts. */
    public Hasil bersihkan(Instant now) {
        long keys = sedikitDemiSedikit(
                "DELETE FROM idempotensi WHERE (pengguna, kunci) IN (SELECT pengguna, kunci FROM idempotensi"
                        + " WHERE dibuat < :batas FETCH FIRST " + BATCH + " ROWS ONLY)",
                Timestamp.from(now.minus(idempotensi)));
        long sent = sedikitDemiSedikit(
                "DELETE FROM notifikasi WHERE id IN (SELECT id FROM notifikasi WHERE terkirim IS NOT NULL"
                        + " AND terkirim < :batas FETCH FIRST " + BATCH + " ROWS ONLY)",
                Timestamp.from(now.minus(notifikasiTerkirim)));
        long failed = sedikitDemiSedikit(
                "DELETE FROM notifikasi WHERE id IN (SELECT id FROM notifikasi WHERE terkirim IS NULL"
                        + " AND dibuat < :batas FETCH FIRST " + BATCH + " ROWS ONLY)",
                Timestamp.from(now.minus(notifikasiGagal)));
        long sessions = sedikitDemiSedikit(
                "DELETE FROM spring_session WHERE primary_id IN (SELECT primary_id FROM spring_session"
                        + " WHERE expiry_time < :batas FETCH FIRST " + BATCH + " ROWS ONLY)",
                now.toEpochMilli());
        return new Hasil(keys, sent + failed, sessions);
    }

    private long sedikitDemiSedikit(String sql, Object batas) {
        long total = 0;
        while (true) {
            Integer n = tx.execute(s -> jdbc.sql(sql).param("batas", batas).update());
            total += n == null ? 0 : n;
            if (n == null || n < BATCH) {
                return total;
            }
        }
    }
}
