package id.pandudesa.platform.privasi;

import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only log of reads of sensitive personal data (UU 27/2022): a complainant's identity,
 * a dispute's parties, specific-category data, bulk exports of personal data. Each entry says who,
 * when, which record, and from which page or API. Written in a transaction of its own, so a read
 * inside a read-only transaction (or on the read replica) is logged on the primary all the same.
 */
@Service
public class LogAkses {

    /** One read. {@code jumlah} is how many people's records an export held (1 for a single record). */
    public record Akses(
            long id,
            Instant waktu,
            String pelaku,
            String jenis,
            String rekamanId,
            String kodeDesa,
            String asal,
            int jumlah) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    LogAkses(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The current user read the personal data {@code jenis} of one record. */
    public void catat(String jenis, Object rekamanId, String kodeDesa) {
        catat(jenis, rekamanId, kodeDesa, 1);
    }

    /** The current user exported the personal data of {@code jumlah} people ({@code rekamanId}: what was exported). */
    public void catat(String jenis, Object rekamanId, String kodeDesa, int jumlah) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String pelaku = auth == null ? "sistem" : auth.getName();
        String asal = "sistem";
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletRequest r = a.getRequest();
            asal = r.getMethod() + " " + r.getRequestURI();
            asal = asal.length() > 300 ? asal.substring(0, 300) : asal;
        }
        String from = asal;
        tx.executeWithoutResult(s -> jdbc.sql("""
                        INSERT INTO akses_data_pribadi (waktu, pelaku, jenis, rekaman_id, kode_desa, asal, jumlah)
                        VALUES (:w, :p, :j, :r, :d, :a, :n)""")
                .param("w", Timestamp.from(Instant.now(clock)))
                .param("p", pelaku)
                .param("j", jenis)
                .param("r", String.valueOf(rekamanId))
                .param("d", kodeDesa)
                .param("a", from)
                .param("n", jumlah)
                .update());
    }

    /**
     * Reads inside a region filter (the caller's scope as SQL over {@code kode_desa}), newest first,
     * optionally of one kind and one record.
     */
    public PageResult<Akses> daftar(
            String wilayahSql, Map<String, Object> wilayahParams, String jenis, String rekamanId, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE ").append(wilayahSql);
        if (jenis != null && !jenis.isBlank()) {
            where.append(" AND jenis = :jenis");
        }
        if (rekamanId != null && !rekamanId.isBlank()) {
            where.append(" AND rekaman_id = :rekaman");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM akses_data_pribadi" + where)
                .params(wilayahParams)
                .params(filters(jenis, rekamanId))
                .query(Long.class)
                .single();
        List<Akses> rows = jdbc.sql("SELECT * FROM akses_data_pribadi" + where + " ORDER BY waktu DESC, id DESC OFFSET "
                        + page.offset() + " ROWS FETCH NEXT " + page.ukuran() + " ROWS ONLY")
                .params(wilayahParams)
                .params(filters(jenis, rekamanId))
                .query(LogAkses::baca)
                .list();
        return PageResult.of(rows, page, total);
    }

    /**
     * Who looked at the personal data of these records (kinds and record ids), oldest first: what a
     * person is told about their own data when they ask (at most 1,000 entries).
     */
    public List<Akses> tentang(List<String> jenis, List<String> rekamanId) {
        if (jenis.isEmpty() || rekamanId.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM akses_data_pribadi WHERE jenis IN (:j) AND rekaman_id IN (:r)"
                        + " ORDER BY waktu, id FETCH FIRST 1000 ROWS ONLY")
                .param("j", jenis)
                .param("r", rekamanId)
                .query(LogAkses::baca)
                .list();
    }

    private static Akses baca(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Akses(
                rs.getLong("id"),
                rs.getTimestamp("waktu").toInstant(),
                rs.getString("pelaku"),
                rs.getString("jenis"),
                rs.getString("rekaman_id"),
                rs.getString("kode_desa"),
                rs.getString("asal"),
                rs.getInt("jumlah"));
    }

    private static Map<String, Object> filters(String jenis, String rekamanId) {
        java.util.HashMap<String, Object> p = new java.util.HashMap<>();
        if (jenis != null && !jenis.isBlank()) {
            p.put("jenis", jenis);
        }
        if (rekamanId != null && !rekamanId.isBlank()) {
            p.put("rekaman", rekamanId);
        }
        return p;
    }
}
