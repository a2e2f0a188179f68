package id.pandudesa.platform.tabel;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An uploaded table (CSV or the first sheet of an Excel file): its header names, lower-cased and
 * trimmed, and its rows as maps of column → text. CSV rows stream; an Excel sheet is read whole.
 */
public interface TabelMasuk {

    /** The column names, trimmed and lower-cased: the keys of each row. */
    List<String> header();

    Iterable<Map<String, String>> rows();

    /** The column names as the file writes them (for messages that name a column). */
    default List<String> judul() {
        return header();
    }

    /** CSV (UTF-8, a byte-order mark is ignored) or Excel, told apart by the file's first bytes. */
    static TabelMasuk baca(byte[] bytes) throws IOException {
        return baca(new ByteArrayInputStream(bytes));
    }

    /**
     * An uploaded file (CSV or Excel) as a table; a file that cannot be read as either is refused
     * with {@code messageKey}, the page's own words for it.
     */
    static TabelMasuk unggahan(org.springframework.web.multipart.MultipartFile file, String messageKey) {
        try {
            return baca(file.getBytes());
        } catch (IOException | RuntimeException e) {
            throw new RuleViolationException(messageKey);
        }
    }

    /**
     * A request body or upload of either kind, told apart by its first bytes like {@link
     * #baca(byte[])}, without holding a large CSV in memory: CSV is read as it streams.
     */
    static TabelMasuk baca(InputStream in) throws IOException {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in);
        buffered.mark(4);
        boolean excel = buffered.read() == 'P' && buffered.read() == 'K';
        buffered.reset();
        return excel ? excel(buffered) : csv(buffered);
    }

    /**
     * CSV, read as its rows are asked for. A file that is not CSV (a quote never closed, a line cut
     * off) is refused with the line where reading stopped, before or while its rows are read, as a
     * {@link RuleViolationException}: the caller's transaction then stores nothing. Cells that
     * {@link TabelKeluar} protected against formulas get their apostrophe removed.
     */
    static TabelMasuk csv(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser;
        try {
            parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(reader);
        } catch (IOException | RuntimeException e) {
            throw rusak(1);
        }
        List<String> judul =
                parser.getHeaderNames().stream().map(TabelMasuk::asli).toList();
        List<String> header = judul.stream().map(TabelMasuk::nama).toList();
        Iterable<Map<String, String>> rows = () -> new Iterator<>() {
            final Iterator<CSVRecord> it = parser.iterator();

            @Override
            public boolean hasNext() {
                try {
                    return it.hasNext();
                } catch (RuntimeException e) {
                    throw rusak(parser.getCurrentLineNumber() + 1);
                }
            }

            @Override
            public Map<String, String> next() {
                CSVRecord r;
                try {
                    r = it.next();
                } catch (java.util.NoSuchElementException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw rusak(parser.getCurrentLineNumber() + 1);
                }
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    m.put(header.get(i), TabelKeluar.buka(r.get(i)));
                }
                return m;
            }
        };
        return dari(judul, header, rows);
    }

    static TabelMasuk excel(InputStream in) throws IOException {
        try (Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            Row first = sheet.getRow(sheet.getFirstRowNum());
            List<String> judul = new ArrayList<>();
            if (first != null) {
                for (Cell c : first) {
                    judul.add(asli(format.formatCellValue(c)));
                }
            }
            List<String> header = judul.stream().map(TabelMasuk::nama).toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> m = new HashMap<>();
                boolean any = false;
                for (int i = 0; i < header.size(); i++) {
                    String v = format.formatCellValue(row.getCell(i)).trim();
                    any |= !v.isEmpty();
                    m.put(header.get(i), v);
                }
                if (any) {
                    rows.add(m);
                }
            }
            return dari(judul, header, rows);
        }
    }

    /** Rows already in memory (generated data, a sheet read whole). */
    static TabelMasuk dari(List<String> header, Iterable<Map<String, String>> rows) {
        return dari(header, header, rows);
    }

    private static TabelMasuk dari(List<String> judul, List<String> header, Iterable<Map<String, String>> rows) {
        return new TabelMasuk() {
            @Override
            public List<String> judul() {
                return judul;
            }

            @Override
            public List<String> header() {
                return header;
            }

            @Override
            public Iterable<Map<String, String>> rows() {
                return rows;
            }
        };
    }

    private static RuleViolationException rusak(long line) {
        return new RuleViolationException(
                List.of(FieldProblem.of("berkas", "tabel.csvRusak", line)), "tabel.csvRusak", line);
    }

    private static String asli(String header) {
        return header.replace("\uFEFF", "").trim();
    }

    private static String nama(String header) {
        return asli(header).toLowerCase(Locale.ROOT);
    }
}
