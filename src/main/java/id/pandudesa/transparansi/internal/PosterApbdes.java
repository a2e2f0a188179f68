package id.pandudesa.transparansi.internal;

import id.pandudesa.perencanaan.PerencanaanApi;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The APBDes poster villages put up by the road (baliho): title and year, pendapatan by source,
 * belanja by bidang, pembiayaan, the main activities, each amount written out and drawn as a bar.
 * A3 for the village office wall, A1 for the roadside board (the same layout, every size doubled),
 * and a PNG of the A3 page for chats and link previews. Always in Indonesian: it is the village's
 * public notice.
 */
final class PosterApbdes {

    enum Ukuran {
        A3(PageSize.A3, 1f),
        A1(PageSize.A1, 2f);

        final Rectangle halaman;
        final float skala;

        Ukuran(Rectangle halaman, float skala) {
            this.halaman = halaman;
            this.skala = skala;
        }
    }

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final Color HIJAU = new Color(31, 111, 67);
    private static final Color HIJAU_MUDA = new Color(231, 243, 236);
    private static final Color EMAS = new Color(201, 151, 0);
    private static final Color ABU = new Color(91, 103, 112);

    /** Width of the PNG in pixels: sharp in a chat, small enough for a slow connection. */
    static final int LEBAR_PNG = 1200;

    private PosterApbdes() {}

    static String rupiah(long v) {
        return "Rp "
                + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(v);
    }

