package id.pandudesa.platform.privasi;

import id.pandudesa.platform.perintah.Perintah;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, after the data loaders, on one node at a time: every column the modules declare
 * encrypted ({@link SumberSubjek#tersandi()}) that still holds plain text (rows written before
 * encryption, or loaded past the services) or a value under an earlier data key (after a rotation)
 * is encrypted under the current key, with its fingerprint; 500 rows per transaction.
 *
 * <p>That pass reads every row of those tables (millions nationally), so it runs in the background
 * and the node answers meanwhile (values are read the same whether plain or encrypted). What the
 * start itself checks is cheap: the newest rows of each table open with the configured keys — a
 * database restored without its key stops the start with the key's id, as before. A start that
 * runs an operator's command checks the keys and leaves the pass to the next node start.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class EnkripsiKolom implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnkripsiKolom.class);
    static final int BATCH = 500;
    /** How many of each table's newest rows the start opens with the configured keys. */
    static final int CONTOH = 20;

    private final InventarisDataPribadi inventaris;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final Sandi sandi;
    private final TaskExecutor executor;
    private final Environment env;
    private final CompletableFuture<Integer> lintasanAwal = new CompletableFuture<>();

    EnkripsiKolom(
            InventarisDataPribadi inventaris,
            JdbcClient jdbc,
            TransactionTemplate tx,
            LockingTaskExecutor locks,
            Sandi sandi,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Environment env) {
        this.inventaris = inventaris;
        this.jdbc = jdbc;
        this.tx = tx;
        this.locks = locks;
        this.sandi = sandi;
        this.executor = executor;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        periksaKunci();
        if (Perintah.diminta(env)) {
            lintasanAwal.complete(-1); // a command's process ends after it; the next node start does the pass
            return;
        }
        executor.execute(() -> {
            try {
                long t0 = System.nanoTime();
                LockingTaskExecutor.TaskResult<Integer> r = locks.executeWithLock(
                        (LockingTaskExecutor.TaskWithResult<Integer>) this::semua,
                        new LockConfiguration(Instant.now(), "enkripsi-kolom", Duration.ofMinutes(30), Duration.ZERO));
                if (r.wasExecuted()) {
                    log.info(
                            "Personal data checked for plain values and earlier keys: {} rows encrypted in {} ms",
                            r.getResult(),
                            (System.nanoTime() - t0) / 1_000_000);
                }
                lintasanAwal.complete(r.wasExecuted() ? r.getResult() : -1);
            } catch (Throwable e) {
                log.error("Encrypting personal data stopped: {}", e.getMessage(), e);
                lintasanAwal.completeExceptionally(e);
            }
        });
    }

    /**
     * The pass this start began in the background: how many rows it wrote, -1 when another node held
     * the lock or this start runs a command.
     */
    public CompletableFuture<Integer> lintasanAwal() {
        return lintasanAwal;
    }

    /**
     * Opens the newest {@value #CONTOH} values of every encrypted column (an index-ordered read of
     * each table); fails when one is under a key that is not configured.
     */
    void periksaKunci() {
        for (DeklarasiDataPribadi d : inventaris.deklarasi()) {
            for (SumberSubjek s : d.sumberSubjek()) {
                if (s.tersandi().isEmpty()) {
                    continue;
                }
                String cols = String.join(", ", s.tersandi().keySet());
                String order = String.join(" DESC, ", s.kunci()) + " DESC";
                for (Map<String, Object> row : jdbc.sql("SELECT " + cols + " FROM " + s.tabel() + " ORDER BY " + order
                                + " FETCH FIRST " + CONTOH + " ROWS ONLY")
                        .query()
                        .listOfRows()) {
                    for (Object v : row.values()) {
                        sandi.dekripsi((String) v);
                    }
                }
            }
        }
    }

    /** Encrypts what still needs it in every declared source; returns how many rows were written. */
    public int semua() {
        int n = 0;
        for (DeklarasiDataPribadi d : inventaris.deklarasi()) {
            for (SumberSubjek s : d.sumberSubjek()) {
                if (s.tersandi().isEmpty()) {
                    continue;
                }
                int done;
                do {
                    done = tx.execute(st -> batch(s));
                    n += done;
                } while (done == BATCH);
            }
        }
        if (n > 0) {
            log.info("Encrypted personal data in {} rows under data key {}", n, sandi.idKunci());
        }
        return n;
    }

    private int batch(SumberSubjek s) {
        List<String> cols = new ArrayList<>(s.tersandi().keySet());
        List<String> due = new ArrayList<>();
        for (String c : cols) {
            due.add("(" + c + " IS NOT NULL AND " + c + " <> '" + SubjekData.DIHAPUS + "' AND " + c
                    + " NOT LIKE :cur)");
        }
        String key = String.join(", ", s.kunci());
        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT " + key + ", " + String.join(", ", cols) + " FROM " + s.tabel()
                                + " WHERE " + String.join(" OR ", due) + " ORDER BY " + key + " FETCH FIRST " + BATCH
                                + " ROWS ONLY")
                .param("cur", "v1:" + sandi.idKunci() + ":%")
                .query()
                .listOfRows();
        for (Map<String, Object> row : rows) {
            List<String> set = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            for (String c : cols) {
                String stored = (String) row.get(c);
                if (!sandi.perluDienkripsi(stored)) {
                    continue;
                }
                String plain = sandi.dekripsi(stored);
                set.add(c + " = :" + c + ", " + s.tersandi().get(c) + " = :" + c + "_s");
                params.put(c, sandi.enkripsi(plain));
                params.put(
                        c + "_s",
                        sandi.sidik(c.equals(s.nama()) ? Sandi.namaNormal(plain) : Sandi.kontakNormal(plain)));
            }
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < s.kunci().size(); i++) {
                String k = s.kunci().get(i);
                where.append(i == 0 ? "" : " AND ").append(k).append(" = :k").append(i);
                params.put("k" + i, row.get(k));
            }
            jdbc.sql("UPDATE " + s.tabel() + " SET " + String.join(", ", set) + " WHERE " + where)
                    .params(params)
                    .update();
        }
        return rows.size();
    }
}
