package id.pandudesa.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Files in the ministry's Indeks Desa spreadsheet layout for tests, built from the item table the
 * application ships: the key column, the data year and one column per item by its header.
 */
public final class IndeksDesaContoh {

    /** The items' headers and allowed scores, in the table's order. */
    public record Butir(int no, String judul, List<String> alias, List<Integer> skorSah) {}

    public static final List<Butir> BUTIR = baca();

    private IndeksDesaContoh() {}

    private static List<Butir> baca() {
        try (Reader in = new InputStreamReader(
                new ClassPathResource("indeks/indeks-desa/butir.csv").getInputStream(), StandardCharsets.UTF_8)) {
            List<Butir> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                out.add(new Butir(
                        Integer.parseInt(r.get("no")),
                        r.get("butir").trim(),
                        java.util.Arrays.stream(r.get("alias").split("\\|"))
                                .map(String::trim)
                                .filter(a -> !a.isEmpty())
                                .toList(),
                        java.util.Arrays.stream(r.get("skor_sah").split(","))
                                .map(String::trim)
                                .map(Integer::valueOf)
                                .toList()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every item at the same score {@code s} (1 or 5: every item allows both). */
    public static int[] semua(int s) {
        int[] out = new int[BUTIR.size()];
        java.util.Arrays.fill(out, s);
        return out;
    }

    /** A file with a header row and one row per desa: {@code kode, tahun (may be null), scores}. */
    public static String csv(List<String> header, List<List<Object>> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(header);
            for (List<Object> r : rows) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The standard header: key column, year, then every item by its header. */
    public static List<String> judul() {
        List<String> h = new ArrayList<>(List.of("Kode Wilayah Administrasi Desa", "TAHUN DATA"));
        BUTIR.forEach(b -> h.add(b.judul()));
        return h;
    }

    public static List<Object> baris(String kode, Object tahun, int[] skor) {
        List<Object> r = new ArrayList<>(List.of(kode, tahun == null ? "" : tahun));
        for (int v : skor) {
            r.add(v);
        }
        return r;
    }

    /** One desa, one year, every item at {@code s}. */
    public static String satu(String kode, int tahun, int s) {
        return csv(judul(), List.of(baris(kode, tahun, semua(s))));
    }
}
