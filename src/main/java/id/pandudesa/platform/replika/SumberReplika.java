package id.pandudesa.platform.replika;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standby's connection pool and the verdict whether it may serve reads now: reachable and not
 * behind by more than {@link ReplikaSetelan#lagMaks()}. The lag is measured at most every {@link
 * ReplikaSetelan#periksa()} by the first reader that finds the verdict stale; the others use the
 * last verdict meanwhile, so a slow or absent standby never holds up more than that one reader
 * (whose check times out after two seconds).
 */
public final class SumberReplika implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SumberReplika.class);

    private final DataSource pool;
    private final ReplikaSetelan setelan;
    private final LongSupplier nanos;
    private final AtomicBoolean memeriksa = new AtomicBoolean();
    private final Counter keReplika;
    private final Counter keUtama;
    private volatile long diperiksa;
    private volatile boolean pernahDiperiksa;
    private volatile boolean layak;
    private volatile double lagDetik = Double.NaN;

    SumberReplika(DataSource pool, ReplikaSetelan setelan, MeterRegistry meters, LongSupplier nanos) {
        this.pool = pool;
        this.setelan = setelan;
        this.nanos = nanos;
        this.keReplika = Counter.builder("pandu.replika.baca")
                .description("Reads that asked for the replica, by where they went")
                .tag("sumber", "replika")
                .register(meters);
        this.keUtama = Counter.builder("pandu.replika.baca")
                .description("Reads that asked for the replica, by where they went")
                .tag("sumber", "utama")
                .register(meters);
        Gauge.builder("pandu.replika.lag", this, s -> s.lagDetik)
                .description("The standby's replay lag at the last check, in seconds")
                .baseUnit("seconds")
                .register(meters);
    }

    /** The standby's pool for the app's settings (a pool that starts even while the standby is away). */
    static HikariDataSource pool(ReplikaSetelan s, String defaultUser, String defaultPassword) {
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("replika");
        ds.setJdbcUrl(s.url());
        ds.setUsername(s.username() == null ? defaultUser : s.username());
        ds.setPassword(s.password() == null ? defaultPassword : s.password());
        ds.setMaximumPoolSize(s.pool());
        ds.setMinimumIdle(Math.min(2, s.pool()));
        ds.setReadOnly(true);
        ds.setConnectionTimeout(1_000);
        ds.setValidationTimeout(1_000);
        ds.setInitializationFailTimeout(-1);
        return ds;
    }

    /**
     * A connection to the standby for a read that may use it, or null when the standby is not fit
     * now (the read then goes to the primary). Counts where the read went.
     */
    Connection sambungan() {
        if (!layak()) {
            keUtama.increment();
            return null;
        }
        try {
            Connection c = pool.getConnection();
            keReplika.increment();
            return c;
        } catch (SQLException e) {
            tidakLayak("no connection: " + e.getMessage());
            keUtama.increment();
            return null;
        }
    }

    /** Whether the standby may serve reads now, measuring its lag when the last verdict is stale. */
    boolean layak() {
        long now = nanos.getAsLong();
        boolean stale = !pernahDiperiksa || now - diperiksa >= setelan.periksa().toNanos();
        if (stale && memeriksa.compareAndSet(false, true)) {
            try {
                periksa();
            } finally {
                diperiksa = nanos.getAsLong();
                pernahDiperiksa = true;
                memeriksa.set(false);
            }
        }
        return layak;
    }

    /** The lag at the last check in seconds (NaN when the standby did not answer). */
    public double lagDetik() {
        return lagDetik;
    }

    private void periksa() {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet rs = s.executeQuery(setelan.lagSql())) {
                rs.next();
                double lag = rs.getDouble(1);
                lagDetik = lag;
                if (lag * 1000 > setelan.lagMaks().toMillis()) {
                    tidakLayak(
                            String.format(java.util.Locale.ROOT, "%.1f s behind (limit %s)", lag, setelan.lagMaks()));
                } else if (!layak) {
                    layak = true;
                    log.info("Read replica in use (lag {} s)", lag);
                }
            }
        } catch (SQLException | RuntimeException e) {
            lagDetik = Double.NaN;
            tidakLayak("lag check failed: " + e.getMessage());
        }
    }

    private void tidakLayak(String why) {
        if (layak || !pernahDiperiksa) {
            log.warn("Read replica not used, reads go to the primary: {}", why);
        }
        layak = false;
    }

    @Override
    public void close() {
        if (pool instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.debug("Closing the replica pool", e);
            }
        }
    }
}
