package id.pandudesa.pengaduan.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two complaint texts are: the share of words (three letters or more) they have in
 * common (Jaccard), 0 to 1. Enough to suggest to a handler that two villagers may be reporting the
 * same thing; the handler decides.
 */
final class Kemiripan {

    static final double AMBANG = 0.3;

    private Kemiripan() {}

    static double skor(String a, String b) {
        Set<String> x = kata(a);
        Set<String> y = kata(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> all = new HashSet<>(x);
        all.addAll(y);
        return (double) both.size() / all.size();
    }

    static Set<String> kata(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }
}
