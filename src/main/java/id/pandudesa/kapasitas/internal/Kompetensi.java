package id.pandudesa.kapasitas.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The competencies cadres may hold, from {@code kapasitas/kompetensi.csv} (data, not code: a new
 * competency is a line in the file). {@code wajib} ones are what every village should have among
 * its cadres; the capacity map names a village's missing ones as gaps.
 */
@Component
class Kompetensi {

    record Item(String kode, String namaId, String namaEn, boolean wajib) {
        public String nama(Locale locale) {
            return "en".equals(locale.getLanguage()) ? namaEn : namaId;
        }
    }

    private final List<Item> items = new ArrayList<>();

    Kompetensi() {
        try (Reader in = new InputStreamReader(
                new ClassPathResource("kapasitas/kompetensi.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                items.add(new Item(r.get("kode"), r.get("nama_id"), r.get("nama_en"), "1".equals(r.get("wajib"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Item> semua() {
        return List.copyOf(items);
    }

    boolean ada(String kode) {
        return items.stream().anyMatch(i -> i.kode().equals(kode));
    }

    /** Stored as {@code ,A,B,} so that one competency is found with {@code LIKE '%,A,%'}. */
    static String simpan(Collection<String> kode) {
        Set<String> sorted = new java.util.TreeSet<>(kode);
        return sorted.isEmpty() ? "," : "," + String.join(",", sorted) + ",";
    }

    static Set<String> baca(String stored) {
        Set<String> out = new LinkedHashSet<>();
        if (stored != null) {
            for (String k : stored.split(",")) {
                if (!k.isBlank()) {
                    out.add(k.trim());
                }
            }
        }
        return out;
    }
}
