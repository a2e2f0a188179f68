package id.pandudesa.platform.privasi;

import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the retention periods of the personal data declarations: nightly, on one node at a time,
 * every module's {@link AturanRetensi} anonymises what is past its period, in batches of a thousand
 * records per transaction. {@link #jalankan(Instant, boolean)} with {@code coba} only counts (the
 * dry-run report the operator reads first: the admin page and the command {@code
 * --pandu.perintah=retensi-data --pandu.perintah.coba=true}).
 */
@Service
public class RetensiDataPribadi {

    private static final Logger log = LoggerFactory.getLogger(RetensiDataPribadi.class);
    static final int BATCH = 1000;

    /** One rule's line of a report: its period, the date before which data is due, and how many records. */
    public record Baris(String aturan, String uraian, Period masa, Instant batas, long jumlah) {}

    private final List<AturanRetensi> aturan;
    private final InventarisDataPribadi inventaris;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final AuditTrail audit;
    private final Clock clock;

    RetensiDataPribadi(
            List<AturanRetensi> aturan,
            InventarisDataPribadi inventaris,
            TransactionTemplate tx,
            LockingTaskExecutor locks,
            AuditTrail audit,
            Clock clock) {
        this.aturan = aturan;
        this.inventaris = inventaris;
        this.tx = tx;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${pandu.privasi.retensi.cron:0 0 3 * * *}", zone = "Asia/Jakarta")
    void terjadwal() {
        Instant now = Instant.now(clock);
        locks.executeWithLock(
                (Runnable) () -> jalankan(now, false),
                new LockConfiguration(now, "retensi-data-pribadi", Duration.ofHours(2), Duration.ZERO));
    }

    /**
     * Every rule with its period at {@code sekarang}: counted only ({@code coba}), or applied (then
     * each line says how many records were anonymised). The report goes to the log too.
     */
    public List<Baris> jalankan(Instant sekarang, boolean coba) {
        List<Baris> report = new ArrayList<>();
        for (AturanRetensi a : aturan) {
            Optional<Period> masa = inventaris.retensi(a.aturan());
            if (masa.isEmpty()) {
                continue;
            }
            Instant batas =
                    sekarang.atZone(ZoneId.of("Asia/Jakarta")).minus(masa.get()).toInstant();
            long n;
            if (coba) {
                n = a.jatuhTempo(batas);
            } else {
                n = 0;
                while (true) {
                    Integer done = tx.execute(s -> {
                        int d = a.anonimkan(batas, BATCH);
                        if (d > 0) {
                            // One entry per batch: how many and which data, never the values.
                            audit.record(
                                    AuditAction.UBAH,
                                    "privasi.Retensi",
                                    a.aturan(),
                                    null,
                                    null,
                                    Map.of("dianonimkan", d, "batas", batas.toString(), "data", a.uraian()));
                        }
                        return d;
                    });
                    n += done == null ? 0 : done;
                    if (done == null || done < BATCH) {
                        break;
                    }
                }
            }
            report.add(new Baris(a.aturan(), a.uraian(), masa.get(), batas, n));
            log.info(
                    "Retention {} {} ({}, {} before {}): {} records",
                    coba ? "dry run" : "applied",
                    a.aturan(),
                    a.uraian(),
                    masa.get(),
                    batas,
                    n);
        }
        return report;
    }
}
