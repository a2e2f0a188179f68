package id.pandudesa.dasbor.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.platform.replika.BacaReplika;
import id.pandudesa.platform.tabel.TabelKeluar;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openpdf.text.PageSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard pages: a region's figures per module with charts, its child regions compared in a
 * table, a chart and a map, drill-down to the child's dashboard and to each module's list, and the
 * table as CSV or Excel and the whole dashboard as PDF.
 */
@BacaReplika
@Controller
class DasborPageController {

    static final String LINGKUP = "lingkup";

    private final AksesDasbor akses;
    private final MesinRollup mesin;
    private final TampilanDasbor tampilan;
    private final WilayahApi wilayah;
    private final String ubin;
    private final String ubinAtribusi;

    DasborPageController(
            AksesDasbor akses,
            MesinRollup mesin,
            TampilanDasbor tampilan,
            WilayahApi wilayah,
            @Value("${pandu.peta.ubin:}") String ubin,
            @Value("${pandu.peta.atribusi:}") String ubinAtribusi) {
        this.akses = akses;
        this.mesin = mesin;
        this.tampilan = tampilan;
        this.wilayah = wilayah;
        this.ubin = ubin;
        this.ubinAtribusi = ubinAtribusi;
    }

    /** The user's own dashboard: the country, their one region, or all their regions side by side. */
    @GetMapping("/dasbor")
    String mulai(@RequestParam(required = false) Integer tahun) {
        PenggunaSaatIni me = akses.saya();
        String tail = tahun == null ? "" : "?tahun=" + akses.tahun(tahun);
        if (me.lingkup().isNasional()) {
            return "redirect:/dasbor/" + AksesDasbor.NASIONAL + tail;
        }
        List<String> own = me.lingkup().prefiks();
        return "redirect:/dasbor/" + (own.size() == 1 ? own.getFirst() : LINGKUP) + tail;
    }

    @GetMapping("/dasbor/{kode}")
    String dasbor(
            @PathVariable String kode,
            @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String peta,
            Model model) {
        PenggunaSaatIni me = akses.saya();
        Dasbor d = dasbor(kode, tahun, me);
        MesinRollup.Rekap r = d.rekap();
        TampilanDasbor.Kolom chosen = tampilan.kolom(peta == null ? TampilanDasbor.UTAMA.getFirst() : peta);
        List<TampilanDasbor.Kolom> columns = tampilan.kolomUtama();
        model.addAttribute("kode", d.kode());
        model.addAttribute("judul", d.judul());
        model.addAttribute("rekap", r);
        model.addAttribute("tahun", r.tahun());
        int thisYear = mesin.hariIni().getYear();
        model.addAttribute(
                "tahunPilihan",
                IntStream.rangeClosed(0, 5).map(i -> thisYear - i).boxed().toList());
        model.addAttribute("induk", d.induk());
        model.addAttribute("kartu", tampilan.kartu(r, d.kodeTautan()));
        model.addAttribute("kolom", columns);
        model.addAttribute(
                "anak", r.anak().stream().map(b -> baris(b, columns, r.tahun())).toList());
        model.addAttribute("total", baris(r.total(), columns, r.tahun()));
        model.addAttribute("peta", chosen);
        model.addAttribute("petaPilihan", columns);
        model.addAttribute("banding", r.anak().isEmpty() ? null : tampilan.banding(r.anak(), chosen));
        List<Map<String, Object>> points = new ArrayList<>();
        List<MesinRollup.Baris> located = r.anak().isEmpty() ? List.of(r.total()) : r.anak();
        for (MesinRollup.Baris b : located) {
            if (b.lintang() == null) {
                continue;
            }
            Number n = TampilanDasbor.nilai(b, chosen);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kode", b.kode());
            p.put("nama", b.nama() == null ? d.judul() : b.nama());
            p.put("lintang", b.lintang());
            p.put("bujur", b.bujur());
            p.put("nilai", n == null ? null : n.doubleValue());
            p.put("teks", tampilan.teks(b, chosen));
            p.put("tautan", r.anak().isEmpty() ? null : "/dasbor/" + b.kode() + "?tahun=" + r.tahun());
            points.add(p);
        }
        model.addAttribute("titik", points);
        model.addAttribute("tanpaTitik", located.size() - points.size());
        model.addAttribute("ubin", ubin);
        model.addAttribute("ubinAtribusi", ubinAtribusi);
        return "dasbor/wilayah";
    }

