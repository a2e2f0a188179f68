package id.pandudesa.platform.tabel;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV export that a spreadsheet cannot turn into a formula (CSV injection): a text cell starting
 * with {@code = + - @}, a tab or a carriage return gets an apostrophe in front, which spreadsheets
 * show as text and never evaluate. Plain numbers ({@code -12}, {@code 0.25}) stay as they are.
 * {@link TabelMasuk} removes exactly that apostrophe again, so a file exported and uploaded again
 * gives the same rows. Every CSV export of the product writes through this class.
 */
public final class TabelKeluar implements Closeable, Flushable {

    /** Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection). */
    private static final Pattern PEMICU = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private static final Pattern ANGKA = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");

    private final CSVPrinter printer;

    private TabelKeluar(CSVPrinter printer) {
        this.printer = printer;
    }

    /** UTF-8 CSV with the given header row. */
    public static TabelKeluar csv(OutputStream out, List<String> header) throws IOException {
        return csv(new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
    }

    public static TabelKeluar csv(Writer out, List<String> header) throws IOException {
        return new TabelKeluar(new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get()));
    }

    public void baris(Object... values) throws IOException {
        baris(Arrays.asList(values));
    }

    public void baris(Iterable<?> values) throws IOException {
        List<Object> safe = new ArrayList<>();
        for (Object v : values) {
            safe.add(v instanceof CharSequence text ? aman(text.toString()) : v);
        }
        printer.printRecord(safe);
    }

    /**
     * The text as it may go into a cell: with an apostrophe in front when it would start a formula
     * (also when it already starts with apostrophes before such a character, so that {@link #buka}
     * gives back exactly the original).
     */
    public static String aman(String text) {
        if (text == null
                || text.isEmpty()
                || ANGKA.matcher(text).matches()
                || !PEMICU.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** Undoes {@link #aman}: one leading apostrophe before a formula character is removed. */
    public static String buka(String cell) {
        if (cell != null
                && cell.length() > 1
                && cell.charAt(0) == '\''
                && PEMICU.matcher(cell.substring(1)).matches()) {
            return cell.substring(1);
        }
        return cell;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
