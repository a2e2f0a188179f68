package id.pandudesa.pengaduan.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A limit on complaints accepted from one sender per hour ({@code pandu.pengaduan.batas-per-jam}),
 * counted in the database so that every node shares it. The sender is a salted hash of the
 * network address, kept for two hours; the address itself is never stored.
 */
@Component
class BatasKiriman {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perJam;
    private final String garam;

    BatasKiriman(
            JdbcClient jdbc,
            Clock clock,
            @Value("${pandu.pengaduan.batas-per-jam:5}") int perJam,
            @Value("${pandu.pengaduan.garam:pandu-desa-pengaduan}") String garam) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perJam = perJam;
        this.garam = garam;
    }

    String pengirim(String alamat) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((garam + "|" + alamat).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this sender already reached the hour's limit. */
    boolean habis(String pengirim) {
        return jdbc.sql("SELECT jumlah FROM pengaduan_kiriman WHERE pengirim = :p AND jam = :j")
                        .param("p", pengirim)
                        .param("j", Timestamp.from(jam()))
                        .query(Integer.class)
                        .optional()
                        .orElse(0)
                >= perJam;
    }

    /** Counts an accepted complaint, in the transaction that stores it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void hitung(String pengirim) {
        Timestamp jam = Timestamp.from(jam());
        int updated = jdbc.sql("UPDATE pengaduan_kiriman SET jumlah = jumlah + 1 WHERE pengirim = :p AND jam = :j")
                .param("p", pengirim)
                .param("j", jam)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO pengaduan_kiriman (pengirim, jam, jumlah) VALUES (:p, :j, 1)")
                    .param("p", pengirim)
                    .param("j", jam)
                    .update();
        }
    }

    /** Forgets senders of hours past. */
    void bersihkan() {
        jdbc.sql("DELETE FROM pengaduan_kiriman WHERE jam < :j")
                .param("j", Timestamp.from(jam().minus(Duration.ofHours(2))))
                .update();
    }

    private Instant jam() {
        return Instant.now(clock).truncatedTo(ChronoUnit.HOURS);
    }
}
