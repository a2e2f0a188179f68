package id.pandudesa.platform.privasi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, after the data loaders, on one node at a time: every column the modules declare
 * encrypted ({@link SumberSubjek#tersandi()}) that still holds plain text (rows written before
 * encryption, or loaded past the services) or a value under an earlier data key (after a rotation)
 * is encrypted under the current key, with its fingerprint; 500 rows per transaction.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class EnkripsiKolom implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnkripsiKolom.class);
    static final int BATCH = 500;

    private final InventarisDataPribadi inventaris;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final Sandi sandi;

    EnkripsiKolom(
            InventarisDataPribadi inventaris,
            JdbcClient jdbc,
            TransactionTemplate tx,
            LockingTaskExecutor locks,
            Sandi sandi) {
        this.inventaris = inventaris;
        this.jdbc = jdbc;
        this.tx = tx;
        this.locks = locks;
        this.sandi = sandi;
    }

    @Override
    public void run(ApplicationArguments args) {
        locks.executeWithLock(
                (Runnable) this::semua,
                new LockConfiguration(Instant.now(), "enkripsi-kolom", Duration.ofMinutes(30), Duration.ZERO));
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
