package id.pandudesa.platform.tabel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as an Excel sheet, written row by row (streamed, so a kabupaten's compilation or a
 * province's ranking fits in constant memory): title lines, one bold header row, then rows whose
 * whole numbers, decimals and dates stay numbers and dates in the spreadsheet. Text is stored as
 * text, never as a formula. New reports write their Excel through this class.
 */
public final class LembarExcel {

    public static final MediaType JENIS =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle bulat;
    private final CellStyle desimal;
    private final CellStyle tebal;
    private int baris;

    private LembarExcel(String nama) {
        sheet = book.createSheet(nama);
        bulat = book.createCellStyle();
        bulat.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        desimal = book.createCellStyle();
        desimal.setDataFormat(book.createDataFormat().getFormat("#,##0.0#"));
        tebal = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        tebal.setFont(bold);
    }

    public static LembarExcel baru(String namaLembar) {
        return new LembarExcel(namaLembar);
    }

    /** Title lines above the table (the report's name, region, period). */
    public LembarExcel judul(String... lines) {
        for (String line : lines) {
            Cell cell = sheet.createRow(baris++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(tebal);
        }
        return this;
    }

    public LembarExcel kepala(List<String> header) {
        Row row = sheet.createRow(baris++);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(tebal);
        }
        return this;
    }

    /** One row: numbers stay numbers, dates are written {@code dd-MM-yyyy}, null stays empty. */
    public LembarExcel baris(List<?> values) {
        Row row = sheet.createRow(baris++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (v) {
                case BigDecimal d -> {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(desimal);
                }
                case Double d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(desimal);
                }
                case Number n -> {
                    cell.setCellValue(n.longValue());
                    cell.setCellStyle(bulat);
                }
                case LocalDate d -> cell.setCellValue(TGL.format(d));
                default -> cell.setCellValue(v.toString());
            }
        }
        return this;
    }

    public LembarExcel lebar(int kolom, int karakter) {
        sheet.setColumnWidth(kolom, Math.min(255, karakter) * 256);
        return this;
    }

    public void tulis(OutputStream out) throws IOException {
        try (book) {
            book.write(out);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            tulis(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The sheet as a download named {@code namaDasar.xlsx}. */
    public ResponseEntity<byte[]> unduhan(String namaDasar) {
        return ResponseEntity.ok()
                .contentType(JENIS)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(namaDasar + ".xlsx")
                                .build()
                                .toString())
                .body(toBytes());
    }
}
