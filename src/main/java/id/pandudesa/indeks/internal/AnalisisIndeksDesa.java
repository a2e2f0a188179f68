package id.pandudesa.indeks.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a village's Indeks Desa asks of whom: its items below the top score grouped by who acts
 * first (the desa itself, else the kabupaten, the province, the centre), and the cheapest path to
 * the next status counting only items the desa can move itself — the fewest items, each raised to
 * 5, largest gain first (optimal for "fewest"), checked by recomputing.
 */
final class AnalisisIndeksDesa {

    /** Who acts, from the nearest to the village. */
    static final List<String> PELAKSANA = List.of("desa", "kabupaten", "provinsi", "pusat", "lainnya");

    private AnalisisIndeksDesa() {}

    /** An item of the village below its best score, with what the table recommends at its score. */
    record Butir(KatalogIndeksDesa.Butir butir, int skor, String rekomendasi) {

        int tambahan() {
            return butir.skorSah().getLast() - skor;
        }
    }

    /**
     * The path: the items chosen, the status and score reached, and whether the village can reach
     * the next status on its own at all.
     */
    record Jalur(List<Butir> butir, String statusSekarang, String statusBaru, BigDecimal skorBaru, boolean tercapai) {}

    static Map<String, List<Butir>> perPelaksana(int[] skor, KatalogIndeksDesa k) {
        Map<String, List<Butir>> out = new LinkedHashMap<>();
        PELAKSANA.forEach(p -> out.put(p, new ArrayList<>()));
        for (Butir b : dibawahLima(skor, k)) {
            String who = PELAKSANA.stream()
                    .filter(p -> b.butir().pelaksana().containsKey(p))
                    .findFirst()
                    .orElse("lainnya");
            out.get(who).add(b);
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    static Jalur jalurTercepat(int[] skor, IndeksDesaCalculator calc) {
        KatalogIndeksDesa k = calc.katalog();
        HasilIndeksDesa now = calc.hitung(skor);
        List<KatalogIndeksDesa.Status> status = k.status();
        int rank = peringkat(now.status(), status);
        if (rank == 0) {
            return new Jalur(List.of(), now.status(), now.status(), now.skor(), true);
        }
        List<Butir> candidates = new ArrayList<>(dibawahLima(skor, k).stream()
                .filter(b -> b.butir().pelaksana().containsKey("desa"))
                .toList());
        candidates.sort(Comparator.comparingInt(Butir::tambahan)
                .reversed()
                .thenComparingInt(b -> b.butir().no()));
        int[] raised = skor.clone();
        List<Butir> chosen = new ArrayList<>();
        HasilIndeksDesa after = now;
        for (Butir b : candidates) {
            raised[b.butir().no() - 1] = b.butir().skorSah().getLast();
            chosen.add(b);
            after = calc.hitung(raised);
            if (peringkat(after.status(), status) < rank) {
                return new Jalur(List.copyOf(chosen), now.status(), after.status(), after.skor(), true);
            }
        }
        return new Jalur(List.copyOf(chosen), now.status(), after.status(), after.skor(), false);
    }

    /** 0 for the highest status. */
    private static int peringkat(String kode, List<KatalogIndeksDesa.Status> status) {
        for (int i = 0; i < status.size(); i++) {
            if (status.get(i).kode().equals(kode)) {
                return i;
            }
        }
        throw new IllegalArgumentException(kode);
    }

    private static List<Butir> dibawahLima(int[] skor, KatalogIndeksDesa k) {
        List<Butir> out = new ArrayList<>();
        for (int i = 0; i < skor.length; i++) {
            KatalogIndeksDesa.Butir b = k.butir().get(i);
            if (skor[i] < b.skorSah().getLast()) {
                out.add(new Butir(b, skor[i], b.rekomendasiUntuk(skor[i]).orElse("")));
            }
        }
        return out;
    }
}