    @GetMapping("/dasbor/{kode}.csv")
    void csv(@PathVariable String kode, @RequestParam(required = false) Integer tahun, HttpServletResponse response)
            throws IOException {
        Dasbor d = dasbor(kode, tahun, akses.saya());
        List<TampilanDasbor.Kolom> columns = tampilan.semuaKolom();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + namaBerkas(d) + ".csv\"");
        try (TabelKeluar csv = TabelKeluar.csv(response.getOutputStream(), kepala(columns))) {
            for (MesinRollup.Baris b : barisEkspor(d.rekap())) {
                csv.baris(nilaiEkspor(b, columns, d));
            }
        }
    }

    @GetMapping("/dasbor/{kode}.xlsx")
    void xlsx(@PathVariable String kode, @RequestParam(required = false) Integer tahun, HttpServletResponse response)
            throws IOException {
        Dasbor d = dasbor(kode, tahun, akses.saya());
        List<TampilanDasbor.Kolom> columns = tampilan.semuaKolom();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + namaBerkas(d) + ".xlsx\"");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("dasbor " + d.rekap().tahun());
            List<String> head = kepala(columns);
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.size(); i++) {
                h.createCell(i).setCellValue(head.get(i));
            }
            int n = 1;
            for (MesinRollup.Baris b : barisEkspor(d.rekap())) {
                Row row = sheet.createRow(n++);
                List<Object> values = nilaiEkspor(b, columns, d);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number num) {
                        row.createCell(i).setCellValue(num.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            book.write(response.getOutputStream());
        }
    }

    @GetMapping("/dasbor/{kode}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String kode, @RequestParam(required = false) Integer tahun) {
        PenggunaSaatIni me = akses.saya();
        Dasbor d = dasbor(kode, tahun, me);
        MesinRollup.Rekap r = d.rekap();
        String title = tampilan.pesan("dasbor.judul", d.judul(), String.valueOf(r.tahun()));
        PdfBuilder pdf = PdfBuilder.of(PageSize.A4.rotate())
                .metadata(title, "Pandu Desa")
                .judul(title)
                .paragraf(tampilan.pesan(
                        "dasbor.pdf.dibuat",
                        me.nama(),
                        DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", LocaleContextHolder.getLocale())
                                .format(Instant.now().atZone(ZoneId.of("Asia/Jakarta"))),
                        String.valueOf(r.total().jumlahDesa())));
        for (TampilanDasbor.Kartu k : tampilan.kartu(r, d.kodeTautan())) {
            pdf.subjudul(k.judul());
            List<List<String>> rows = new ArrayList<>();
            k.angka().forEach(a -> rows.add(List.of(a.label(), a.teks())));
            k.grafik()
                    .forEach(g -> g.grafik()
                            .batang()
                            .forEach(b -> rows.add(List.of(g.judul() + ": " + b.label(), b.teks()))));
            pdf.tabel(
                    List.of(tampilan.pesan("dasbor.ukuran"), tampilan.pesan("dasbor.nilai")),
                    rows,
                    new float[] {4, 1},
                    new boolean[] {false, true});
        }
        if (!r.anak().isEmpty()) {
            List<TampilanDasbor.Kolom> columns = tampilan.kolomUtama();
            List<String> head = new ArrayList<>();
            head.add(tampilan.pesan("dasbor.wilayah"));
            head.add(tampilan.pesan("dasbor.jumlahDesa"));
            columns.forEach(c -> head.add(c.label()));
            List<List<String>> rows = new ArrayList<>();
            for (MesinRollup.Baris b : barisEkspor(r)) {
                List<String> row = new ArrayList<>();
                row.add(b.nama() == null ? d.judul() : b.nama());
                row.add(TampilanDasbor.teks(b.jumlahDesa(), false));
                columns.forEach(c -> row.add(tampilan.teks(b, c)));
                rows.add(row);
            }
            float[] widths = new float[head.size()];
            boolean[] numeric = new boolean[head.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = i == 0 ? 3 : 1.2f;
                numeric[i] = i > 0;
            }
            pdf.subjudul(tampilan.pesan("dasbor.perbandingan"));
            pdf.tabel(head, rows, widths, numeric);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + namaBerkas(d) + ".pdf\"")
                .body(pdf.toBytes());
    }

    /** A dashboard resolved for a user: what it is called, where it sits, and its figures. */
    record Dasbor(String kode, String judul, String kodeTautan, List<Wilayah> induk, MesinRollup.Rekap rekap) {}

    private Dasbor dasbor(String kode, Integer tahun, PenggunaSaatIni me) {
        int year = akses.tahun(tahun);
        if (LINGKUP.equalsIgnoreCase(kode.trim()) && !me.lingkup().isNasional()) {
            return new Dasbor(
                    LINGKUP, tampilan.pesan("dasbor.lingkupSaya"), "", List.of(), mesin.lingkup(me.lingkup(), year));
        }
        Wilayah w = akses.wilayah(kode, me).orElse(null);
        if (w == null) {
            return new Dasbor(AksesDasbor.NASIONAL, "Indonesia", "", List.of(), mesin.wilayah(null, year));
        }
        List<Wilayah> above = wilayah.garisInduk(w.kode()).stream()
                .filter(x -> !x.kode().equals(w.kode()) && me.lingkup().mencakup(x.kode()))
                .toList();
        return new Dasbor(w.kode(), w.nama(), w.kode(), above, mesin.wilayah(w, year));
    }

    /** A table row on the page: the region, its link down, and the main figures. */
    record BarisTampil(String kode, String nama, long jumlahDesa, String tautan, List<String> nilai) {}

    private BarisTampil baris(MesinRollup.Baris b, List<TampilanDasbor.Kolom> columns, int tahun) {
        return new BarisTampil(
                b.kode(),
                b.nama(),
                b.jumlahDesa(),
                b.kode().isEmpty() ? null : "/dasbor/" + b.kode() + "?tahun=" + tahun,
                columns.stream().map(c -> tampilan.teks(b, c)).toList());
    }

    private List<String> kepala(List<TampilanDasbor.Kolom> columns) {
        List<String> head = new ArrayList<>(List.of(
                tampilan.pesan("dasbor.kode"),
                tampilan.pesan("dasbor.wilayah"),
                tampilan.pesan("dasbor.tahun"),
                tampilan.pesan("dasbor.jumlahDesa")));
        columns.forEach(c -> head.add(c.label()));
        return head;
    }

    /** The exported rows: every child region, then the total of the region itself. */
    private static List<MesinRollup.Baris> barisEkspor(MesinRollup.Rekap r) {
        List<MesinRollup.Baris> rows = new ArrayList<>(r.anak());
        rows.add(r.total());
        return rows;
    }

    private List<Object> nilaiEkspor(MesinRollup.Baris b, List<TampilanDasbor.Kolom> columns, Dasbor d) {
        List<Object> values = new ArrayList<>();
        boolean total = b == d.rekap().total();
        values.add(total ? d.kode() : b.kode());
        values.add(total ? tampilan.pesan("dasbor.jumlah", d.judul()) : b.nama());
        values.add(d.rekap().tahun());
        values.add(b.jumlahDesa());
        columns.forEach(c -> values.add(TampilanDasbor.nilai(b, c)));
        return values;
    }

    private static String namaBerkas(Dasbor d) {
        return "dasbor-" + d.kode() + "-" + d.rekap().tahun();
    }
}
