package id.pandudesa.pelaksanaan.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How the year's Dana Desa reaches the village: in stages whose shares are configuration
 * ({@code pandu.pelaksanaan.tahap-dana-desa}, 40/40/20 under PMK 69/2021 for most villages).
 * Each stage's planned amount is its share of the APBDes's Dana Desa in whole rupiah; the last
 * stage takes what rounding left, so the stages always add up to the total.
 */
final class TahapDanaDesa {

    private TahapDanaDesa() {}

    static List<Long> rencana(long pagu, List<Integer> persen) {
        List<Long> out = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < persen.size(); i++) {
            long amount = i == persen.size() - 1 ? pagu - given : pagu * persen.get(i) / 100;
            out.add(amount);
            given += amount;
        }
        return out;
    }

    /** The configured shares must be positive and add up to 100. */
    static List<Integer> periksa(List<Integer> persen) {
        if (persen == null
                || persen.isEmpty()
                || persen.stream().anyMatch(p -> p == null || p <= 0)
                || persen.stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new IllegalStateException(
                    "pandu.pelaksanaan.tahap-dana-desa must be positive shares adding up to 100, got " + persen);
        }
        return List.copyOf(persen);
    }
}
