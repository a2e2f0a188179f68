package id.pandudesa.wilayah;

import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.platform.tabel.LembarExcel;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Prints any {@link BukuAdministrasiDesa} the same way: A4 landscape under the village
 * government's letterhead in its words, the book's title and year, the numbered table, and the
 * signatures of the head and the secretary; or one Excel sheet with the same columns.
 */
@Component
public class CetakBukuDesa {

    private static final Locale ID = Locale.forLanguageTag("id");

    private final WilayahApi wilayah;
    private final List<BukuAdministrasiDesa> semua;

    CetakBukuDesa(WilayahApi wilayah, List<BukuAdministrasiDesa> semua) {
        this.wilayah = wilayah;
        this.semua = semua.stream()
                .sorted(Comparator.comparingInt(BukuAdministrasiDesa::urutan))
                .toList();
    }

    /** Every book the modules keep, in the regulation's order. */
    public List<BukuAdministrasiDesa> semua() {
        return semua;
    }

    public Optional<BukuAdministrasiDesa> cari(String kunci) {
        return semua.stream().filter(b -> b.kunci().equals(kunci)).findFirst();
    }

    public byte[] pdf(Wilayah desa, int tahun, BukuAdministrasiDesa.Buku buku) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        NumberFormat angka = NumberFormat.getIntegerInstance(ID);
        PdfBuilder pdf = PdfBuilder.of(org.openpdf.text.PageSize.A4.rotate())
                .metadata(
                        buku.judul() + " " + kata.nama(desa.nama()) + " " + tahun,
                        "Pemerintah " + kata.nama(desa.nama()));
        pdf.kop(List.of(kata.kopPemerintah(desa.nama()), wilayah.barisKop(desa.kode())));
        pdf.judul(buku.judul() + " TAHUN " + tahun);
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : buku.baris()) {
            rows.add(row.stream().map(v -> teks(v, angka)).toList());
        }
        boolean kosong = rows.isEmpty();
        if (kosong) {
            // A table of only its header row is not drawn: an empty book still shows its columns.
            List<String> garis =
                    new ArrayList<>(java.util.Collections.nCopies(buku.kolom().size(), ""));
            garis.set(0, "–");
            rows.add(garis);
        }
        pdf.tabel(buku.kolom(), rows, buku.lebar(), buku.angka());
        if (kosong) {
            pdf.paragraf("Belum ada isian untuk tahun " + tahun + ".");
        }
        pdf.tandaTangan(
                desa.nama() + ", "
                        + LocalDate.now(ZonaWaktu.dariKode(desa.kode()).zoneId())
                                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", ID)),
                List.of(
                        new PdfBuilder.Penanda(
                                "Mengetahui, " + kata.kepalaDesa(), "(..............................)", null),
                        new PdfBuilder.Penanda(kata.sekretaris(), "(..............................)", null)));
        return pdf.toBytes();
    }

    private static String teks(Object v, NumberFormat angka) {
        if (v == null) {
            return "";
        }
        if (v instanceof Long || v instanceof Integer) {
            return angka.format(((Number) v).longValue());
        }
        if (v instanceof LocalDate d) {
            return DateTimeFormatter.ofPattern("dd-MM-yyyy").format(d);
        }
        return v.toString();
    }

    public LembarExcel excel(Wilayah desa, int tahun, BukuAdministrasiDesa.Buku buku) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        LembarExcel sheet = LembarExcel.baru("Buku " + tahun)
                .judul(buku.judul() + " TAHUN " + tahun, kata.nama(desa.nama()) + " — " + desa.kode())
                .kepala(buku.kolom());
        buku.baris().forEach(sheet::baris);
        float total = 0;
        for (float w : buku.lebar()) {
            total += w;
        }
        for (int i = 0; i < buku.lebar().length; i++) {
            sheet.lebar(i, Math.max(6, Math.round(buku.lebar()[i] / total * 160)));
        }
        return sheet;
    }
}
