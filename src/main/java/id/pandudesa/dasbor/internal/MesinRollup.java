package id.pandudesa.dasbor.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.replika.Replika;
import id.pandudesa.wilayah.Tingkat;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one rollup engine of every dashboard. It asks each module's {@link SumberDasbor} for the
 * year's figures of the villages under a region, summed in the database per child region, and
 * adds the children up for the region itself, so that every level is the sum of the level below
 * and every figure is the module's own records. Nothing is cached: a figure is as fresh as the
 * module's tables.
 */
@Service
class MesinRollup {

    /** One module's figures for one region: sums, figures computed from them, and facts beside them. */
    record Blok(
            String kunci, Map<String, Long> angka, Map<String, BigDecimal> turunan, Map<String, Object> keterangan) {

        public long nilai(String ukuran) {
            return angka.getOrDefault(ukuran, 0L);
        }

        /** A figure or a computed one, as a number for charts and the map; null when it has no value. */
        public Double angkaAtauTurunan(String ukuran) {
            if (angka.containsKey(ukuran)) {
                return angka.get(ukuran).doubleValue();
            }
            BigDecimal t = turunan.get(ukuran);
            return t == null ? null : t.doubleValue();
        }
    }

    /** A region's row: its figures per module, and where the map puts it (null when nothing located it). */
    record Baris(String kode, String nama, long jumlahDesa, Map<String, Blok> blok, Double lintang, Double bujur) {

        public Blok blok(String kunci) {
            return blok.get(kunci);
        }
    }

    /**
     * A dashboard: the region ({@code kode} "" for the country or a user's whole scope), its total, and
     * one row per child region (none for a desa).
     */
    record Rekap(String kode, String tingkat, String nama, int tahun, Baris total, List<Baris> anak) {}

    private final List<SumberDasbor> sumber;
    private final WilayahApi wilayah;
    private final Clock clock;
    private final ExecutorService pool;

    MesinRollup(
            List<SumberDasbor> sumber,
            WilayahApi wilayah,
            Clock clock,
            @Value("${pandu.dasbor.paralel:4}") int parallel) {
        this.sumber = sumber.stream()
                .sorted(Comparator.comparingInt(SumberDasbor::urutan))
                .toList();
        this.wilayah = wilayah;
        this.clock = clock;
        // Bounded: however many dashboards are open, at most this many module queries hold a
        // connection at once (the pool has more, for everything else).
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "dasbor-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    private static <T> T tunggu(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    List<SumberDasbor> sumber() {
        return sumber;
    }

