package id.pandudesa.indeks.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** An answer to every question of the catalogue (1 where a number is asked, "YA", the first option). */
    public static Map<String, String> jawabanLengkap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Katalog.Pertanyaan q : IDM.pertanyaan()) {
            out.put(
                    q.kode(),
                    switch (q.jenis()) {
                        case "ANGKA" -> {
                            BigDecimal one = BigDecimal.ONE;
                            if (q.min() != null && one.compareTo(q.min()) < 0) {
                                one = q.min();
                            }
                            if (q.maks() != null && one.compareTo(q.maks()) > 0) {
                                one = q.maks();
                            }
                            yield one.toPlainString();
                        }
                        case "YA_TIDAK" -> "YA";
                        default -> q.opsi().getFirst().kode();
                    });
        }
        return out;
    }
}
