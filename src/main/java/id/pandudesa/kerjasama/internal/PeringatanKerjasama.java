package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.PetugasDesa;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.notifikasi.Notifikasi;
import id.pandudesa.platform.notifikasi.SaluranPesan;
import id.pandudesa.platform.web.BerandaPanel;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts before a signed agreement ends (within {@code pandu.kerjasama.peringatan-hari}, 90 by
 * default): a panel on the landing page of everyone serving a desa taking part, and once per
 * agreement an e-mail to the village government and facilitators of each such desa, so that the
 * village can decide in time to extend it or let it end.
 */
@Component
class PeringatanKerjasama implements BerandaPanel {

    private static final Logger log = LoggerFactory.getLogger(PeringatanKerjasama.class);

    /** Who sees the panel. */
    static final Set<Peran> PEMBACA =
            EnumSet.of(Peran.PEMDES, Peran.KPMD, Peran.PLD, Peran.PD, Peran.CAMAT, Peran.TA, Peran.ADMIN);

    /** Who receives the e-mail. */
    static final Set<Peran> PENERIMA = EnumSet.of(Peran.PEMDES, Peran.PLD, Peran.PD);

    record Ringkas(long jumlah, List<Kerjasama.Baris> baris) {}

    private final AkunApi akun;
    private final KerjasamaService service;
    private final KerjasamaQueries queries;
    private final Notifikasi notifikasi;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final String alamat;

    PeringatanKerjasama(
            AkunApi akun,
            KerjasamaService service,
            KerjasamaQueries queries,
            Notifikasi notifikasi,
            JdbcClient jdbc,
            TransactionTemplate tx,
            LockingTaskExecutor locks,
            Clock clock,
            @Value("${pandu.alamat-publik:http://localhost:8080}") String alamat) {
        this.akun = akun;
        this.service = service;
        this.queries = queries;
        this.notifikasi = notifikasi;
        this.jdbc = jdbc;
        this.tx = tx;
        this.locks = locks;
        this.clock = clock;
        this.alamat = alamat.endsWith("/") ? alamat.substring(0, alamat.length() - 1) : alamat;
    }

    @Override
    public int urutan() {
        return 25;
    }

    @Override
    public Optional<Panel> untukPenggunaSaatIni() {
        return akun.saatIni()
                .filter(me -> PEMBACA.contains(me.peran()))
                .map(me -> queries.daftar("", true, me, PageQuery.first(5)))
                .filter(page -> page.total() > 0)
                .map(page -> new Panel(
                        "kerjasama.panel.judul", "kerjasama/panel", "panel", new Ringkas(page.total(), page.isi())));
    }

    @Scheduled(
            fixedDelayString = "${pandu.kerjasama.peringatan-jeda:PT6H}",
            initialDelayString = "${pandu.kerjasama.peringatan-awal:PT2M}")
    void terjadwal() {
        Instant now = Instant.now(clock);
        locks.executeWithLock(
                (Runnable) () -> kirim(service.hariIni()),
                new LockConfiguration(now, "kerjasama-peringatan", Duration.ofMinutes(30), Duration.ZERO));
    }

    /**
     * Queues the alert of every signed agreement ending between {@code hariIni} and the end of the
     * window that has not had one; one transaction per agreement. Returns how many were alerted.
     */
    int kirim(LocalDate hariIni) {
        List<Long> due = jdbc.sql("SELECT id FROM kerjasama WHERE status = 'DITANDATANGANI' AND peringatan IS NULL"
                        + " AND selesai >= :hari AND selesai <= :batas ORDER BY selesai")
                .param("hari", Date.valueOf(hariIni))
                .param("batas", Date.valueOf(hariIni.plusDays(service.hariPeringatan())))
                .query(Long.class)
                .list();
        int sent = 0;
        for (Long id : due) {
            if (Boolean.TRUE.equals(tx.execute(s -> satu(id, hariIni)))) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Queued expiry alerts of {} cooperation agreements", sent);
        }
        return sent;
    }

    private boolean satu(long id, LocalDate hariIni) {
        int claimed = jdbc.sql("UPDATE kerjasama SET peringatan = :n WHERE id = :id AND peringatan IS NULL")
                .param("n", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .update();
        if (claimed == 0) {
            return false;
        }
        Kerjasama.Perjanjian p = service.cari(id).orElseThrow();
        long days = java.time.temporal.ChronoUnit.DAYS.between(hariIni, p.selesai());
        String subject = "Kerja sama berakhir " + p.selesai().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ": "
                + p.judul();
        String body = "Perjanjian kerja sama \"" + p.judul() + "\" (nomor " + p.nomorPerjanjian() + ") berakhir pada "
                + p.selesai().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ", " + days + " hari lagi.\n"
                + "Musyawarahkan apakah kerja sama diperpanjang atau diakhiri.\nBuka: " + alamat
                + "/kerjasama/perjanjian/" + p.id();
        Set<String> sentTo = new LinkedHashSet<>();
        for (String desa : p.desa()) {
            for (PetugasDesa u : akun.petugasDesa(desa)) {
                if (PENERIMA.contains(u.peran())
                        && u.email() != null
                        && !u.email().isBlank()
                        && sentTo.add(u.email().strip().toLowerCase(java.util.Locale.ROOT))) {
                    notifikasi.antre(SaluranPesan.EMAIL, u.email(), subject, body, desa);
                }
            }
        }
        return true;
    }
}
