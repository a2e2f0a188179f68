package id.pandudesa.indeks.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.platform.tugas.BackgroundJobService;
import id.pandudesa.wilayah.WilayahApi;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Indeks Desa of the villages: computed from a file without storing anything, imported from the
 * ministry's published results (all or nothing, a desa-year replacing its earlier result), and read
 * back per desa and year inside the caller's scope.
 */
@Service
public class IndeksDesaService {

    static final int MAX_ROWS = 100_000;
    static final String SUMBER_IMPOR = "IMPOR";
    static final String SUMBER_KUESIONER = "KUESIONER";
    static final Set<Peran> PENGIMPOR = EnumSet.of(Peran.ADMIN, Peran.TA, Peran.PD);

    /** A row of the file (or of the generator) with its result. */
    public record Dihitung(BacaIndeksDesa.Baris baris, HasilIndeksDesa hasil) {}

    /** A stored result. */
    record Tersimpan(
            String kodeDesa,
            int tahun,
            BigDecimal skor,
            String status,
            Map<String, BigDecimal> dimensi,
            int[] butir,
            String sumber) {}

    private final KatalogIndeks catalogues;
    private final PenyimpananSkor store;
    private final WilayahApi wilayah;
    private final WilayahTerlihat terlihat;
    private final AuditTrail audit;
    private final Clock clock;
    private final BackgroundJobService jobs;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate tx;

    IndeksDesaService(
            KatalogIndeks catalogues,
            PenyimpananSkor store,
            WilayahApi wilayah,
            WilayahTerlihat terlihat,
            AuditTrail audit,
            Clock clock,
            BackgroundJobService jobs,
            LockingTaskExecutor locks,
            TransactionTemplate tx) {
        this.catalogues = catalogues;
        this.store = store;
        this.wilayah = wilayah;
        this.terlihat = terlihat;
        this.audit = audit;
        this.clock = clock;
        this.jobs = jobs;
        this.locks = locks;
        this.tx = tx;
    }

    IndeksDesaCalculator kalkulator() {
        return catalogues.indeksDesa();
    }

    /** Every row computed, in the file's order; any problem → 422 with every problem, nothing returned. */
    List<Dihitung> hitung(TabelMasuk source, Integer tahun) {
        return hitung(kalkulator(), source, tahun, code -> true, null);
    }

    private List<Dihitung> hitung(
            IndeksDesaCalculator calc,
            TabelMasuk source,
            Integer tahun,
            java.util.function.Predicate<String> desaAda,
            Lingkup lingkup) {
        BacaIndeksDesa.Hasil parsed = BacaIndeksDesa.baca(source, calc.katalog(), tahun, desaAda, lingkup, MAX_ROWS);
        if (!parsed.masalah().isEmpty()) {
            throw new RuleViolationException(
                    parsed.masalah(), "indeksDesa.ditolak", parsed.masalah().size());
        }
        List<Dihitung> out = new ArrayList<>(parsed.baris().size());
        for (BacaIndeksDesa.Baris b : parsed.baris()) {
            out.add(new Dihitung(b, calc.hitung(b.skor())));
        }
        return out;
    }

    /**
     * Imports the ministry's results: ADMIN, TA or PD, every desa inside the importer's scope; the
     * whole file is checked first and any problem stores nothing; a desa-year replaces the earlier
     * result of that desa and year.
     */
    @Transactional
    public int impor(TabelMasuk source, Integer tahun, PenggunaSaatIni me) {
        return impor(source, tahun, me, (done, total) -> {});
    }

    /** The import with progress (after the whole file is checked, the rows stored), for the import page's job. */
    @Transactional
    public int impor(TabelMasuk source, Integer tahun, PenggunaSaatIni me, BackgroundJobService.Progres progress) {
        return impor(kalkulator(), source, tahun, me, progress);
    }

