package id.pandudesa.platform.replika;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The read replica ({@code PANDU_REPLIKA_URL} and friends). Unset URL: no replica, every read on
 * the primary.
 *
 * @param url JDBC URL of the standby, e.g. {@code jdbc:postgresql://standby:5432/pandu}
 * @param username login (default: the primary's)
 * @param password password (default: the primary's)
 * @param pool largest number of connections to the standby
 * @param lagMaks reads fall back to the primary while the standby is behind by more than this
 * @param periksa how often the standby's lag is measured (at most; only while reads want it)
 * @param lagSql the query that answers the lag in seconds (the default is PostgreSQL's)
 */
@ConfigurationProperties("pandu.replika")
public record ReplikaSetelan(
        String url,
        String username,
        String password,
        @DefaultValue("10") int pool,
        @DefaultValue("10s") Duration lagMaks,
        @DefaultValue("2s") Duration periksa,
        @DefaultValue(LAG_POSTGRESQL) String lagSql) {

    /**
     * Seconds the standby's replay is behind: zero when it has replayed all it received or when it
     * is not in recovery (a promoted standby is the primary).
     */
    public static final String LAG_POSTGRESQL = "SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0"
            + " WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
            + " ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END";
}