    static byte[] pdf(Papan papan, Ukuran ukuran) {
        PerencanaanApi.ApbdesTerbit a = papan.apbdes();
        float s = ukuran.skala;
        Document doc = new Document(ukuran.halaman, 40 * s, 40 * s, 36 * s, 36 * s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(doc, out);
        doc.addTitle(papan.sebutan().apb() + " " + papan.namaDesa() + " " + a.tahun());
        doc.addCreator("Pandu Desa");
        doc.open();
        Font title = new Font(Font.HELVETICA, 30 * s, Font.BOLD, Color.WHITE);
        Font subtitle = new Font(Font.HELVETICA, 14 * s, Font.NORMAL, Color.WHITE);
        Font head = new Font(Font.HELVETICA, 16 * s, Font.BOLD, HIJAU);
        Font big = new Font(Font.HELVETICA, 19 * s, Font.BOLD, HIJAU);
        Font text = new Font(Font.HELVETICA, 11.5f * s, Font.NORMAL, Color.BLACK);
        Font bold = new Font(Font.HELVETICA, 11.5f * s, Font.BOLD, Color.BLACK);
        Font small = new Font(Font.HELVETICA, 9 * s, Font.NORMAL, ABU);

        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        PdfPCell bandCell = new PdfPCell();
        bandCell.setBackgroundColor(HIJAU);
        bandCell.setBorder(Rectangle.NO_BORDER);
        bandCell.setPadding(16 * s);
        Paragraph t = new Paragraph(
                papan.sebutan().apb() + " " + papan.namaDesa().toUpperCase(Locale.forLanguageTag("id")), title);
        t.setAlignment(Element.ALIGN_CENTER);
        bandCell.addElement(t);
        Paragraph t2 = new Paragraph(
                "TAHUN ANGGARAN " + a.tahun() + " · Kecamatan " + papan.kecamatan() + ", " + papan.kabupaten(),
                subtitle);
        t2.setAlignment(Element.ALIGN_CENTER);
        bandCell.addElement(t2);
        band.addCell(bandCell);
        doc.add(band);

        PdfPTable totals = new PdfPTable(3);
        totals.setWidthPercentage(100);
        totals.setSpacingBefore(14 * s);
        kartu(totals, "PENDAPATAN", a.pendapatan(), big, small, s);
        kartu(totals, "BELANJA", a.belanja(), big, small, s);
        kartu(totals, "PEMBIAYAAN NETTO", a.pembiayaanNetto(), big, small, s);
        doc.add(totals);

        bagian(doc, "Pendapatan menurut sumber", a.perSumber(), head, text, bold, s);
        bagian(doc, "Belanja menurut bidang", a.perBidang(), head, text, bold, s);
        if (papan.realisasi() != null) {
            PerencanaanApi.RealisasiTerbit r = papan.realisasi();
            Map<String, PerencanaanApi.Terhadap> done = new java.util.LinkedHashMap<>();
            done.put("Pendapatan diterima", r.pendapatan());
            done.put("Belanja", r.belanja());
            done.put("Dana Desa diterima", r.danaDesaDiterima());
            done.put("Dana Desa dibelanjakan", r.danaDesaDibelanjakan());
            realisasi(
                    doc,
                    "Realisasi sampai "
                            + r.sampai().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", ID)),
                    done,
                    head,
                    text,
                    bold,
                    s);
        }
        Map<String, Long> financing = new java.util.LinkedHashMap<>();
        financing.put("Penerimaan pembiayaan", a.penerimaanPembiayaan());
        financing.put("Pengeluaran pembiayaan", a.pengeluaranPembiayaan());
        bagian(doc, "Pembiayaan", financing, head, text, bold, s);
        if (!a.kegiatanUtama().isEmpty()) {
            Map<String, Long> main = new java.util.LinkedHashMap<>();
            a.kegiatanUtama().forEach(k -> main.merge(k.nama(), k.anggaran(), Long::sum));
            bagian(doc, "Kegiatan utama", main, head, text, bold, s);
        }
        Paragraph foot = new Paragraph(
                "Surplus/defisit " + rupiah(a.surplusDefisit()) + " · SiLPA tahun berjalan "
                        + rupiah(a.silpaTahunBerjalan()) + ". "
                        + papan.sebutan().apb() + " ditetapkan"
                        + (a.nomor() > 1 ? " (perubahan ke-" + (a.nomor() - 1) + ")" : "")
                        + ". Warga berhak mengetahui dan mengawasi penggunaannya; tanyakan kepada pemerintah "
                        + papan.sebutan().desaKecil() + ", " + papan.sebutan().bpd() + " atau pendamping desa.",
                small);
        foot.setSpacingBefore(14 * s);
        doc.add(foot);
        doc.close();
        return out.toByteArray();
    }

    /** The A3 poster's page as a PNG {@link #LEBAR_PNG} pixels wide. */
    static byte[] png(byte[] pdfA3) {
        try (PDDocument pdf = Loader.loadPDF(pdfA3)) {
            float widthPoints = pdf.getPage(0).getMediaBox().getWidth();
            BufferedImage image = new PDFRenderer(pdf).renderImage(0, LEBAR_PNG / widthPoints, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void kartu(PdfPTable table, String label, long value, Font big, Font small, float s) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(HIJAU_MUDA);
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(4 * s);
        cell.setPadding(10 * s);
        cell.addElement(new Paragraph(label, small));
        cell.addElement(new Paragraph(rupiah(value), big));
        table.addCell(cell);
    }

    /** A heading, then one row per item: its name, its amount, and a bar proportional to the largest. */
    private static void bagian(
            Document doc, String heading, Map<String, Long> items, Font head, Font text, Font bold, float s) {
        Paragraph h = new Paragraph(heading, head);
        h.setSpacingBefore(14 * s);
        h.setSpacingAfter(4 * s);
        doc.add(h);
        long max = items.values().stream().mapToLong(Long::longValue).max().orElse(0);
        PdfPTable table = new PdfPTable(new float[] {46, 24, 30});
        table.setWidthPercentage(100);
        for (Map.Entry<String, Long> e : items.entrySet()) {
            PdfPCell name = new PdfPCell(new Phrase(e.getKey(), text));
            name.setBorder(Rectangle.BOTTOM);
            name.setBorderColor(HIJAU_MUDA);
            name.setPadding(4 * s);
            table.addCell(name);
            PdfPCell amount = new PdfPCell(new Phrase(rupiah(e.getValue()), bold));
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            amount.setBorder(Rectangle.BOTTOM);
            amount.setBorderColor(HIJAU_MUDA);
            amount.setPadding(4 * s);
            table.addCell(amount);
            table.addCell(batang(max == 0 ? 0 : (float) e.getValue() / max, s));
        }
        doc.add(table);
    }

    /** Realised amounts: each as "Rp x dari Rp y (p%)" with a bar of its share of the budget. */
    private static void realisasi(
            Document doc,
            String heading,
            Map<String, PerencanaanApi.Terhadap> items,
            Font head,
            Font text,
            Font bold,
            float s) {
        Paragraph h = new Paragraph(heading, head);
        h.setSpacingBefore(14 * s);
        h.setSpacingAfter(4 * s);
        doc.add(h);
        PdfPTable table = new PdfPTable(new float[] {30, 40, 30});
        table.setWidthPercentage(100);
        for (Map.Entry<String, PerencanaanApi.Terhadap> e : items.entrySet()) {
            long done = e.getValue().realisasi();
            long whole = e.getValue().anggaran();
            PdfPCell name = new PdfPCell(new Phrase(e.getKey(), text));
            name.setBorder(Rectangle.BOTTOM);
            name.setBorderColor(HIJAU_MUDA);
            name.setPadding(4 * s);
            table.addCell(name);
            String share = whole == 0 ? "" : " (" + Math.round(100.0 * done / whole) + "%)";
            PdfPCell amount = new PdfPCell(new Phrase(rupiah(done) + " dari " + rupiah(whole) + share, bold));
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            amount.setBorder(Rectangle.BOTTOM);
            amount.setBorderColor(HIJAU_MUDA);
            amount.setPadding(4 * s);
            table.addCell(amount);
            table.addCell(batang(whole == 0 ? 0 : Math.min(1f, (float) done / whole), s));
        }
        doc.add(table);
    }

    private static PdfPCell batang(float share, float s) {
        float filled = Math.max(0.5f, share * 100);
        PdfPTable bar = new PdfPTable(share >= 0.995f ? new float[] {100} : new float[] {filled, 100 - filled});
        PdfPCell full = new PdfPCell(new Phrase(" "));
        full.setBackgroundColor(EMAS);
        full.setBorder(Rectangle.NO_BORDER);
        full.setFixedHeight(10 * s);
        bar.addCell(full);
        if (share < 0.995f) {
            PdfPCell rest = new PdfPCell(new Phrase(" "));
            rest.setBorder(Rectangle.NO_BORDER);
            rest.setFixedHeight(10 * s);
            bar.addCell(rest);
        }
        PdfPCell holder = new PdfPCell(bar);
        holder.setBorder(Rectangle.BOTTOM);
        holder.setBorderColor(HIJAU_MUDA);
        holder.setPaddingLeft(8 * s);
        holder.setPaddingTop(6 * s);
        holder.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return holder;
    }
}