    /** As {@link #impor(TabelMasuk, Integer, PenggunaSaatIni, BackgroundJobService.Progres)} for any score index. */
    @Transactional
    public int impor(
            IndeksDesaCalculator calc,
            TabelMasuk source,
            Integer tahun,
            PenggunaSaatIni me,
            BackgroundJobService.Progres progress) {
        if (!PENGIMPOR.contains(me.peran())) {
            throw new ForbiddenException("indeksDesa.impor.bukanPengimpor");
        }
        Set<String> desa = new HashSet<>(90_000);
        wilayah.setiapKodeDesa(10_000, desa::addAll);
        List<Dihitung> rows = hitung(calc, source, tahun, desa::contains, me.lingkup());
        store.simpan(calc.katalog(), rows, SUMBER_IMPOR, progress);
        String type = jenisAudit(calc);
        audit.recordAll(rows.stream()
                .map(d -> new AuditTrail.Change(
                        AuditAction.UBAH.name(),
                        type,
                        d.baris().kodeDesa() + "/" + d.baris().tahun(),
                        d.baris().kodeDesa(),
                        null,
                        Map.of(
                                "sumber",
                                SUMBER_IMPOR,
                                "skor",
                                d.hasil().skor(),
                                "status",
                                d.hasil().status())))
                .toList());
        return rows.size();
    }

    /** The audit trail's record type of an index's results ({@code indeks.IndeksDesa} for the Indeks Desa). */
    private static String jenisAudit(IndeksDesaCalculator calc) {
        return KatalogIndeks.INDEKS_DESA.equals(calc.katalog().kode())
                ? "indeks.IndeksDesa"
                : "indeks.Skor." + calc.katalog().kode();
    }

    /**
     * Stores computed Indeks Desa rows, each replacing its desa-year, in batches of 5,000 with
     * progress after each; the caller's transaction makes it all or nothing. The import and the load
     * generator store through here; the import also audits.
     */
    public void simpan(List<Dihitung> rows, String sumber, BackgroundJobService.Progres progress) {
        store.simpan(kalkulator().katalog(), rows, sumber, progress);
    }

    /**
     * An approved questionnaire's scores become the desa's result of its year (replacing an
     * imported or earlier one), audited with the questionnaire's version; inside the approval's
     * transaction.
     */
    void simpanDariKuesioner(String kodeDesa, int tahun, int[] skor, long kuesionerId, int nomor) {
        IndeksDesaCalculator calc = kalkulator();
        HasilIndeksDesa h = calc.hitung(skor);
        store.simpan(
                calc.katalog(),
                List.of(new Dihitung(new BacaIndeksDesa.Baris(0, kodeDesa, tahun, skor), h)),
                SUMBER_KUESIONER,
                (done, total) -> {});
        store.tautkanKuesioner(calc.katalog(), kodeDesa, tahun, kuesionerId);
        audit.record(
                AuditAction.UBAH,
                jenisAudit(calc),
                kodeDesa + "/" + tahun,
                kodeDesa,
                null,
                Map.of("sumber", SUMBER_KUESIONER + " versi " + nomor, "skor", h.skor(), "status", h.status()));
    }

    /** A desa's result of a year, when the caller's scope covers the desa. */
    @Transactional(readOnly = true)
    Optional<Tersimpan> hasil(String kodeDesa, int tahun, PenggunaSaatIni me) {
        String code =
                terlihat.desa(kodeDesa, me, "indeksDesa.desaTidakDitemukan").kode();
        return baca("kode_desa = :d AND tahun = :t", Map.of("d", code, "t", tahun)).stream()
                .findFirst();
    }

    /** A desa's results over the years, oldest first, when the caller's scope covers the desa. */
    @Transactional(readOnly = true)
    List<Tersimpan> riwayat(String kodeDesa, PenggunaSaatIni me) {
        return riwayat(kalkulator(), kodeDesa, me);
    }

    /** As {@link #riwayat(String, PenggunaSaatIni)} of any score index. */
    @Transactional(readOnly = true)
    List<Tersimpan> riwayat(IndeksDesaCalculator calc, String kodeDesa, PenggunaSaatIni me) {
        String code =
                terlihat.desa(kodeDesa, me, "indeksDesa.desaTidakDitemukan").kode();
        return store.baca(calc.katalog(), "kode_desa = :d ORDER BY tahun", Map.of("d", code));
    }

