package id.pandudesa.platform.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of every change. Aggregates saved through Spring Data JDBC are recorded
 * automatically ({@link JdbcAggregateAuditListener}); code that writes with SQL calls
 * {@link #record} in the same transaction.
 */
@Service
public class AuditTrail {

    static final String SYSTEM_ACTOR = "sistem";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * This node's recently read version stamps. A change made on this node forgets the desa's stamp
     * as it commits, so it shows here at once; a change made on another node shows here once the
     * stamp is older than {@code pandu.audit.stamp-ttl} (default one second).
     */
    private final Cache<String, Stamp> stamps;

    public AuditTrail(
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
            AuditJson auditJson,
            Clock clock,
            @Value("${pandu.audit.stamp-ttl:1s}") Duration stampTtl) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = auditJson.mapper();
        this.clock = clock;
        this.stamps = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(stampTtl)
                .build();
    }

    /**
     * When anything of this desa last changed, or null: a cheap version stamp (one index lookup)
     * for caches of what is shown about the desa, correct on every node because every change is
     * recorded here in its own transaction. A single statement, no transaction around it, read at
     * most once per desa per {@code pandu.audit.stamp-ttl} on each node: a crowd on a public page
     * costs no database work at all while nothing changes.
     */
    public Instant terakhirBerubah(String kodeDesa) {
        return stamps.get(
                        kodeDesa,
                        k -> new Stamp(jdbc.sql("SELECT MAX(waktu) FROM audit_log WHERE kode_desa = :k")
                                .param("k", k)
                                .query(Instant.class)
                                .optional()
                                .orElse(null)))
                .waktu();
    }

    /** A version stamp as read, null included (a cache cannot hold null itself). */
    private record Stamp(Instant waktu) {}

    /** Forgets this node's stamps of these desa once the current transaction has committed. */
    private void forgetAfterCommit(java.util.Collection<String> kodeDesa) {
        java.util.Set<String> desa = new java.util.HashSet<>(kodeDesa);
        desa.remove(null);
        if (desa.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    stamps.invalidateAll(desa);
                }
            });
        } else {
            stamps.invalidateAll(desa);
        }
    }

    /** Records a change; {@code before} and {@code after} are objects serialised to JSON, or null. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String type, Object id, String kodeDesa, Object before, Object after) {
        jdbc.sql("""
                        INSERT INTO audit_log (waktu, pelaku, aksi, jenis, rekaman_id, kode_desa, sebelum, sesudah)
                        VALUES (:waktu, :pelaku, :aksi, :jenis, :id, :desa, :sebelum, :sesudah)""")
                .param("waktu", java.sql.Timestamp.from(Instant.now(clock)))
                .param("pelaku", currentActor())
                .param("aksi", action)
                .param("jenis", type)
                .param("id", String.valueOf(id))
                .param("desa", kodeDesa)
                .param("sebelum", toJson(before))
                .param("sesudah", toJson(after))
                .update();
        forgetAfterCommit(java.util.Collections.singleton(kodeDesa));
    }

    public void record(AuditAction action, String type, Object id, String kodeDesa, Object before, Object after) {
        record(action.name(), type, id, kodeDesa, before, after);
    }

    /** One change of a bulk operation (an import of thousands of rows), for {@link #recordAll}. */
    public record Change(String action, String type, Object id, String kodeDesa, Object before, Object after) {}

    /** Records many changes in batches, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(java.util.List<Change> changes) {
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now(clock));
        String actor = currentActor();
        java.util.List<Object[]> rows = changes.stream()
                .map(c -> new Object[] {
                    now,
                    actor,
                    c.action(),
                    c.type(),
                    String.valueOf(c.id()),
                    c.kodeDesa(),
                    toJson(c.before()),
                    toJson(c.after())
                })
                .toList();
        for (int from = 0; from < rows.size(); from += 2_000) {
            jdbcTemplate.batchUpdate(
                    "INSERT INTO audit_log (waktu, pelaku, aksi, jenis, rekaman_id, kode_desa, sebelum,"
                            + " sesudah) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + 2_000)));
        }
        forgetAfterCommit(changes.stream().map(Change::kodeDesa).toList());
    }

    /** The history of one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String type, Object id) {
        return jdbc.sql("""
                        SELECT id, waktu, pelaku, aksi, jenis, rekaman_id, kode_desa, sebelum, sesudah
                        FROM audit_log WHERE jenis = :jenis AND rekaman_id = :id ORDER BY id""")
                .param("jenis", type)
                .param("id", String.valueOf(id))
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("waktu").toInstant(),
                        rs.getString("pelaku"),
                        rs.getString("aksi"),
                        rs.getString("jenis"),
                        rs.getString("rekaman_id"),
                        rs.getString("kode_desa"),
                        rs.getString("sebelum"),
                        rs.getString("sesudah")))
                .list();
    }

    /** "akun.Pengguna": the module and the simple class name, stable across internal refactorings. */
    public static String typeName(Class<?> type) {
        String pkg = type.getPackageName();
        String root = "id.pandudesa.";
        String module = pkg.startsWith(root) ? pkg.substring(root.length()).split("\\.")[0] : pkg;
        return module + "." + type.getSimpleName();
    }

    String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        return json.writeValueAsString(value);
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null) {
            return SYSTEM_ACTOR;
        }
        return auth.getName();
    }
}
