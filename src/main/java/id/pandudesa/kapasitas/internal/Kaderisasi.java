package id.pandudesa.kapasitas.internal;

import id.pandudesa.pendampingan.PendampinganApi;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The kaderisasi measure (seed 003): of the facilitation work logged in a village, the share led
 * by its own cadres rather than by professional or third-party facilitators. A village is flagged
 * for the TA when that share is not rising: over the last six months, with at least four months of
 * data, the latest three months' mean is not above the three before (and below 100 %).
 */
@Service
class Kaderisasi {

    static final int JENDELA = 6;

    record Bulan(YearMonth bulan, long kader, long pendamping) {
        public Double porsi() {
            return Kaderisasi.porsi(kader, pendamping);
        }

        public Integer persen() {
            Double p = porsi();
            return p == null ? null : (int) Math.round(p * 100);
        }
    }

    record Desa(String kodeDesa, List<Bulan> seri, boolean tertandai) {
        public Bulan terakhir() {
            return seri.getLast();
        }
    }

    private final PendampinganApi pendampingan;
    private final KaderService kader;

    Kaderisasi(PendampinganApi pendampingan, KaderService kader) {
        this.pendampingan = pendampingan;
        this.kader = kader;
    }

    static Double porsi(long kader, long pendamping) {
        return kader + pendamping == 0 ? null : (double) kader / (kader + pendamping);
    }

    /** Whether the cadres' share is not rising over a six-month window (oldest first, null = no data). */
    static boolean tidakNaik(List<Double> enamBulan) {
        if (enamBulan.size() != JENDELA
                || enamBulan.stream().filter(java.util.Objects::nonNull).count() < 4) {
            return false;
        }
        Double lama = rata(enamBulan.subList(0, 3));
        Double baru = rata(enamBulan.subList(3, 6));
        return lama != null && baru != null && baru < 1.0 && baru <= lama;
    }

    private static Double rata(List<Double> xs) {
        return xs.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).average().stream()
                .boxed()
                .findFirst()
                .orElse(null);
    }

    /**
     * A desa after its MITRA assignment ended: the cadres' share over the three months up to the end
     * and over the (up to) three months after it, as percentages (null without entries).
     */
    record SetelahMitra(id.pandudesa.akun.PenugasanBerakhir penugasan, Integer persenSebelum, Integer persenSesudah) {

        /** The change in percentage points, or null when either side has no entries. */
        public Integer perubahan() {
            return persenSebelum == null || persenSesudah == null ? null : persenSesudah - persenSebelum;
        }
    }

    SetelahMitra setelahMitra(id.pandudesa.akun.PenugasanBerakhir p, YearMonth sekarang) {
        YearMonth end = YearMonth.from(p.selesai());
        YearMonth last = end.plusMonths(3).isAfter(sekarang) ? sekarang : end.plusMonths(3);
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(end.minusMonths(2), last) + 1;
        Desa d = desa(p.kodeDesa(), last, months);
        long[] before = new long[2];
        long[] after = new long[2];
        for (Bulan b : d.seri()) {
            long[] side = b.bulan().isAfter(end) ? after : before;
            side[0] += b.kader();
            side[1] += b.pendamping();
        }
        return new SetelahMitra(p, persen(before), persen(after));
    }

    private static Integer persen(long[] counts) {
        Double p = porsi(counts[0], counts[1]);
        return p == null ? null : (int) Math.round(p * 100);
    }

    /** One desa, the months up to {@code akhir} (oldest first). */
    Desa desa(String kodeDesa, YearMonth akhir, int bulan) {
        Map<String, Desa> all = wilayah(kodeDesa, akhir, bulan);
        return all.getOrDefault(kodeDesa, new Desa(kodeDesa, kosong(akhir, bulan), false));
    }

    /** Every desa under a region code with any log entry in the window. */
    Map<String, Desa> wilayah(String prefiks, YearMonth akhir, int bulan) {
        YearMonth awal = akhir.minusMonths(bulan - 1L);
        Map<String, Map<YearMonth, PendampinganApi.Pelaku>> rows = new LinkedHashMap<>();
        for (PendampinganApi.Pelaku p :
                pendampingan.pelaku(prefiks, awal.atDay(1), akhir.atEndOfMonth(), kader.akunKader(prefiks))) {
            rows.computeIfAbsent(p.kodeDesa(), k -> new HashMap<>()).put(p.bulan(), p);
        }
        Map<String, Desa> out = new LinkedHashMap<>();
        rows.forEach((desa, months) -> {
            List<Bulan> seri = new ArrayList<>();
            for (int i = 0; i < bulan; i++) {
                YearMonth m = awal.plusMonths(i);
                PendampinganApi.Pelaku p = months.get(m);
                seri.add(new Bulan(m, p == null ? 0 : p.kader(), p == null ? 0 : p.pendamping()));
            }
            List<Double> window = seri.subList(Math.max(0, seri.size() - JENDELA), seri.size()).stream()
                    .map(Bulan::porsi)
                    .toList();
            out.put(desa, new Desa(desa, seri, tidakNaik(window)));
        });
        return out;
    }

    private static List<Bulan> kosong(YearMonth akhir, int bulan) {
        List<Bulan> seri = new ArrayList<>();
        for (int i = bulan - 1; i >= 0; i--) {
            seri.add(new Bulan(akhir.minusMonths(i), 0, 0));
        }
        return seri;
    }
}