    /** A desa's results over the years without a scope check: public figures for the village board. */
    @Transactional(readOnly = true)
    List<Tersimpan> riwayatDesa(String kodeDesa) {
        return baca("kode_desa = :d ORDER BY tahun", Map.of("d", kodeDesa));
    }

    /** A desa's result of a year of a score index without a scope check: for facts another module cites. */
    @Transactional(readOnly = true)
    Optional<Tersimpan> hasilDesa(IndeksDesaCalculator calc, String kodeDesa, int tahun) {
        return store.baca(calc.katalog(), "kode_desa = :d AND tahun = :t", Map.of("d", kodeDesa, "t", tahun)).stream()
                .findFirst();
    }

    private List<Tersimpan> baca(String where, Map<String, Object> params) {
        return store.baca(kalkulator().katalog(), where, params);
    }

    /** Every result of a data year inside a scope, in code order (the export). */
    @Transactional(readOnly = true)
    void setiap(int tahun, Lingkup scope, java.util.function.Consumer<Tersimpan> each) {
        Lingkup.SqlFilter f = scope.sql("kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("t", tahun);
        baca("tahun = :t AND " + f.sql() + " ORDER BY kode_desa", params).forEach(each);
    }

    /**
     * Recomputes every stored result of a data year from its item scores, in the background (a
     * corrected cut-off in the catalogue reaches every desa). ADMIN with the national scope; two
     * nodes asked at once: one takes the lock and runs, the other is told it is already running.
     */
    long hitungUlang(int tahun, PenggunaSaatIni me) {
        if (me.peran() != Peran.ADMIN || !me.lingkup().isNasional()) {
            throw new ForbiddenException("idm.hitungUlang.hanyaAdminNasional");
        }
        if (jobs.berjalan("INDEKS_DESA_HITUNG_ULANG")) {
            throw new ConflictException("idm.hitungUlang.sedangBerjalan");
        }
        return jobs.jalankan(
                "INDEKS_DESA_HITUNG_ULANG", "Hitung ulang Indeks Desa " + tahun, me.username(), progress -> {
                    boolean[] ran = {false};
                    int[] done = {0};
                    locks.executeWithLock(
                            (Runnable) () -> {
                                ran[0] = true;
                                done[0] = hitungUlangSekarang(tahun, progress);
                            },
                            new LockConfiguration(
                                    Instant.now(),
                                    "indeks-desa-hitung-ulang-" + tahun,
                                    java.time.Duration.ofMinutes(30),
                                    java.time.Duration.ZERO));
                    if (!ran[0]) {
                        throw new IllegalStateException(
                                "Hitung ulang tahun " + tahun + " sedang dijalankan node lain.");
                    }
                    return done[0] + " desa dihitung ulang untuk tahun " + tahun + ".";
                });
    }

    /** The recompute itself: read the year's item scores, compute, update in batches of 5,000 (one transaction each). */
    int hitungUlangSekarang(int tahun, BackgroundJobService.Progres progress) {
        IndeksDesaCalculator calc = kalkulator();
        List<String[]> all = tx.execute(st -> store.butirTahun(calc.katalog(), tahun));
        int done = 0;
        progress.maju(0, all.size());
        for (int from = 0; from < all.size(); from += 5_000) {
            List<Map.Entry<String, HasilIndeksDesa>> batch = new ArrayList<>();
            for (String[] row : all.subList(from, Math.min(all.size(), from + 5_000))) {
                batch.add(Map.entry(row[0], calc.hitung(PenyimpananSkor.bacaButir(row[1]))));
            }
            tx.executeWithoutResult(st -> store.perbarui(calc.katalog(), tahun, batch));
            done += batch.size();
            progress.maju(done, all.size());
        }
        return done;
    }
}
