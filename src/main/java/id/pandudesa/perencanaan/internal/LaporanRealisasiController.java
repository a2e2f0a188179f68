package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Laporan Realisasi Pelaksanaan APBDes (semester I or the year) and the Dana Desa report of a
 * desa-year, as a page, as a PDF with the village's letterhead and signature, and as Excel.
 */
@Controller
class LaporanRealisasiController {

    private static final Locale ID = Locale.forLanguageTag("id");

    private final RealisasiService service;
    private final KodeApbdes codes;
    private final WilayahApi wilayah;
    private final AkunApi akun;

    LaporanRealisasiController(RealisasiService service, KodeApbdes codes, WilayahApi wilayah, AkunApi akun) {
        this.service = service;
        this.codes = codes;
        this.wilayah = wilayah;
        this.akun = akun;
    }

    private record Isi(RealisasiService.Halaman halaman, LaporanRealisasi laporan) {}

    private Isi susun(String kode, int tahun, LaporanRealisasi.Periode periode, String dana) {
        RealisasiService.Halaman h = service.halaman(kode, tahun, periode.akhir(tahun), akun.wajibSaatIni());
        if (h.apbdes() == null) {
            throw new id.pandudesa.platform.RuleViolationException(
                    "realisasi.belumDitetapkan", h.desa().kode(), String.valueOf(tahun));
        }
        return new Isi(h, LaporanRealisasi.susun(h.apbdes(), h.dipilih(), codes, periode, "DDS".equals(dana)));
    }

    @GetMapping("/perencanaan/apbdes/{kode}/{tahun}/laporan")
    String halaman(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(defaultValue = "SEMESTER_I") LaporanRealisasi.Periode periode,
            @RequestParam(required = false) String dana,
            Model model) {
        Isi isi = susun(kode, tahun, periode, dana);
        model.addAttribute("desa", isi.halaman().desa());
        model.addAttribute("tahun", tahun);
        model.addAttribute("laporan", isi.laporan());
        model.addAttribute("judul", wilayah.sebutan(isi.laporan().kodeDesa()).terapkan(judul(isi.laporan())));
        return "perencanaan/laporan-realisasi";
    }

    @GetMapping("/perencanaan/apbdes/{kode}/{tahun}/laporan.pdf")
    void pdf(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(defaultValue = "SEMESTER_I") LaporanRealisasi.Periode periode,
            @RequestParam(required = false) String dana,
            HttpServletResponse response)
            throws IOException {
        Isi isi = susun(kode, tahun, periode, dana);
        var desa = isi.halaman().desa();
        LaporanRealisasi l = isi.laporan();
        var kata = wilayah.sebutan(desa.kode());
        String title = kata.terapkan(judul(l));
        PdfBuilder pdf = PdfBuilder.a4().metadata(title + " " + desa.nama(), "Pemerintah " + kata.nama(desa.nama()));
        pdf.kop(List.of(kata.kopPemerintah(desa.nama()), wilayah.barisKop(desa.kode())));
        pdf.judul(title.toUpperCase(ID));
        pdf.paragraf(
                l.sampai() == null
                        ? "Belum ada realisasi yang dicatat sampai "
                                + l.periode().akhir(tahun).format(tanggal()) + "."
                        : "Realisasi kumulatif sampai " + l.sampai().format(tanggal()) + ".");
        NumberFormat rupiah = NumberFormat.getIntegerInstance(ID);
        List<List<String>> rows = new ArrayList<>();
        for (LaporanRealisasi.Baris b : l.baris()) {
            rows.add(List.of(
                    b.kode(),
                    "  ".repeat(Math.max(0, b.tingkat() - 1)) + b.uraian(),
                    b.anggaran() == null ? "" : rupiah.format(b.anggaran()),
                    b.realisasi() == null ? "" : rupiah.format(b.realisasi()),
                    b.selisih() == null ? "" : kurung(rupiah, b.selisih()),
                    b.persen() == null ? "" : b.persen() + "%"));
        }
        pdf.tabel(
                List.of("Kode", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Lebih/(Kurang) (Rp)", "%"),
                rows,
                new float[] {2, 7, 3.4f, 3.4f, 3.4f, 1.4f},
                new boolean[] {false, false, true, true, true, true});
        pdf.tandaTangan(
                desa.nama() + ", " + (l.sampai() == null ? l.periode().akhir(tahun) : l.sampai()).format(tanggal()),
                List.of(new PdfBuilder.Penanda(kata.kepalaDesa() + " " + desa.nama(), "", "")));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + berkas(l) + ".pdf\"");
        response.getOutputStream().write(pdf.toBytes());
    }

    @GetMapping("/perencanaan/apbdes/{kode}/{tahun}/laporan.xlsx")
    void excel(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(defaultValue = "SEMESTER_I") LaporanRealisasi.Periode periode,
            @RequestParam(required = false) String dana,
            HttpServletResponse response)
            throws IOException {
        LaporanRealisasi l = susun(kode, tahun, periode, dana).laporan();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + berkas(l) + ".xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Laporan");
            sheet.createRow(0)
                    .createCell(0)
                    .setCellValue(wilayah.sebutan(l.kodeDesa()).terapkan(judul(l)) + " — " + l.kodeDesa());
            Row head = sheet.createRow(1);
            String[] names = {"kode", "uraian", "anggaran", "realisasi", "lebih_kurang", "persen"};
            for (int i = 0; i < names.length; i++) {
                head.createCell(i).setCellValue(names[i]);
            }
            CellStyle whole = book.createCellStyle();
            whole.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            int r = 2;
            for (LaporanRealisasi.Baris b : l.baris()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(b.kode());
                row.createCell(1).setCellValue(b.uraian());
                Long[] values = {b.anggaran(), b.realisasi(), b.selisih(), b.persen()};
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        var cell = row.createCell(2 + i);
                        cell.setCellValue(values[i]);
                        cell.setCellStyle(whole);
                    }
                }
            }
            sheet.setColumnWidth(1, 60 * 256);
            for (int i = 2; i < 5; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            book.write(response.getOutputStream());
        }
    }

    private static String judul(LaporanRealisasi l) {
        String what = l.danaDesa() ? "Laporan Realisasi Penggunaan Dana Desa" : "Laporan Realisasi Pelaksanaan APBDes";
        return what + (l.periode() == LaporanRealisasi.Periode.SEMESTER_I ? " Semester Pertama" : "")
                + " Tahun Anggaran " + l.tahun();
    }

    private static String berkas(LaporanRealisasi l) {
        return "laporan-realisasi-" + (l.danaDesa() ? "dana-desa-" : "") + l.kodeDesa() + "-" + l.tahun() + "-"
                + l.periode().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String kurung(NumberFormat f, long v) {
        return v < 0 ? "(" + f.format(-v) + ")" : f.format(v);
    }

    private static DateTimeFormatter tanggal() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    }
}
