package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.indeks.StatusIdm;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.replika.BacaReplika;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Tingkat;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rollup of a region's villages in a data year: the IDM for years up to 2023, the Indeks Desa from
 * 2024 (one list of years, the year decides), as table, chart and Excel sheet.
 */
@BacaReplika
@Controller
class RekapPageController {

    private final RekapQueries rekap;
    private final RekapIndeksDesaQueries rekapIndeksDesa;
    private final IndeksDesaService indeksDesa;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    RekapPageController(
            RekapQueries rekap,
            RekapIndeksDesaQueries rekapIndeksDesa,
            IndeksDesaService indeksDesa,
            AkunApi akun,
            WilayahApi wilayah,
            org.springframework.context.MessageSource messages,
            Clock clock) {
        this.rekap = rekap;
        this.rekapIndeksDesa = rekapIndeksDesa;
        this.indeksDesa = indeksDesa;
        this.akun = akun;
        this.wilayah = wilayah;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/indeks/rekap")
    String rekapPage(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) Integer tahun,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String region = wilayah == null || wilayah.isBlank() ? wilayahUtama(me) : KodeWilayah.normalisasi(wilayah);
        Lingkup scope;
        int childLength;
        if (region.isEmpty()) {
            // Several assigned regions: the whole scope, one row per assigned region.
            scope = me.lingkup();
            childLength = me.lingkup().prefiks().stream()
                    .mapToInt(String::length)
                    .min()
                    .orElse(10);
        } else if (region.equals(Lingkup.NASIONAL)) {
            if (!me.lingkup().isNasional()) {
                throw new NotFoundException("wilayah.tidakDitemukan", region);
            }
            scope = Lingkup.nasional();
            childLength = 2;
        } else {
            if (!KodeWilayah.formatValid(region)
                    || !me.mencakup(region)
                    || this.wilayah.cari(region).isEmpty()) {
                throw new NotFoundException("wilayah.tidakDitemukan", region);
            }
            scope = Lingkup.of(List.of(region));
            Tingkat level = Tingkat.dariKode(region);
            childLength = level.anak() == null ? 0 : level.anak().panjangKode();
        }
        // Years up to 2023 show the IDM, 2024 on the Indeks Desa: one list of years, the year decides.
        java.util.TreeSet<Integer> allYears = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        allYears.addAll(rekap.tahun(scope));
        allYears.addAll(rekapIndeksDesa.tahun(scope));
        List<Integer> years = List.copyOf(allYears);
        int year = tahun != null
                ? tahun
                : years.isEmpty()
                        ? Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue()
                        : years.getFirst();
        boolean indeksDesaYear = year >= indeksDesa.kalkulator().katalog().berlakuMulaiTahun();
        model.addAttribute("indeksDesa", indeksDesaYear);
        if (indeksDesaYear) {
            model.addAttribute("rd", rekapIndeksDesa.rekap(scope, year));
            model.addAttribute(
                    "anakIndeksDesa", childLength == 0 ? List.of() : rekapIndeksDesa.perAnak(scope, childLength, year));
            model.addAttribute("statusIndeksDesa", rekapIndeksDesa.status());
        }
        RekapQueries.Rekap r = rekap.rekap(scope, year);
        List<RekapQueries.Anak> children = childLength == 0 ? List.of() : rekap.perAnak(scope, childLength, year);
        Map<String, String> names = new LinkedHashMap<>();
        List<String> childCodes =
                new ArrayList<>(children.stream().map(RekapQueries.Anak::kode).toList());
        if (indeksDesaYear) {
            @SuppressWarnings("unchecked")
            List<RekapIndeksDesaQueries.Anak> idChildren =
                    (List<RekapIndeksDesaQueries.Anak>) model.getAttribute("anakIndeksDesa");
            idChildren.forEach(a -> childCodes.add(a.kode()));
        }
        this.wilayah.semua(childCodes).forEach((k, w) -> names.put(k, w.nama()));
        model.addAttribute("wilayahDipilih", region);
        model.addAttribute(
                "namaWilayah",
                region.isEmpty()
                        ? messages.getMessage(
                                "indeks.rekap.wilayahSaya",
                                null,
                                org.springframework.context.i18n.LocaleContextHolder.getLocale())
                        : region.equals(Lingkup.NASIONAL)
                                ? "Indonesia"
                                : this.wilayah.cari(region).map(Wilayah::nama).orElse(region));
        model.addAttribute("tahun", year);
        model.addAttribute("daftarTahun", years);
        model.addAttribute("r", r);
        model.addAttribute("anak", children);
        model.addAttribute("anakDesa", childLength == 10);
        model.addAttribute("namaAnak", names);
        model.addAttribute(
                "grafik",
                indeksDesaYear
                        ? id.pandudesa.platform.web.Grafik.dari(
                                ((RekapIndeksDesaQueries.Rekap) model.getAttribute("rd")).perStatus(),
                                "status.indeksDesa.")
                        : id.pandudesa.platform.web.Grafik.dari(r.perStatus(), "status.idm."));
        return "indeks/rekap";
    }

