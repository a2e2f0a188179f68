package id.pandudesa.platform.notifikasi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people that something waits for them or happened to their work: a row in their in-app list
 * (the header's unread count), and the same text through the outbox ({@link Notifikasi}) to their
 * e-mail and phone when they have one. Written in the transaction of the change it announces, so
 * it exists exactly when the change does; an event (its {@code kunci}) reaches a person once, also
 * when two nodes handle it (a unique key).
 */
@Service
public class Pemberitahuan {

    /** Separates the stored arguments (a character no message argument contains). */
    static final String PEMISAH = "\u001F";

    private final JdbcClient jdbc;
    private final Notifikasi outbox;
    private final MessageSource messages;
    private final Clock clock;

    Pemberitahuan(JdbcClient jdbc, Notifikasi outbox, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** Someone to tell, with the contacts the outbox may use (either may be null). */
    public record Penerima(String username, String email, String telepon) {}

    /**
     * @param kunci the event, unique per event (e.g. {@code laporan:12:DIAJUKAN:3})
     * @param pesan message key; its arguments are {@code argumen}
     * @param tautan the page the notification opens
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void kirim(String kunci, Collection<Penerima> penerima, String pesan, List<?> argumen, String tautan) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        String args = String.join(PEMISAH, argumen.stream().map(String::valueOf).toList());
        String text = messages.getMessage(pesan, argumen.toArray(), pesan, Locale.forLanguageTag("id"));
        for (Penerima p : penerima.stream().distinct().toList()) {
            int added = jdbc.sql("""
                            INSERT INTO pemberitahuan (username, kunci, pesan, argumen, tautan, dibuat)
                            SELECT :u, :k, :p, :a, :t, :n WHERE NOT EXISTS
                              (SELECT 1 FROM pemberitahuan WHERE kunci = :k AND username = :u)""")
                    .param("u", p.username())
                    .param("k", kunci.length() > 200 ? kunci.substring(0, 200) : kunci)
                    .param("p", pesan)
                    .param("a", args.length() > 2000 ? args.substring(0, 2000) : args)
                    .param("t", tautan)
                    .param("n", now)
                    .update();
            if (added == 0) {
                continue;
            }
            String body = text + (tautan == null ? "" : "\n\nBuka: " + tautan);
            if (p.email() != null && !p.email().isBlank()) {
                outbox.antre(SaluranPesan.EMAIL, p.email(), "Pandu Desa: " + text, body, null);
            }
            if (p.telepon() != null && !p.telepon().isBlank()) {
                outbox.antre(SaluranPesan.WHATSAPP, p.telepon(), "Pandu Desa", body, null);
            }
        }
    }

    /** One notification as its reader sees it. */
    public record Baris(long id, String pesan, Object[] argumen, String tautan, Instant dibuat, Instant dibaca) {

        /** The i-th argument, or an empty text (templates pass three). */
        public Object arg(int i) {
            return i < argumen.length ? argumen[i] : "";
        }
    }

    @Transactional(readOnly = true)
    public List<Baris> terbaru(String username, int limit) {
        return jdbc.sql("SELECT id, pesan, argumen, tautan, dibuat, dibaca FROM pemberitahuan WHERE username = :u"
                        + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param("u", username)
                .query((rs, n) -> new Baris(
                        rs.getLong("id"),
                        rs.getString("pesan"),
                        argumen(rs.getString("argumen")),
                        rs.getString("tautan"),
                        rs.getTimestamp("dibuat").toInstant(),
                        rs.getTimestamp("dibaca") == null
                                ? null
                                : rs.getTimestamp("dibaca").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public long belumDibaca(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM pemberitahuan WHERE username = :u AND dibaca IS NULL")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    /** Marks one of the reader's notifications read and gives its page; empty when it is not theirs. */
    @Transactional
    public java.util.Optional<String> buka(String username, long id) {
        java.util.Optional<String> link = jdbc.sql("SELECT tautan FROM pemberitahuan WHERE id = :id AND username = :u")
                .param("id", id)
                .param("u", username)
                .query((rs, n) -> rs.getString(1) == null ? "/pemberitahuan" : rs.getString(1))
                .optional();
        link.ifPresent(l -> jdbc.sql("UPDATE pemberitahuan SET dibaca = :n WHERE id = :id AND dibaca IS NULL")
                .param("n", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .update());
        return link;
    }

    @Transactional
    public int bacaSemua(String username) {
        return jdbc.sql("UPDATE pemberitahuan SET dibaca = :n WHERE username = :u AND dibaca IS NULL")
                .param("n", Timestamp.from(Instant.now(clock)))
                .param("u", username)
                .update();
    }

    private static Object[] argumen(String stored) {
        return stored == null || stored.isEmpty()
                ? new Object[0]
                : Arrays.stream(stored.split(PEMISAH, -1)).toArray();
    }
}