    LocalDate hariIni() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }

    /** The dashboard of one region (any level) or, with {@code null}, of the whole country. */
    Rekap wilayah(Wilayah w, int tahun) {
        if (w == null) {
            List<Wilayah> provinces = anak(null);
            return rekap("", "NASIONAL", null, tahun, Lingkup.nasional(), 2, provinces);
        }
        Tingkat child = w.tingkat().anak();
        if (child == null) {
            return rekap(w.kode(), w.tingkat().name(), w.nama(), tahun, Lingkup.of(List.of(w.kode())), 10, List.of());
        }
        return rekap(
                w.kode(),
                w.tingkat().name(),
                w.nama(),
                tahun,
                Lingkup.of(List.of(w.kode())),
                child.panjangKode(),
                anak(w.kode()));
    }

    /**
     * The dashboard of a scope of several regions (a PLD's villages, a mitra's): one row per region of
     * the scope, and their sum.
     */
    Rekap lingkup(Lingkup scope, int tahun) {
        Map<Integer, List<String>> byLength = scope.prefiks().stream()
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        List<Baris> rows = new ArrayList<>();
        for (var e : byLength.entrySet()) {
            List<Wilayah> regions = List.copyOf(wilayah.semua(e.getValue()).values());
            rows.addAll(rekap("", "LINGKUP", null, tahun, Lingkup.of(e.getValue()), e.getKey(), regions)
                    .anak());
        }
        rows.sort(Comparator.comparing(Baris::kode));
        Map<String, Map<String, Object>> facts = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            rows.getFirst().blok().forEach((k, b) -> facts.put(k, b.keterangan()));
        }
        return new Rekap("", "LINGKUP", null, tahun, jumlahkan("", null, rows, facts), rows);
    }

    private Rekap rekap(
            String kode, String tingkat, String nama, int tahun, Lingkup scope, int panjang, List<Wilayah> children) {
        PermintaanDasbor q = new PermintaanDasbor(scope, panjang, tahun, hariIni());
        // Every module's grouped queries at once on the bounded dashboard pool, each module's in
        // one task; plain reads in autocommit (no transaction to open, mark read-only and close per
        // module), so a dashboard waits for its slowest module, not for the sum of all.
        record Hasil(Map<String, Map<String, Long>> angka, Map<String, Object> keterangan) {}
        Map<String, Future<Hasil>> running = new LinkedHashMap<>();
        for (SumberDasbor s : sumber) {
            running.put(s.kunci(), pool.submit(Replika.ikut(() -> new Hasil(s.hitung(q), s.keterangan(q)))));
        }
        Map<String, Long> villages = wilayah.jumlahDesa(scope.prefiks(), panjang);
        Map<String, Map<String, Map<String, Long>>> bySource = new LinkedHashMap<>();
        Map<String, Map<String, Object>> facts = new LinkedHashMap<>();
        for (SumberDasbor s : sumber) {
            Hasil h = tunggu(running.get(s.kunci()));
            bySource.put(s.kunci(), h.angka());
            facts.put(s.kunci(), h.keterangan());
        }
        List<Baris> rows = new ArrayList<>();
        if (children.isEmpty()) {
            // A desa: its one group is the total.
            Baris only = baris(kode, nama, villages.getOrDefault(kode, 0L), bySource, facts, kode);
            return new Rekap(kode, tingkat, nama, tahun, only, List.of());
        }
        for (Wilayah c : children) {
            rows.add(baris(c.kode(), c.nama(), villages.getOrDefault(c.kode(), 0L), bySource, facts, c.kode()));
        }
        // The facts (e.g. the IDM year) are the region's, as the sources gave them for the request.
        return new Rekap(kode, tingkat, nama, tahun, jumlahkan(kode, nama, rows, facts), rows);
    }

    private Baris baris(
            String kode,
            String nama,
            long villages,
            Map<String, Map<String, Map<String, Long>>> bySource,
            Map<String, Map<String, Object>> facts,
            String group) {
        Map<String, Blok> blocks = new LinkedHashMap<>();
        for (SumberDasbor s : sumber) {
            Map<String, Long> figures = new LinkedHashMap<>();
            s.ukuran().forEach(u -> figures.put(u, 0L));
            figures.putAll(bySource.get(s.kunci()).getOrDefault(group, Map.of()));
            blocks.put(s.kunci(), blok(s, figures, facts.get(s.kunci())));
        }
        return located(kode, nama, villages, blocks);
    }

    private Baris jumlahkan(String kode, String nama, List<Baris> rows, Map<String, Map<String, Object>> facts) {
        Map<String, Blok> blocks = new LinkedHashMap<>();
        for (SumberDasbor s : sumber) {
            Map<String, Long> figures = new LinkedHashMap<>();
            s.ukuran().forEach(u -> figures.put(u, 0L));
            for (Baris r : rows) {
                r.blok(s.kunci()).angka().forEach((k, v) -> figures.merge(k, v, Math::addExact));
            }
            blocks.put(s.kunci(), blok(s, figures, facts.get(s.kunci())));
        }
        long villages = rows.stream().mapToLong(Baris::jumlahDesa).sum();
        return located(kode, nama, villages, blocks);
    }

    private static Blok blok(SumberDasbor s, Map<String, Long> figures, Map<String, Object> facts) {
        Map<String, BigDecimal> computed = new LinkedHashMap<>();
        for (SumberDasbor.Turunan t : s.turunan()) {
            long below = figures.getOrDefault(t.penyebut(), 0L);
            computed.put(
                    t.kunci(),
                    below == 0
                            ? null
                            : BigDecimal.valueOf(figures.getOrDefault(t.pembilang(), 0L) * t.skala() / below)
                                    .setScale(t.desimal(), RoundingMode.HALF_UP));
        }
        return new Blok(s.kunci(), figures, computed, facts == null ? Map.of() : facts);
    }

    /** The mean position of the region's located facilitation entries, if any. */
    private static Baris located(String kode, String nama, long villages, Map<String, Blok> blocks) {
        Blok log = blocks.get("pendampingan");
        Double lat = null;
        Double lon = null;
        if (log != null && log.nilai("_titik") > 0) {
            lat = log.nilai("_lintang") / 1e6 / log.nilai("_titik");
            lon = log.nilai("_bujur") / 1e6 / log.nilai("_titik");
        }
        return new Baris(kode, nama, villages, blocks, lat, lon);
    }

    private List<Wilayah> anak(String kode) {
        List<Wilayah> all = new ArrayList<>();
        int page = 0;
        while (true) {
            var batch = wilayah.anak(kode, new PageQuery(page, 500));
            all.addAll(batch.isi());
            if (batch.isi().size() < 500) {
                return all;
            }
            page++;
        }
    }
}
