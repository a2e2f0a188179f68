package id.pandudesa.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart drawn as inline SVG by {@code templates/platform/grafik.html}: no
 * script, a few hundred bytes, readable on any phone and printable.
 *
 * @param batang the bars in order; labels are message keys or plain text
 */
public record Grafik(List<Batang> batang, long maks) {

    /** One bar; {@code teks} is the value as shown beside it. */
    public record Batang(String label, long nilai, int persen, int y, String teks) {}

    public static Grafik dari(Map<String, Long> values, String labelPrefix) {
        return dari(values, labelPrefix, v -> Long.toString(v));
    }

    /** Rupiah amounts, shown short as people say them: Rp 358,0 jt, Rp 1,25 M. */
    public static Grafik rupiah(Map<String, Long> values, String labelPrefix) {
        return dari(values, labelPrefix, Grafik::rupiahSingkat);
    }

    public static String rupiahSingkat(long v) {
        java.util.Locale id = java.util.Locale.forLanguageTag("id");
        if (v >= 1_000_000_000L) {
            return String.format(id, "Rp %,.2f M", v / 1e9);
        }
        if (v >= 1_000_000L) {
            return String.format(id, "Rp %,.1f jt", v / 1e6);
        }
        return String.format(id, "Rp %,d", v);
    }

    public static Grafik dari(
            Map<String, Long> values, String labelPrefix, java.util.function.LongFunction<String> format) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Batang> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            int percent = max == 0 ? 0 : (int) Math.round(100.0 * e.getValue() / max);
            bars.add(new Batang(
                    labelPrefix == null ? e.getKey() : labelPrefix + e.getKey(),
                    e.getValue(),
                    percent,
                    i * 28,
                    format.apply(e.getValue())));
            i++;
        }
        return new Grafik(bars, max);
    }

    /**
     * How much of each whole is used (e.g. spending of a budget): the bar is the share (capped at
     * the full width), the text "Rp 85,0 jt / Rp 400,0 jt (21%)".
     *
     * @param parts each label's {used, whole}
     */
    public static Grafik bagian(Map<String, long[]> parts) {
        return bagian(parts, Grafik::rupiahSingkat);
    }

    /** As {@link #bagian(Map)}, with the amounts written by {@code format} (e.g. "12 desa"). */
    public static Grafik bagian(Map<String, long[]> parts, java.util.function.LongFunction<String> format) {
        List<Batang> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, long[]> e : parts.entrySet()) {
            long used = e.getValue()[0];
            long whole = e.getValue()[1];
            int share = whole == 0 ? 0 : (int) Math.round(100.0 * used / whole);
            bars.add(new Batang(
                    e.getKey(),
                    used,
                    Math.min(100, share),
                    i * 28,
                    format.apply(used) + " / " + format.apply(whole) + " (" + share + "%)"));
            i++;
        }
        return new Grafik(bars, 100);
    }

    public int tinggi() {
        return batang.size() * 28;
    }
}
