package id.pandudesa.akun.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing, for a username (existing or not: both answer alike) and for the client's
 * address. Before a password is checked, a turn is claimed in one atomic statement; a turn is only
 * given while the failures of the window plus the checks still running stay under the limit
 * ({@value #MAX_FAILURES} for a name, {@code pandu.masuk.batas-alamat} for an address). The failure
 * that reaches the limit locks for {@link #LOCK}, doubling on each further lock; a locked name gets
 * no turn, and a request that finds every turn taken by running checks waits for one. So however
 * the guesses arrive — one by one or fifty at once, by form or HTTP Basic — at most that many
 * passwords are checked per lock window, while a script's correct logins in parallel still pass.
 * A right password clears the name; the address keeps its failures until its window ends. Kept in
 * the database so every app node sees it; only a lock's end or a right password unlocks.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Locks double up to 2^6 = 64 × {@link #LOCK} (16 hours). */
    private static final int MAX_DOUBLING = 6;
    /** Addresses share the table with usernames; a username cannot contain ':'. */
    static final String ALAMAT = "alamat:";
    /** A check still "running" after this long was lost (a node stopped mid-check): its turn is free. */
    private static final Duration CHECK_LOST = Duration.ofMinutes(2);
    /** How long a request waits for a turn held by running checks before it is answered "locked". */
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static final int KEY_LENGTH = 100;

    /** The window's failures: none once a lock has ended or the last failure is older than the window. */
    private static final String GAGAL =
            "(CASE WHEN terkunci_sampai IS NOT NULL OR terakhir_gagal < :basi THEN 0" + " ELSE gagal END)";
    /** Checks running now: none when the last claim is so old that they were lost. */
    private static final String SEDANG = "(CASE WHEN klaim_terakhir < :hilang THEN 0 ELSE sedang END)";

    private static final String KLAIM = "UPDATE login_percobaan SET gagal = " + GAGAL + ","
            + " kunci_ke = CASE WHEN terakhir_gagal < :basi THEN 0 ELSE kunci_ke END,"
            + " terkunci_sampai = NULL, sedang = " + SEDANG + " + 1, klaim_terakhir = :t"
            + " WHERE username = :u AND (terkunci_sampai IS NULL OR terkunci_sampai <= :t)"
            + " AND " + GAGAL + " + " + SEDANG + " < :batas";

    /** The end of a new lock: {@code :k0} for the first, {@code :k1} (twice as long) for the second, … */
    private static final String KUNCI_BARU = java.util.stream.IntStream.rangeClosed(0, MAX_DOUBLING)
            .mapToObj(level -> level < MAX_DOUBLING
                    ? "WHEN kunci_ke = " + level + " THEN CAST(:k" + level + " AS TIMESTAMP WITH TIME ZONE)"
                    : "ELSE CAST(:k" + level + " AS TIMESTAMP WITH TIME ZONE)")
            .collect(java.util.stream.Collectors.joining(" ", "CASE ", " END"));

    private static final String GAGAL_SATU = "UPDATE login_percobaan SET"
            + " sedang = CASE WHEN sedang > 0 THEN sedang - 1 ELSE 0 END,"
            + " gagal = gagal + 1, terakhir_gagal = :t,"
            + " terkunci_sampai = CASE WHEN gagal + 1 >= :batas AND (terkunci_sampai IS NULL OR terkunci_sampai <= :t)"
            + " THEN " + KUNCI_BARU
            + " ELSE terkunci_sampai END,"
            + " kunci_ke = CASE WHEN gagal + 1 >= :batas AND (terkunci_sampai IS NULL OR terkunci_sampai <= :t)"
            + " THEN kunci_ke + 1 ELSE kunci_ke END"
            + " WHERE username = :u";

    private static final String LEPAS =
            "UPDATE login_percobaan SET sedang = CASE WHEN sedang > 0 THEN sedang - 1 ELSE 0 END WHERE username = :u";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int batasAlamat;
    private final Duration jendelaAlamat;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${pandu.masuk.batas-alamat:30}") int batasAlamat,
            @Value("${pandu.masuk.jendela-alamat:PT1H}") Duration jendelaAlamat) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.batasAlamat = batasAlamat;
        this.jendelaAlamat = jendelaAlamat;
    }

    /** A claimed turn: the password may be checked; report how it went with exactly one call. */
    final class Giliran {
        private final String username;
        private final String alamat;
        private boolean selesai;

        private Giliran(String username, String alamat) {
            this.username = username;
            this.alamat = alamat;
        }

        /** The password was right: the name starts afresh, the address frees its turn. */
        void berhasil() {
            if (tutup()) {
                jdbc.sql("DELETE FROM login_percobaan WHERE username = :u")
                        .param("u", username)
                        .update();
                lepas(alamat);
            }
        }

        /** The password was wrong: a failure for the name and for the address. */
        void gagal() {
            if (tutup()) {
                catatGagal(username, MAX_FAILURES);
                if (alamat != null) {
                    catatGagal(alamat, batasAlamat);
                }
            }
        }

        /** No password was compared (the account is deactivated, the database failed): nothing counts. */
        void batal() {
            if (tutup()) {
                lepas(username);
                lepas(alamat);
            }
        }

        private boolean tutup() {
            boolean first = !selesai;
            selesai = true;
            return first;
        }
    }

    /**
     * Claims the turn to check one password of {@code username} sent from {@code alamat} (null when
     * unknown); empty when the address or the name is locked and no password may be checked now.
     * Deliberately outside any transaction: each statement commits at once, and a request waiting
     * for a turn holds no connection (the password check of the request it waits for needs one).
     */
    public Optional<Giliran> klaim(String username, String alamat) {
        Instant deadline = Instant.now(clock).plus(WAIT);
        String addressKey = alamat == null || alamat.isBlank() ? null : alamatKey(alamat);
        if (addressKey != null && !klaim(addressKey, batasAlamat, jendelaAlamat, deadline)) {
            return Optional.empty();
        }
        String nameKey = key(username);
        // A username's failures do not fade with time: only a right password or the lock's end renews them.
        if (!klaim(nameKey, MAX_FAILURES, null, deadline)) {
            lepas(addressKey);
            return Optional.empty();
        }
        return Optional.of(new Giliran(nameKey, addressKey));
    }

    private boolean klaim(String key, int batas, Duration jendela, Instant deadline) {
        for (int attempt = 0; ; attempt++) {
            Instant now = Instant.now(clock);
            int claimed = jdbc.sql(KLAIM)
                    .param("u", key)
                    .param("batas", batas)
                    .param("basi", Timestamp.from(jendela == null ? Instant.EPOCH : now.minus(jendela)))
                    .param("hilang", Timestamp.from(now.minus(CHECK_LOST)))
                    .param("t", Timestamp.from(now))
                    .update();
            if (claimed == 1) {
                return true;
            }
            Optional<Optional<Instant>> row = jdbc.sql(
                            "SELECT terkunci_sampai FROM login_percobaan WHERE username = :u")
                    .param("u", key)
                    .query((rs, n) -> Optional.ofNullable(rs.getTimestamp("terkunci_sampai"))
                            .map(Timestamp::toInstant))
                    .optional();
            if (row.isEmpty()) {
                try {
                    jdbc.sql("INSERT INTO login_percobaan (username, gagal, sedang, terakhir_gagal, klaim_terakhir,"
                                    + " kunci_ke) VALUES (:u, 0, 1, :t, :t, 0)")
                            .param("u", key)
                            .param("t", Timestamp.from(now))
                            .update();
                    return true;
                } catch (DuplicateKeyException e) {
                    continue; // another request made the row first: claim on it
                }
            }
            if (row.get().filter(until -> until.isAfter(now)).isPresent()) {
                return false; // locked
            }
            if (!now.isBefore(deadline)) {
                return false; // every turn stayed taken by running checks
            }
            sleep(attempt);
        }
    }

    private void catatGagal(String key, int batas) {
        Instant now = Instant.now(clock);
        var statement =
                jdbc.sql(GAGAL_SATU).param("u", key).param("batas", batas).param("t", Timestamp.from(now));
        for (int level = 0; level <= MAX_DOUBLING; level++) {
            statement = statement.param("k" + level, Timestamp.from(now.plus(LOCK.multipliedBy(1L << level))));
        }
        statement.update();
    }

    private void lepas(String key) {
        if (key != null) {
            jdbc.sql(LEPAS).param("u", key).update();
        }
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(Math.min(200, 20L * (attempt + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    private static String alamatKey(String alamat) {
        String key = ALAMAT + alamat.trim();
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }
}
