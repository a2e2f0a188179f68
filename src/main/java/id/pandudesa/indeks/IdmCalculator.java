package id.pandudesa.indeks;

/**
 * The IDM of Permendesa PDTT 2/2016 from the 50 indicator scores (0–5): IKS = ΣIKS/175 (35
 * indicators), IKE = ΣIKE/60 (12), IKL = ΣIKL/15 (3), IDM = (IKS + IKE + IKL)/3.
 *
 * <p>The status is decided in exact integer arithmetic: with N = 12·ΣIKS + 35·ΣIKE + 140·ΣIKL the
 * IDM is exactly N/6300, so "IDM ≤ 0.4907" is "N·10000 ≤ 4907·6300" — no rounding can put a
 * village on the wrong side of a cut-off. The published decimals are reproduced in double.
 * Allocation-free and thread-safe: one call is a few dozen additions.
 */
public final class IdmCalculator {

    public static final int JUMLAH_INDIKATOR = 50;
    public static final int JUMLAH_IKS = 35;
    public static final int JUMLAH_IKE = 12;

    /** Upper bounds (inclusive) of the first four statuses, in ten-thousandths. */
    private static final int[] BATAS_ATAS = {4907, 5989, 7072, 8155};

    /** Minimum score of each status, in ten-thousandths (index = status ordinal). */
    private static final int[] SKOR_MINIMAL = {0, 4908, 5990, 7073, 8156};

    private IdmCalculator() {}

    /**
     * @param skor the 50 scores in the order of the catalogue (s01–s35 IKS, s36–s47 IKE, s48–s50 IKL)
     */
    public static HasilIdm hitung(int[] skor) {
        if (skor.length != JUMLAH_INDIKATOR) {
            throw new IllegalArgumentException("IDM needs 50 scores, got " + skor.length);
        }
        int sosial = 0;
        int ekonomi = 0;
        int lingkungan = 0;
        for (int i = 0; i < JUMLAH_INDIKATOR; i++) {
            int s = skor[i];
            if (s < 0 || s > 5) {
                throw new IllegalArgumentException("score s" + (i + 1) + " outside 0..5: " + s);
            }
            if (i < JUMLAH_IKS) {
                sosial += s;
            } else if (i < JUMLAH_IKS + JUMLAH_IKE) {
                ekonomi += s;
            } else {
                lingkungan += s;
            }
        }
        return dariJumlah(sosial, ekonomi, lingkungan);
    }

    /** The IDM from the three dimension sums. */
    public static HasilIdm dariJumlah(int sosial, int ekonomi, int lingkungan) {
        StatusIdm status = status(sosial, ekonomi, lingkungan);
        StatusIdm target = status.target();
        double iks = sosial / 175.0;
        double ike = ekonomi / 60.0;
        double ikl = lingkungan / 15.0;
        double idm = (iks + ike + ikl) / 3.0;
        double minimum = SKOR_MINIMAL[target.ordinal()] / 10_000.0;
        return new HasilIdm(iks, ike, ikl, idm, status, target, minimum, minimum - idm);
    }

    /** The status in exact arithmetic (see the class comment). */
    public static StatusIdm status(int sosial, int ekonomi, int lingkungan) {
        long scaled = 10_000L * (12L * sosial + 35L * ekonomi + 140L * lingkungan);
        for (int i = 0; i < BATAS_ATAS.length; i++) {
            if (scaled <= 6_300L * BATAS_ATAS[i]) {
                return StatusIdm.values()[i];
            }
        }
        return StatusIdm.MANDIRI;
    }

    /**
     * How much the IDM rises if indicator {@code index} (0-based) reaches 5: IKS (5−s)/525, IKE
     * (5−s)/180, IKL (5−s)/45 — the indicator's <em>nilai</em>.
     */
    public static double nilai(int index, int skor) {
        int gap = 5 - skor;
        if (index < JUMLAH_IKS) {
            return gap / 525.0;
        }
        if (index < JUMLAH_IKS + JUMLAH_IKE) {
            return gap / 180.0;
        }
        return gap / 45.0;
    }
}
