package id.pandudesa.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claim of an idempotency key, shared by the API's creates and the page forms: a row per user
 * and key, inserted in the caller's transaction (so it commits or vanishes with the record), and
 * the pause before a request that lost the race reads the winner's answer.
 */
@Component
class KlaimKunci {

    private final JdbcClient jdbc;
    private final Clock clock;

    KlaimKunci(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inserts the claim; a duplicate key (or the lock of one in flight) throws. */
    void klaim(String user, String key) {
        jdbc.sql("INSERT INTO idempotensi (pengguna, kunci, dibuat) VALUES (:u, :k, :t)")
                .param("u", user)
                .param("k", key)
                .param("t", Timestamp.from(Instant.now(clock)))
                .update();
    }

    /** Waits a little longer on each attempt for the request holding the key to finish. */
    static void jeda(int attempt) {
        try {
            Thread.sleep(50L * (attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
