package id.pandudesa.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claim of an idempotency key, shared by the API's creates and the page forms: a row per user
 * and key, inserted in the caller's transaction (so it commits or vanishes with the record), the
 * answer stored for it, and the pause before a request that lost the race reads the winner's answer.
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

    /** Stores the answer of the claimed key (in the same transaction as the record). */
    void simpanJawaban(String user, String key, String jawaban, String lokasi) {
        jdbc.sql("UPDATE idempotensi SET status = 201, jawaban = :j, lokasi = :l WHERE pengguna = :u AND kunci = :k")
                .param("j", jawaban)
                .param("l", lokasi)
                .param("u", user)
                .param("k", key)
                .update();
    }

    /** The answer stored for a key that was sent before (its body as JSON, and where the record lives). */
    record Tersimpan(String jawaban, String lokasi) {}

    Optional<Tersimpan> tersimpan(String user, String key) {
        return jdbc.sql("SELECT jawaban, lokasi FROM idempotensi WHERE pengguna = :u AND kunci = :k"
                        + " AND jawaban IS NOT NULL")
                .param("u", user)
                .param("k", key)
                .query((rs, n) -> new Tersimpan(rs.getString(1), rs.getString(2)))
                .optional();
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
