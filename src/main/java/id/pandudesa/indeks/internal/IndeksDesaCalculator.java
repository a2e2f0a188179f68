package id.pandudesa.indeks.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Indeks Desa of one desa from its item scores, exactly as the catalogue defines it: the score
 * is Σ of the item scores ÷ the catalogue's divisor × its scale, each dimension its own Σ ÷ its own
 * maximum (the maximum score × its item count) × the scale, all rounded half-up to the catalogue's
 * decimals; the status is the first, from the top, whose minimum the rounded score reaches. Exact
 * decimal arithmetic: no binary fraction can put a village on the wrong side of a cut-off.
 */
public final class IndeksDesaCalculator {

    private final KatalogIndeksDesa katalog;
    private final int[] dimensiButir;
    private final int[] jumlahPerDimensi;

    public IndeksDesaCalculator(KatalogIndeksDesa katalog) {
        this.katalog = katalog;
        this.dimensiButir = katalog.butir().stream()
                .mapToInt(b -> katalog.posisiDimensi(b.dimensi()))
                .toArray();
        this.jumlahPerDimensi = katalog.jumlahButirPerDimensi();
    }

    public KatalogIndeksDesa katalog() {
        return katalog;
    }

    /**
     * @param skor one score per item in the catalogue's order; each must be one the item allows
     * @throws IllegalArgumentException on a wrong count or a score the item does not allow
     */
    public HasilIndeksDesa hitung(int[] skor) {
        if (skor.length != dimensiButir.length) {
            throw new IllegalArgumentException(
                    "Indeks Desa needs " + dimensiButir.length + " scores, got " + skor.length);
        }
        int total = 0;
        int[] perDimensi = new int[jumlahPerDimensi.length];
        for (int i = 0; i < skor.length; i++) {
            if (!katalog.butir().get(i).sah(skor[i])) {
                throw new IllegalArgumentException("item " + (i + 1) + " cannot score " + skor[i]);
            }
            total += skor[i];
            perDimensi[dimensiButir[i]] += skor[i];
        }
        BigDecimal nilai = persen(total, katalog.pembagi());
        Map<String, BigDecimal> dimensi = new LinkedHashMap<>();
        for (int d = 0; d < perDimensi.length; d++) {
            dimensi.put(
                    katalog.dimensi().get(d).kode(), persen(perDimensi[d], katalog.skorMaks() * jumlahPerDimensi[d]));
        }
        return new HasilIndeksDesa(total, nilai, status(nilai), dimensi);
    }

    /** The status a (rounded) score falls in. */
    public String status(BigDecimal nilai) {
        for (KatalogIndeksDesa.Status s : katalog.status()) {
            if (nilai.compareTo(s.skorMinimal()) >= 0) {
                return s.kode();
            }
        }
        return katalog.status().getLast().kode();
    }

    private BigDecimal persen(int sum, int max) {
        return BigDecimal.valueOf(sum)
                .multiply(BigDecimal.valueOf(katalog.skala()))
                .divide(BigDecimal.valueOf(max), katalog.desimal(), RoundingMode.HALF_UP);
    }
}
