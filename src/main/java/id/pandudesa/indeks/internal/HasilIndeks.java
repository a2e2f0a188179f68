package id.pandudesa.indeks.internal;

import id.pandudesa.indeks.HasilIdm;
import java.time.Instant;

/**
 * The stored result of a desa-year: where the scores came from (a final questionnaire or an
 * import of official results), the scores, our computation, and the published figures if known.
 */
public record HasilIndeks(
        String kodeDesa,
        int tahun,
        String katalog,
        String sumber,
        int[] skor,
        HasilIdm hasil,
        Resmi resmi,
        Long kuesionerId,
        Instant dihitung) {

    public static final String SUMBER_KUESIONER = "KUESIONER";
    public static final String SUMBER_IMPOR = "IMPOR";

    /** The officially published figures of an imported row (null where the file had none). */
    record Resmi(Double iks, Double ike, Double ikl, Double idm, String status) {

        boolean kosong() {
            return iks == null && ike == null && ikl == null && idm == null && status == null;
        }
    }

    String skorTeks() {
        return teks(skor);
    }

    static String teks(int[] skor) {
        StringBuilder out = new StringBuilder(skor.length);
        for (int s : skor) {
            out.append((char) ('0' + s));
        }
        return out.toString();
    }

    static int[] dariTeks(String teks) {
        int[] out = new int[teks.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = teks.charAt(i) - '0';
        }
        return out;
    }
}
