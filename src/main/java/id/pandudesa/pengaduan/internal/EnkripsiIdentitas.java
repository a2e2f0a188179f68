package id.pandudesa.pengaduan.internal;

import id.pandudesa.platform.privasi.Sandi;
import id.pandudesa.platform.privasi.SubjekData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * At every start, after the data loaders, on one node at a time: encrypts the identities still
 * stored in plain text (rows written before encryption, or loaded past the services) and re-encrypts
 * those under an earlier data key after a rotation, with their fingerprints; 500 rows per
 * transaction. With nothing to do it reads each of the two tables once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class EnkripsiIdentitas implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnkripsiIdentitas.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final Sandi sandi;

    EnkripsiIdentitas(JdbcClient jdbc, TransactionTemplate tx, LockingTaskExecutor locks, Sandi sandi) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.locks = locks;
        this.sandi = sandi;
    }

    @Override
    public void run(ApplicationArguments args) {
        locks.executeWithLock(
                (Runnable) this::semua,
                new LockConfiguration(Instant.now(), "enkripsi-identitas", Duration.ofMinutes(30), Duration.ZERO));
    }

    /** Encrypts what still needs it; returns how many rows were written. */
    int semua() {
        int n = 0;
        int done;
        do {
            done = tx.execute(s -> pengaduan());
            n += done;
        } while (done == BATCH);
        do {
            done = tx.execute(s -> pihak());
            n += done;
        } while (done == BATCH);
        if (n > 0) {
            log.info("Encrypted the identities of {} complaint rows under data key {}", n, sandi.idKunci());
        }
        return n;
    }

    private String perlu(String col) {
        return "(" + col + " IS NOT NULL AND " + col + " <> '" + SubjekData.DIHAPUS + "' AND " + col
                + " NOT LIKE :cur)";
    }

    record Baris(long id, String nama, String kontak) {}

    private int pengaduan() {
        List<Baris> rows = jdbc.sql("SELECT id, nama, kontak FROM pengaduan WHERE " + perlu("nama") + " OR "
                        + perlu("kontak") + " ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")
                .param("cur", "v1:" + sandi.idKunci() + ":%")
                .query((rs, i) -> new Baris(rs.getLong("id"), rs.getString("nama"), rs.getString("kontak")))
                .list();
        for (Baris b : rows) {
            String nama = sandi.dekripsi(b.nama());
            String kontak = sandi.dekripsi(b.kontak());
            boolean namaHapus = SubjekData.DIHAPUS.equals(nama);
            boolean kontakHapus = SubjekData.DIHAPUS.equals(kontak);
            jdbc.sql("UPDATE pengaduan SET nama = :n, kontak = :c, nama_sidik = :ns, kontak_sidik = :cs WHERE id = :id")
                    .param("n", namaHapus ? nama : sandi.enkripsi(nama))
                    .param("c", kontakHapus ? kontak : sandi.enkripsi(kontak))
                    .param("ns", namaHapus ? null : Identitas.sidikNama(nama))
                    .param("cs", kontakHapus ? null : Identitas.sidikKontak(kontak))
                    .param("id", b.id())
                    .update();
        }
        return rows.size();
    }

    private int pihak() {
        List<Baris> rows = jdbc.sql("SELECT id, nama FROM perselisihan_pihak WHERE " + perlu("nama")
                        + " ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")
                .param("cur", "v1:" + sandi.idKunci() + ":%")
                .query((rs, i) -> new Baris(rs.getLong("id"), rs.getString("nama"), null))
                .list();
        for (Baris b : rows) {
            String nama = sandi.dekripsi(b.nama());
            jdbc.sql("UPDATE perselisihan_pihak SET nama = :n, nama_sidik = :ns WHERE id = :id")
                    .param("n", sandi.enkripsi(nama))
                    .param("ns", Identitas.sidikNama(nama))
                    .param("id", b.id())
                    .update();
        }
        return rows.size();
    }
}
