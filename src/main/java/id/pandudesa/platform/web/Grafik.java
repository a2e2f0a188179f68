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

    public record Batang(String label, long nilai, int persen, int y) {}

    public static Grafik dari(Map<String, Long> values, String labelPrefix) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Batang> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            int percent = max == 0 ? 0 : (int) Math.round(100.0 * e.getValue() / max);
            bars.add(new Batang(
                    labelPrefix == null ? e.getKey() : labelPrefix + e.getKey(), e.getValue(), percent, i * 28));
            i++;
        }
        return new Grafik(bars, max);
    }

    public int tinggi() {
        return batang.size() * 28;
    }
}
