package id.pandudesa.platform.tugas;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background work with progress: a module starts a job, the work reports how far it is (in its own
 * small transactions, so the page sees progress while the work's own transaction is still open),
 * and ends done or failed with a message. Any node can show any job: the state is in the database.
 */
@Service
public class BackgroundJobService {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobService.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final TaskExecutor executor;
    private final Clock clock;

    BackgroundJobService(
            JdbcClient jdbc,
            PlatformTransactionManager tx,
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(tx);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.clock = clock;
    }

    /** Reports progress of a running job. */
    public interface Progres {
        void maju(long selesai, long total);
    }

    /**
     * Starts {@code work} in the background; it reports progress and returns the final message.
     * An exception ends the job as failed with the exception's message (shown to the user).
     */
    public long jalankan(
            String jenis, String judul, String pemilik, java.util.function.Function<Progres, String> work) {
        long id = own.execute(s -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO tugas_latar (jenis, judul, status, total, selesai, pemilik, dibuat)"
                            + " VALUES (:j, :t, 'BERJALAN', 0, 0, :p, :d)")
                    .param("j", jenis)
                    .param("t", judul)
                    .param("p", pemilik)
                    .param("d", Timestamp.from(Instant.now(clock)))
                    .update(keys, "id");
            return keys.getKey().longValue();
        });
        // The job acts as the user who started it (audit trail), on whichever thread runs it.
        executor.execute(new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(() -> {
            try {
                String message = work.apply((done, total) -> own.executeWithoutResult(
                        s -> jdbc.sql("UPDATE tugas_latar SET selesai = :s, total = :t WHERE id = :id")
                                .param("s", done)
                                .param("t", total)
                                .param("id", id)
                                .update()));
                akhiri(id, BackgroundJob.SELESAI, message);
            } catch (RuntimeException e) {
                log.warn("Background job {} ({}) failed", id, jenis, e);
                akhiri(id, BackgroundJob.GAGAL, e.getMessage());
            }
        }));
        return id;
    }

    /** Whether a job of this kind is running now (on any node). */
    public boolean berjalan(String jenis) {
        // A job whose node died stays "running" in the table; after an hour it no longer counts.
        return jdbc.sql("SELECT COUNT(*) FROM tugas_latar WHERE jenis = :j AND status = 'BERJALAN' AND dibuat > :sejak")
                        .param("j", jenis)
                        .param("sejak", Timestamp.from(Instant.now(clock).minusSeconds(3600)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<BackgroundJob> lihat(long id) {
        return jdbc.sql("SELECT id, jenis, judul, status, total, selesai, pesan, pemilik, dibuat, berakhir"
                        + " FROM tugas_latar WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new BackgroundJob(
                        rs.getLong("id"),
                        rs.getString("jenis"),
                        rs.getString("judul"),
                        rs.getString("status"),
                        rs.getLong("total"),
                        rs.getLong("selesai"),
                        rs.getString("pesan"),
                        rs.getString("pemilik"),
                        rs.getTimestamp("dibuat").toInstant(),
                        rs.getTimestamp("berakhir") == null
                                ? null
                                : rs.getTimestamp("berakhir").toInstant()))
                .optional();
    }

    private void akhiri(long id, String status, String message) {
        own.executeWithoutResult(s -> jdbc.sql("UPDATE tugas_latar SET status = :st, pesan = :m, berakhir = :b,"
                        + " selesai = CASE WHEN :st = 'SELESAI' THEN total ELSE selesai END WHERE id = :id")
                .param("st", status)
                .param("m", message)
                .param("b", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .update());
    }
}
