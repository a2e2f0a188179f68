package id.pandudesa.regulasi.internal;

import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.platform.tabel.LembarExcel;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The administration books of Permendagri 47/2016 kept from the register, in the village's words:
 * A.1 Buku Peraturan di Desa (its ten columns) and A.2 Buku Keputusan Kepala Desa (six), for a
 * year, as PDF (landscape, letterhead, signed by the head and the secretary) and Excel.
 */
@Component
public class BukuAdministrasi {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final WilayahApi wilayah;

    BukuAdministrasi(WilayahApi wilayah) {
        this.wilayah = wilayah;
    }

    /** The book's rows: the regulations (A.1) or the decisions (A.2). */
    record Buku(String judul, List<String> kolom, List<List<String>> baris, float[] lebar) {}

    Buku peraturan(Wilayah desa, List<ProdukHukum> adopted) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (ProdukHukum p : adopted) {
            if (p.jenis() == ProdukHukum.Jenis.KEPUTUSAN_KADES) {
                continue;
            }
            boolean perdes = p.jenis() == ProdukHukum.Jenis.PERDES;
            rows.add(List.of(
                    Integer.toString(no++),
                    jenis(kata, p.jenis()),
                    p.nomor() + " / " + TGL.format(p.tanggalTetap()),
                    p.judul(),
                    p.uraian() == null ? "" : p.uraian(),
                    perdes && p.tanggalSepakat() != null ? TGL.format(p.tanggalSepakat()) : "",
                    p.nomorLaporan() == null ? "" : p.nomorLaporan() + " / " + TGL.format(p.tanggalLaporan()),
                    perdes && p.nomorUndang() != null ? p.nomorUndang() + " / " + TGL.format(p.tanggalUndang()) : "",
                    !perdes && p.nomorUndang() != null ? p.nomorUndang() + " / " + TGL.format(p.tanggalUndang()) : "",
                    ""));
        }
        return new Buku(
                "BUKU PERATURAN DI " + kata.desa().toUpperCase(ID),
                List.of(
                        "No",
                        "Jenis peraturan di " + kata.desa(),
                        "Nomor dan tanggal ditetapkan",
                        "Tentang",
                        "Uraian singkat",
                        "Tanggal kesepakatan " + kata.perdes(),
                        "Nomor dan tanggal dilaporkan",
                        "Nomor dan tanggal diundangkan dalam Lembaran " + kata.desa(),
                        "Nomor dan tanggal diundangkan dalam Berita " + kata.desa(),
                        "Ket."),
                rows,
                new float[] {0.5f, 1.6f, 1.5f, 2.4f, 2.6f, 1.2f, 1.5f, 1.5f, 1.5f, 0.8f});
    }

    Buku keputusan(Wilayah desa, List<ProdukHukum> adopted) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (ProdukHukum p : adopted) {
            if (p.jenis() != ProdukHukum.Jenis.KEPUTUSAN_KADES) {
                continue;
            }
            rows.add(List.of(
                    Integer.toString(no++),
                    p.nomor() + " / " + TGL.format(p.tanggalTetap()),
                    p.judul(),
                    p.uraian() == null ? "" : p.uraian(),
                    p.nomorLaporan() == null ? "" : p.nomorLaporan() + " / " + TGL.format(p.tanggalLaporan()),
                    ""));
        }
        return new Buku(
                "BUKU KEPUTUSAN " + kata.kepalaDesa().toUpperCase(ID),
                List.of(
                        "No",
                        "Nomor dan tanggal keputusan " + kata.kepalaDesa(),
                        "Tentang",
                        "Uraian singkat",
                        "Nomor dan tanggal dilaporkan",
                        "Ket."),
                rows,
                new float[] {0.5f, 2, 3, 4, 2, 1});
    }

    byte[] pdf(Wilayah desa, int tahun, Buku buku) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        PdfBuilder pdf = PdfBuilder.of(org.openpdf.text.PageSize.A4.rotate())
                .metadata(
                        buku.judul() + " " + kata.nama(desa.nama()) + " " + tahun,
                        "Pemerintah " + kata.nama(desa.nama()));
        pdf.kop(List.of(kata.kopPemerintah(desa.nama()), wilayah.barisKop(desa.kode())));
        pdf.judul(buku.judul() + " TAHUN " + tahun);
        boolean[] numeric = new boolean[buku.kolom().size()];
        numeric[0] = true;
        pdf.tabel(buku.kolom(), buku.baris(), buku.lebar(), numeric);
        if (buku.baris().isEmpty()) {
            pdf.paragraf("Belum ada yang ditetapkan pada tahun " + tahun + ".");
        }
        pdf.tandaTangan(
                desa.nama() + ", " + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", ID)),
                List.of(
                        new PdfBuilder.Penanda(
                                "Mengetahui, " + kata.kepalaDesa(), "(..............................)", null),
                        new PdfBuilder.Penanda(kata.sekretaris(), "(..............................)", null)));
        return pdf.toBytes();
    }

    LembarExcel excel(Wilayah desa, int tahun, Buku buku) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        LembarExcel sheet = LembarExcel.baru("Buku " + tahun)
                .judul(buku.judul() + " TAHUN " + tahun, kata.nama(desa.nama()) + " — " + desa.kode())
                .kepala(buku.kolom());
        buku.baris().forEach(sheet::baris);
        return sheet.lebar(3, 40).lebar(4, 50);
    }

    public static String jenis(SebutanDesa kata, ProdukHukum.Jenis jenis) {
        return switch (jenis) {
            case PERDES -> kata.perdes();
            case PERATURAN_BERSAMA -> "Peraturan Bersama " + kata.kepalaDesa();
            case PERKADES -> "Peraturan " + kata.kepalaDesa();
            case KEPUTUSAN_KADES -> "Keputusan " + kata.kepalaDesa();
        };
    }
}
