package id.pandudesa.platform.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * Official-looking documents for every module (reports, minutes, certificates): a letterhead
 * (kop), headings, tables, photos and signature blocks, on A4 with the standard PDF fonts so no
 * font files are needed. Text stays text, so a PDF can be searched and parsed back.
 */
public final class PdfBuilder {

    private static final Font KOP_BESAR = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font KOP = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font KOP_KECIL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font JUDUL = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font SUBJUDUL = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font ISI = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font ISI_TEBAL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Color KEPALA_TABEL = new Color(231, 243, 236);

    private final Document document;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private PdfBuilder(Rectangle size) {
        document = new Document(size, 48, 48, 40, 48);
        PdfWriter.getInstance(document, out);
        document.open();
    }

    public static PdfBuilder a4() {
        return new PdfBuilder(PageSize.A4);
    }

    public static PdfBuilder of(Rectangle size) {
        return new PdfBuilder(size);
    }

    public PdfBuilder metadata(String title, String author) {
        document.addTitle(title);
        document.addAuthor(author);
        document.addCreator("Pandu Desa");
        return this;
    }

    /** The letterhead: the first line large, the others smaller, then a double rule. */
    public PdfBuilder kop(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Paragraph p = new Paragraph(lines.get(i), i == 0 ? KOP_BESAR : i == lines.size() - 1 ? KOP_KECIL : KOP);
            p.setAlignment(Element.ALIGN_CENTER);
            document.add(p);
        }
        document.add(new Chunk(new LineSeparator(1.5f, 100, Color.BLACK, Element.ALIGN_CENTER, -4)));
        document.add(new Paragraph(" ", KOP_KECIL));
        return this;
    }

    public PdfBuilder judul(String text) {
        Paragraph p = new Paragraph(text, JUDUL);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        document.add(p);
        return this;
    }

    public PdfBuilder subjudul(String text) {
        Paragraph p = new Paragraph(text, SUBJUDUL);
        p.setSpacingBefore(8);
        p.setSpacingAfter(3);
        document.add(p);
        return this;
    }

    public PdfBuilder paragraf(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text, ISI);
        p.setSpacingAfter(3);
        document.add(p);
        return this;
    }

    /** Label–value lines (identity of the report). */
    public PdfBuilder identitas(List<String[]> pairs) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 0.1f, 4f});
        table.setWidthPercentage(100);
        for (String[] pair : pairs) {
            table.addCell(plain(pair[0], ISI));
            table.addCell(plain(":", ISI));
            table.addCell(plain(pair[1], ISI_TEBAL));
        }
        document.add(table);
        return this;
    }

    /** A table with a header row; numbers are right-aligned when the column says so. */
    public PdfBuilder tabel(List<String> header, List<List<String>> rows, float[] widths, boolean[] numeric) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        for (String h : header) {
            PdfPCell cell = new PdfPCell(new Phrase(h, ISI_TEBAL));
            cell.setBackgroundColor(KEPALA_TABEL);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(i) == null ? "" : row.get(i), ISI));
                cell.setPadding(4);
                if (numeric != null && i < numeric.length && numeric[i]) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        return this;
    }

    /** Up to four photos side by side, scaled to fit. Unreadable bytes are skipped. */
    public PdfBuilder foto(List<byte[]> images) {
        if (images.isEmpty()) {
            return this;
        }
        PdfPTable table = new PdfPTable(Math.min(images.size(), 2));
        table.setWidthPercentage(100);
        for (byte[] bytes : images) {
            try {
                Image image = Image.getInstance(bytes);
                image.scaleToFit(230, 170);
                PdfPCell cell = new PdfPCell(image, false);
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPadding(4);
                table.addCell(cell);
            } catch (IOException | RuntimeException e) {
                table.addCell(plain("", ISI));
            }
        }
        table.completeRow();
        document.add(table);
        return this;
    }

    /** Signature blocks side by side: place/date line, role, space to sign, name. */
    public PdfBuilder tandaTangan(String tempatTanggal, List<Penanda> signers) {
        document.add(new Paragraph(" ", ISI));
        PdfPTable table = new PdfPTable(signers.size());
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        for (int i = 0; i < signers.size(); i++) {
            Penanda s = signers.get(i);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            Paragraph top = new Paragraph(i == signers.size() - 1 ? tempatTanggal : " ", ISI);
            top.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(top);
            Paragraph role = new Paragraph(s.sebagai(), ISI);
            role.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(role);
            Paragraph space = new Paragraph("\n\n\n", ISI);
            cell.addElement(space);
            Paragraph name = new Paragraph(s.nama(), ISI_TEBAL);
            name.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(name);
            if (s.keterangan() != null) {
                Paragraph note = new Paragraph(s.keterangan(), KOP_KECIL);
                note.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(note);
            }
            table.addCell(cell);
        }
        document.add(table);
        return this;
    }

    public byte[] toBytes() {
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1.5f);
        return cell;
    }

    /** One who signs: in which capacity, their name, and an optional note (e.g. "disetujui 2026-12-02"). */
    public record Penanda(String sebagai, String nama, String keterangan) {}
}
