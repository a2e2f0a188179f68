package id.pandudesa.indeks.internal;

import java.util.Comparator;
import java.util.List;

/** IDM rows for tests elsewhere: every score the allowed one nearest a wanted value. */
public final class IdmTestData {

    private static final PenilaiKatalog IDM = new KatalogIndeks().idm();

    private IdmTestData() {}

    public static List<String> kolom() {
        return IdmImpor.SCORE_COLUMNS;
    }

    public static String baris(String kodeDesa, int tahun, int nilai) {
        StringBuilder b = new StringBuilder(kodeDesa + "," + tahun);
        for (int i = 0; i < 50; i++) {
            b.append(',')
                    .append(IDM.skorDiizinkan(i).stream()
                            .min(Comparator.comparingInt(s -> Math.abs(s - nilai)))
                            .orElseThrow());
        }
        return b.toString();
    }
}
