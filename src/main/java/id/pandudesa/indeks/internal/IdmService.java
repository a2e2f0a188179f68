package id.pandudesa.indeks.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.indeks.HasilIdm;
import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.platform.tugas.BackgroundJobService;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** IDM results: reading them within scope, importing official results, and the national recompute. */
@Service
public class IdmService {

    static final int MAX_ROWS = 100_000;

    private final HasilRepository results;
    private final KatalogIndeks catalogues;
    private final WilayahApi wilayah;
    private final AuditTrail audit;
    private final BackgroundJobService jobs;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate tx;
    private final Clock clock;

    private final WilayahTerlihat terlihat;

    public IdmService(
            WilayahTerlihat terlihat,
            HasilRepository results,
            KatalogIndeks catalogues,
            WilayahApi wilayah,
            AuditTrail audit,
            BackgroundJobService jobs,
            LockingTaskExecutor locks,
            TransactionTemplate tx,
            Clock clock) {
        this.terlihat = terlihat;
        this.results = results;
        this.catalogues = catalogues;
        this.wilayah = wilayah;
        this.audit = audit;
        this.jobs = jobs;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
    }

    /** A desa's result of a year, if the caller's scope covers the desa (any logged-in role reads it). */
    @Transactional(readOnly = true)
    Optional<HasilIndeks> hasil(String kodeDesa, int tahun, PenggunaSaatIni me) {
        desaTerlihat(kodeDesa, me);
        return results.cari(kodeDesa, tahun);
    }

    @Transactional(readOnly = true)
    List<HasilIndeks> riwayat(String kodeDesa, PenggunaSaatIni me) {
        desaTerlihat(kodeDesa, me);
        return results.riwayat(kodeDesa);
    }

    Wilayah desaTerlihat(String kodeDesa, PenggunaSaatIni me) {
        return terlihat.desa(kodeDesa, me, "idm.desaTidakDitemukan");
    }

    /** Every row checked first; any problem → 422 with every row's error, nothing stored. */
    @Transactional
    public int impor(TabelMasuk source, String namaBerkas, PenggunaSaatIni me) {
        return impor(source, namaBerkas, me, (done, total) -> {});
    }

    /** The import with progress (reading, then storing), for the background job of the import page. */
    @Transactional
    public int impor(TabelMasuk source, String namaBerkas, PenggunaSaatIni me, BackgroundJobService.Progres progress) {
        if (me.peran() != Peran.ADMIN) {
            throw new ForbiddenException("idm.impor.hanyaAdmin");
        }
        PenilaiKatalog katalog = catalogues.idm();
        Set<String> desa = desaCodes();
        IdmImpor.Hasil parsed = IdmImpor.baca(source, katalog, desa::contains, me.lingkup(), MAX_ROWS);
        if (!parsed.masalah().isEmpty()) {
            throw new RuleViolationException(
                    parsed.masalah(), "idm.impor.ditolak", parsed.masalah().size());
        }
        Instant now = Instant.now(clock);
        List<HasilIndeks> rows = parsed.baris().stream()
                .map(b -> new HasilIndeks(
                        b.kodeDesa(),
                        b.tahun(),
                        katalog.katalog().id(),
                        HasilIndeks.SUMBER_IMPOR,
                        b.skor(),
                        IdmCalculator.hitung(b.skor()),
                        b.resmi(),
                        null,
                        now))
                .toList();
        progress.maju(0, rows.size());
        for (int from = 0; from < rows.size(); from += 5_000) {
            results.simpanSemua(rows.subList(from, Math.min(rows.size(), from + 5_000)));
            progress.maju(Math.min(rows.size(), from + 5_000), rows.size());
        }
        audit.recordAll(rows.stream()
                .map(h -> new AuditTrail.Change(
                        AuditAction.UBAH.name(),
                        "indeks.HasilIndeks",
                        h.kodeDesa() + "/" + h.tahun(),
                        h.kodeDesa(),
                        null,
                        Map.of(
                                "sumber",
                                "IMPOR " + namaBerkas,
                                "skor",
                                h.skorTeks(),
                                "status",
                                h.hasil().status().name())))
                .toList());
        return rows.size();
    }

    /**
     * Recomputes every stored result of a year from its scores, in the background. Two nodes asked
     * at once: one takes the lock and runs, the other is told that it is already running.
     */
    long hitungUlang(int tahun, PenggunaSaatIni me) {
        if (me.peran() != Peran.ADMIN || !me.lingkup().isNasional()) {
            throw new ForbiddenException("idm.hitungUlang.hanyaAdminNasional");
        }
        if (jobs.berjalan("IDM_HITUNG_ULANG")) {
            throw new ConflictException("idm.hitungUlang.sedangBerjalan");
        }
        return jobs.jalankan("IDM_HITUNG_ULANG", "Hitung ulang IDM " + tahun, me.username(), progress -> {
            boolean[] ran = {false};
            int[] done = {0};
            locks.executeWithLock(
                    (Runnable) () -> {
                        ran[0] = true;
                        done[0] = hitungUlangSekarang(tahun, progress);
                    },
                    new LockConfiguration(
                            Instant.now(), "idm-hitung-ulang-" + tahun, Duration.ofMinutes(30), Duration.ZERO));
            if (!ran[0]) {
                throw new IllegalStateException("Hitung ulang tahun " + tahun + " sedang dijalankan node lain.");
            }
            return done[0] + " desa dihitung ulang untuk tahun " + tahun + ".";
        });
    }

    /** The recompute itself: stream the year, compute, update in batches of 5,000 (one transaction each). */
    int hitungUlangSekarang(int tahun, BackgroundJobService.Progres progress) {
        long total = tx.execute(s -> results.hitung(tahun));
        List<HasilIndeks> batch = new ArrayList<>(5_000);
        int[] done = {0};
        Instant now = Instant.now(clock);
        List<HasilIndeks> all = new ArrayList<>((int) total);
        tx.executeWithoutResult(s -> results.setiap(tahun, Lingkup.nasional(), all::add));
        for (HasilIndeks h : all) {
            HasilIdm fresh = IdmCalculator.hitung(h.skor());
            batch.add(new HasilIndeks(
                    h.kodeDesa(),
                    h.tahun(),
                    h.katalog(),
                    h.sumber(),
                    h.skor(),
                    fresh,
                    h.resmi(),
                    h.kuesionerId(),
                    now));
            if (batch.size() == 5_000) {
                List<HasilIndeks> rows = List.copyOf(batch);
                tx.executeWithoutResult(s -> results.perbarui(rows));
                done[0] += rows.size();
                batch.clear();
                progress.maju(done[0], total);
            }
        }
        if (!batch.isEmpty()) {
            List<HasilIndeks> rows = List.copyOf(batch);
            tx.executeWithoutResult(s -> results.perbarui(rows));
            done[0] += rows.size();
            progress.maju(done[0], total);
        }
        return done[0];
    }

    /** Every result of a year inside a scope, in code order (export). */
    @Transactional(readOnly = true)
    void setiap(int tahun, Lingkup scope, java.util.function.Consumer<HasilIndeks> each) {
        results.setiap(tahun, scope, each);
    }

    private Set<String> desaCodes() {
        Set<String> out = new HashSet<>(80_000);
        wilayah.setiapKodeDesa(10_000, out::addAll);
        return out;
    }
}
