package id.pandudesa.akun.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} wrong passwords for a username (existing
 * or not) the name is locked for {@link #LOCK}, doubling on each further lock. Kept in the
 * database so every app node sees it.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean terkunci(String username) {
        Instant now = Instant.now(clock);
        return jdbc.sql("SELECT terkunci_sampai FROM login_percobaan WHERE username = :u")
                .param("u", key(username))
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .filter(t -> t != null && t.toInstant().isAfter(now))
                .isPresent();
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = key(event.getAuthentication().getName());
        if (username.isEmpty() || username.length() > 100) {
            return;
        }
        Instant now = Instant.now(clock);
        int failures = jdbc.sql("SELECT gagal FROM login_percobaan WHERE username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .optional()
                        .orElse(0)
                + 1;
        Timestamp lockedUntil = null;
        if (failures % MAX_FAILURES == 0) {
            long factor = 1L << Math.min(6, failures / MAX_FAILURES - 1);
            lockedUntil = Timestamp.from(now.plus(LOCK.multipliedBy(factor)));
        }
        int updated = jdbc.sql("UPDATE login_percobaan SET gagal = :g, terakhir_gagal = :t, terkunci_sampai = :k"
                        + " WHERE username = :u")
                .param("g", failures)
                .param("t", Timestamp.from(now))
                .param("k", lockedUntil)
                .param("u", username)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO login_percobaan (username, gagal, terakhir_gagal, terkunci_sampai)"
                            + " VALUES (:u, :g, :t, :k)")
                    .param("u", username)
                    .param("g", failures)
                    .param("t", Timestamp.from(now))
                    .param("k", lockedUntil)
                    .update();
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("DELETE FROM login_percobaan WHERE username = :u")
                .param("u", key(event.getAuthentication().getName()))
                .update();
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
