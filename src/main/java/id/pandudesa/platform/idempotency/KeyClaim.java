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
class KeyClaim {

    private final JdbcClient jdbc;
    private final Clock clock;

    KeyClaim(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Inserts the claim with the request's fingerprint; a duplicate key (or the lock of one in
     * flight) throws.
     */
    void klaim(String user, String key, String sidik) {
        jdbc.sql("INSERT INTO idempotensi (pengguna, kunci, dibuat, sidik) VALUES (:u, :k, :t, :s)")
                .param("u", user)
                .param("k", key)
                .param("s", sidik)
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

    /**
     * The answer stored for a key that was sent before (its body as JSON, where the record lives,
     * and the fingerprint of the request that made it; null for keys stored before fingerprints).
     */
    record Tersimpan(String jawaban, String lokasi, String sidik) {

        /** Whether this answer belongs to a request with the given fingerprint. */
        boolean untuk(String sidikLain) {
            return sidik == null || sidik.equals(sidikLain);
        }
    }

    Optional<Tersimpan> tersimpan(String user, String key) {
        return jdbc.sql("SELECT jawaban, lokasi, sidik FROM idempotensi WHERE pengguna = :u AND kunci = :k"
                        + " AND jawaban IS NOT NULL")
                .param("u", user)
                .param("k", key)
                .query((rs, n) -> new Tersimpan(rs.getString("jawaban"), rs.getString("lokasi"), rs.getString("sidik")))
                .optional();
    }

    /** SHA-256 (hex) of the parts that make a request what it is, each length-prefixed. */
    static String sidik(Iterable<byte[]> parts) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(
                        java.nio.ByteBuffer.allocate(4).putInt(part.length).array());
                digest.update(part);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
