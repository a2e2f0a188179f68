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
import java.sql.Timestamp;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final WilayahApi wilayah;
    private final WilayahTerlihat terlihat;
    private final AuditTrail audit;
    private final Clock clock;
    private final BackgroundJobService jobs;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate tx;

    IndeksDesaService(
            KatalogIndeks catalogues,
            JdbcClient jdbc,
            JdbcTemplate template,
            WilayahApi wilayah,
            WilayahTerlihat terlihat,
            AuditTrail audit,
            Clock clock,
            BackgroundJobService jobs,
            LockingTaskExecutor locks,
            TransactionTemplate tx) {
        this.catalogues = catalogues;
        this.jdbc = jdbc;
        this.template = template;
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
        return hitung(source, tahun, code -> true, null);
    }

    private List<Dihitung> hitung(
            TabelMasuk source, Integer tahun, java.util.function.Predicate<String> desaAda, Lingkup lingkup) {
        IndeksDesaCalculator calc = kalkulator();
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
        if (!PENGIMPOR.contains(me.peran())) {
            throw new ForbiddenException("indeksDesa.impor.bukanPengimpor");
        }
        Set<String> desa = new HashSet<>(90_000);
        wilayah.setiapKodeDesa(10_000, desa::addAll);
        List<Dihitung> rows = hitung(source, tahun, desa::contains, me.lingkup());
        simpan(rows, SUMBER_IMPOR, progress);
        audit.recordAll(rows.stream()
                .map(d -> new AuditTrail.Change(
                        AuditAction.UBAH.name(),
                        "indeks.IndeksDesa",
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

    /**
     * Stores computed rows, each replacing its desa-year, in batches of 5,000 with progress after
     * each; the caller's transaction makes it all or nothing. The import and the load generator
     * store through here; the import also audits.
     */
    public void simpan(List<Dihitung> rows, String sumber, BackgroundJobService.Progres progress) {
        Instant now = Instant.now(clock);
        KatalogIndeksDesa k = kalkulator().katalog();
        List<Object[]> keys = new ArrayList<>(rows.size());
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Dihitung d : rows) {
            HasilIndeksDesa h = d.hasil();
            keys.add(new Object[] {d.baris().kodeDesa(), d.baris().tahun()});
            List<Object> v = new ArrayList<>(List.of(
                    d.baris().kodeDesa(),
                    d.baris().tahun(),
                    k.kode() + "-" + k.versi(),
                    sumber,
                    tulis(d.baris().skor()),
                    h.total(),
                    h.skor(),
                    h.status()));
            v.addAll(h.dimensi().values());
            v.add(Timestamp.from(now));
            values.add(v.toArray());
        }
        progress.maju(0, rows.size());
        List<String> dimensionColumns =
                k.dimensi().stream().map(KatalogIndeksDesa.Dimensi::kolom).toList();
        String insert = "INSERT INTO indeks_desa_hasil (kode_desa, tahun, katalog, sumber, butir, total, skor, status, "
                + String.join(", ", dimensionColumns) + ", dihitung) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ".repeat(dimensionColumns.size()) + "?)";
        for (int from = 0; from < rows.size(); from += 5_000) {
            int to = Math.min(rows.size(), from + 5_000);
            template.batchUpdate(
                    "DELETE FROM indeks_desa_hasil WHERE kode_desa = ? AND tahun = ?", keys.subList(from, to));
            template.batchUpdate(insert, values.subList(from, to));
            progress.maju(to, rows.size());
        }
    }

    /**
     * An approved questionnaire's scores become the desa's result of its year (replacing an
     * imported or earlier one), audited with the questionnaire's version; inside the approval's
     * transaction.
     */
    void simpanDariKuesioner(String kodeDesa, int tahun, int[] skor, long kuesionerId, int nomor) {
        HasilIndeksDesa h = kalkulator().hitung(skor);
        simpan(
                List.of(new Dihitung(new BacaIndeksDesa.Baris(0, kodeDesa, tahun, skor), h)),
                SUMBER_KUESIONER,
                (done, total) -> {});
        jdbc.sql("UPDATE indeks_desa_hasil SET kuesioner_id = :q WHERE kode_desa = :d AND tahun = :t")
                .param("q", kuesionerId)
                .param("d", kodeDesa)
                .param("t", tahun)
                .update();
        audit.record(
                AuditAction.UBAH,
                "indeks.IndeksDesa",
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
        return baca("WHERE kode_desa = :d AND tahun = :t", Map.of("d", code, "t", tahun)).stream()
                .findFirst();
    }

    /** A desa's results over the years, oldest first, when the caller's scope covers the desa. */
    @Transactional(readOnly = true)
    List<Tersimpan> riwayat(String kodeDesa, PenggunaSaatIni me) {
        String code =
                terlihat.desa(kodeDesa, me, "indeksDesa.desaTidakDitemukan").kode();
        return baca("WHERE kode_desa = :d ORDER BY tahun", Map.of("d", code));
    }

    /** A desa's results over the years without a scope check: public figures for the village board. */
    @Transactional(readOnly = true)
    List<Tersimpan> riwayatDesa(String kodeDesa) {
        return baca("WHERE kode_desa = :d ORDER BY tahun", Map.of("d", kodeDesa));
    }

    /** A desa's result of a year without a scope check: for facts another module cites. */
    @Transactional(readOnly = true)
    Optional<Tersimpan> hasilDesa(String kodeDesa, int tahun) {
        return baca("WHERE kode_desa = :d AND tahun = :t", Map.of("d", kodeDesa, "t", tahun)).stream()
                .findFirst();
    }

    private List<Tersimpan> baca(String where, Map<String, Object> params) {
        KatalogIndeksDesa k = kalkulator().katalog();
        return jdbc.sql("SELECT * FROM indeks_desa_hasil " + where)
                .params(params)
                .query((rs, n) -> {
                    Map<String, BigDecimal> dims = new LinkedHashMap<>();
                    for (KatalogIndeksDesa.Dimensi d : k.dimensi()) {
                        dims.put(d.kode(), rs.getBigDecimal(d.kolom()));
                    }
                    return new Tersimpan(
                            rs.getString("kode_desa"),
                            rs.getInt("tahun"),
                            rs.getBigDecimal("skor"),
                            rs.getString("status"),
                            dims,
                            baca(rs.getString("butir")),
                            rs.getString("sumber"));
                })
                .list();
    }

    /** Every result of a data year inside a scope, in code order (the export). */
    @Transactional(readOnly = true)
    void setiap(int tahun, Lingkup scope, java.util.function.Consumer<Tersimpan> each) {
        Lingkup.SqlFilter f = scope.sql("kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("t", tahun);
        baca("WHERE tahun = :t AND " + f.sql() + " ORDER BY kode_desa", params).forEach(each);
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
        List<String[]> all = tx.execute(st -> jdbc.sql(
                        "SELECT kode_desa, butir FROM indeks_desa_hasil WHERE tahun = :t ORDER BY kode_desa")
                .param("t", tahun)
                .query((rs, n) -> new String[] {rs.getString("kode_desa"), rs.getString("butir")})
                .list());
        List<String> dimensionColumns = kalkulator().katalog().dimensi().stream()
                .map(KatalogIndeksDesa.Dimensi::kolom)
                .toList();
        StringBuilder update = new StringBuilder("UPDATE indeks_desa_hasil SET total = ?, skor = ?, status = ?");
        dimensionColumns.forEach(c -> update.append(", ").append(c).append(" = ?"));
        update.append(", dihitung = ? WHERE kode_desa = ? AND tahun = ?");
        Timestamp now = Timestamp.from(Instant.now(clock));
        int done = 0;
        progress.maju(0, all.size());
        for (int from = 0; from < all.size(); from += 5_000) {
            List<Object[]> batch = new ArrayList<>();
            for (String[] row : all.subList(from, Math.min(all.size(), from + 5_000))) {
                HasilIndeksDesa h = kalkulator().hitung(baca(row[1]));
                List<Object> v = new ArrayList<>(List.of(h.total(), h.skor(), h.status()));
                v.addAll(h.dimensi().values());
                v.addAll(List.of(now, row[0], tahun));
                batch.add(v.toArray());
            }
            tx.executeWithoutResult(st -> template.batchUpdate(update.toString(), batch));
            done += batch.size();
            progress.maju(done, all.size());
        }
        return done;
    }

    /** Item scores as stored: one digit per item. */
    static String tulis(int[] skor) {
        StringBuilder s = new StringBuilder(skor.length);
        for (int v : skor) {
            s.append((char) ('0' + v));
        }
        return s.toString();
    }

    static int[] baca(String stored) {
        int[] out = new int[stored.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = stored.charAt(i) - '0';
        }
        return out;
    }
}