    /** The rollup table of the page as an Excel sheet. */
    @GetMapping("/indeks/rekap.xlsx")
    void rekapExcel(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) Integer tahun,
            jakarta.servlet.http.HttpServletResponse response,
            Model model)
            throws IOException {
        rekapPage(wilayah, tahun, model);
        if (Boolean.TRUE.equals(model.getAttribute("indeksDesa"))) {
            rekapIndeksDesaExcel(response, model);
            return;
        }
        @SuppressWarnings("unchecked")
        List<RekapQueries.Anak> children = (List<RekapQueries.Anak>) model.getAttribute("anak");
        @SuppressWarnings("unchecked")
        Map<String, String> names = (Map<String, String>) model.getAttribute("namaAnak");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"rekap-idm-"
                        + (region(model).isEmpty() ? "saya" : region(model))
                        + "-"
                        + model.getAttribute("tahun") + ".xlsx\"");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("rekap");
            var head = sheet.createRow(0);
            List<String> header = new ArrayList<>(List.of("kode", "wilayah"));
            for (StatusIdm st : StatusIdm.values()) {
                header.add(st.label());
            }
            header.addAll(List.of("jumlah", "rerata_idm"));
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            int r = 1;
            for (RekapQueries.Anak a : children) {
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.kode());
                row.createCell(1).setCellValue(names.getOrDefault(a.kode(), a.kode()));
                int c = 2;
                for (StatusIdm st : StatusIdm.values()) {
                    row.createCell(c++).setCellValue(a.perStatus().get(st.name()));
                }
                row.createCell(c++).setCellValue(a.jumlah());
                if (a.rerataIdm() != null) {
                    row.createCell(c).setCellValue(a.rerataIdm());
                }
            }
            book.write(response.getOutputStream());
        }
    }

    private static String region(Model model) {
        return String.valueOf(model.getAttribute("wilayahDipilih"));
    }

    private static String wilayahUtama(PenggunaSaatIni me) {
        if (me.lingkup().isNasional()) {
            return Lingkup.NASIONAL;
        }
        List<String> codes = me.lingkup().prefiks();
        return codes.size() == 1 ? codes.getFirst() : "";
    }

    /** The Indeks Desa rollup of a data year from 2024 as an Excel sheet: per child region, per status. */
    private void rekapIndeksDesaExcel(jakarta.servlet.http.HttpServletResponse response, Model model)
            throws IOException {
        @SuppressWarnings("unchecked")
        List<RekapIndeksDesaQueries.Anak> children =
                (List<RekapIndeksDesaQueries.Anak>) model.getAttribute("anakIndeksDesa");
        @SuppressWarnings("unchecked")
        Map<String, String> names = (Map<String, String>) model.getAttribute("namaAnak");
        List<String> status = rekapIndeksDesa.status();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"rekap-indeks-desa-" + (region(model).isEmpty() ? "saya" : region(model)) + "-"
                        + model.getAttribute("tahun") + ".xlsx\"");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("rekap");
            List<String> header = new ArrayList<>(List.of("kode", "wilayah"));
            header.addAll(status);
            header.addAll(List.of("jumlah", "rerata_skor"));
            var head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            int r = 1;
            for (RekapIndeksDesaQueries.Anak a : children) {
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.kode());
                row.createCell(1).setCellValue(names.getOrDefault(a.kode(), a.kode()));
                int c = 2;
                for (String st : status) {
                    row.createCell(c++).setCellValue(a.perStatus().get(st));
                }
                row.createCell(c++).setCellValue(a.jumlah());
                if (a.rerataSkor() != null) {
                    row.createCell(c).setCellValue(Math.round(a.rerataSkor() * 100) / 100.0);
                }
            }
            book.write(response.getOutputStream());
        }
    }
}
