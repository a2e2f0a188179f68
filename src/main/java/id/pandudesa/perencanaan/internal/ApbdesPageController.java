package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Pages of the APBDes: the year's list in a scope, a desa's APBDes with versions, review and export. */
@Controller
class ApbdesPageController {

    private final ApbdesService service;
    private final ApbdesQueries queries;
    private final CatatanPerencanaan notes;
    private final TautanApbdes tautan;
    private final RkpdesService rkpdesService;
    private final KodeApbdes codes;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final MessageSource messages;
    private final Clock clock;

    ApbdesPageController(
            ApbdesService service,
            ApbdesQueries queries,
            CatatanPerencanaan notes,
            TautanApbdes tautan,
            RkpdesService rkpdesService,
            KodeApbdes codes,
            AkunApi akun,
            WilayahApi wilayah,
            MessageSource messages,
            Clock clock) {
        this.service = service;
        this.queries = queries;
        this.notes = notes;
        this.tautan = tautan;
        this.rkpdesService = rkpdesService;
        this.codes = codes;
        this.akun = akun;
        this.wilayah = wilayah;
        this.messages = messages;
        this.clock = clock;
    }

    /** A group of lines with its subtotal: pendapatan, each bidang of belanja, pembiayaan. */
    record Kelompok(String kode, String nama, List<Apbdes.Baris> baris, long jumlah) {}

    @GetMapping("/perencanaan/apbdes")
    String daftar(
            @RequestParam(required = false) Integer tahun,
            @RequestParam(defaultValue = "0") int halaman,
            @RequestParam(required = false) String desa,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        int year = tahun == null ? tahunIni() : tahun;
        if (desa != null && !desa.isBlank()) {
            return "redirect:/perencanaan/apbdes/"
                    + service.desaTerlihat(desa, me).kode() + "/" + year;
        }
        List<String> own = me.lingkup().prefiks();
        if (own.size() == 1 && own.getFirst().length() == 10) {
            return "redirect:/perencanaan/apbdes/" + own.getFirst() + "/" + year;
        }
        var page = queries.perDesa(me.lingkup(), year, new PageQuery(Math.max(0, halaman), 50));
        Map<String, String> names = new LinkedHashMap<>();
        wilayah.semua(page.isi().stream().map(ApbdesQueries.Baris::kodeDesa).toList())
                .forEach((k, w) -> names.put(k, w.nama()));
        model.addAttribute("tahun", year);
        model.addAttribute("halaman", page);
        model.addAttribute("nama", names);
        return "perencanaan/apbdes-daftar";
    }

    @GetMapping("/perencanaan/apbdes/{kode}/{tahun}")
    String lihat(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) Integer versi,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isi(model, kode, tahun, versi, me);
        return "perencanaan/apbdes";
    }

    private void isi(Model model, String kode, int tahun, Integer versi, PenggunaSaatIni me) {
        Wilayah desa = service.desaTerlihat(kode, me);
        List<Apbdes> versions = service.versi(desa.kode(), tahun, me);
        Apbdes shown = versi == null
                ? versions.stream().findFirst().orElse(null)
                : versions.stream().filter(a -> a.nomor() == versi).findFirst().orElse(null);
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("versiSemua", versions);
        model.addAttribute("a", shown);
        model.addAttribute("bolehIsi", ApbdesService.bolehMengisi(me));
        model.addAttribute("bolehKomentar", CatatanPerencanaan.PENGOMENTAR.contains(me.peran()));
        model.addAttribute("bolehEvaluasi", me.peran() == id.pandudesa.akun.Peran.CAMAT);
        model.addAttribute(
                "terbaru", shown != null && shown.nomor() == versions.getFirst().nomor());
        if (shown != null) {
            RingkasanApbdes sum = RingkasanApbdes.dari(shown);
            model.addAttribute("r", sum);
            model.addAttribute("kelompok", kelompok(shown));
            Map<String, Long> perBidang = new LinkedHashMap<>();
            sum.perBidang()
                    .forEach((b, v) -> perBidang.put(
                            codes.namaBidang(b)
                                    .map(ApbdesPageController::singkat)
                                    .orElse(b),
                            v));
            model.addAttribute("grafikBidang", Grafik.rupiah(perBidang, null));
            Map<String, Long> perSumber = new LinkedHashMap<>();
            sum.perSumberPendapatan()
                    .forEach((j, v) -> perSumber.put(codes.namaRekening(j).orElse(j), v));
            model.addAttribute("grafikSumber", Grafik.rupiah(perSumber, null));
            Map<String, Long> perFund = new LinkedHashMap<>();
            sum.belanjaPerSumberDana()
                    .forEach((f, v) -> perFund.put(
                            messages.getMessage("apbdes.sumber." + f, null, f, LocaleContextHolder.getLocale()), v));
            model.addAttribute("grafikSumberDana", Grafik.rupiah(perFund, null));
            List<CatatanPerencanaan.Catatan> allNotes = notes.daftar("APBDES", shown.id());
            model.addAttribute("catatan", allNotes);
            Map<String, List<CatatanPerencanaan.Catatan>> perLine = new LinkedHashMap<>();
            allNotes.stream()
                    .filter(c -> c.baris() != null)
                    .forEach(c -> perLine.computeIfAbsent(c.baris(), k -> new java.util.ArrayList<>())
                            .add(c));
            model.addAttribute("catatanBaris", perLine);
            // Which RKPDes kegiatan each belanja line pays for, and what it could be linked to.
            Map<String, Integer> number = new LinkedHashMap<>();
            for (int i = 0; i < shown.baris().size(); i++) {
                number.putIfAbsent(TautanApbdes.kunci(shown.baris().get(i)), i + 1);
            }
            Map<Long, RencanaDesa.Kegiatan> kegiatan = new LinkedHashMap<>();
            Map<String, List<RencanaDesa.Kegiatan>> byCode = new LinkedHashMap<>();
            rkpdesService
                    .rkpdes(desa.kode(), tahun)
                    .ifPresent(r -> rkpdesService.kegiatan(r.id()).forEach(k -> {
                        kegiatan.put(k.id(), k);
                        byCode.computeIfAbsent(k.kodeKegiatan(), x -> new ArrayList<>())
                                .add(k);
                    }));
            model.addAttribute("nomorBaris", number);
            model.addAttribute("tautan", tautan.tautan(desa.kode(), tahun));
            model.addAttribute("kegiatanRkpdes", kegiatan);
            model.addAttribute("kegiatanPerKode", byCode);
        }
    }

    private static String singkat(String bidang) {
        String s = bidang.replaceFirst("(?i)^bidang ", "");
        s = s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase();
        return s.length() > 40 ? s.substring(0, 38) + "…" : s;
    }

    private List<Kelompok> kelompok(Apbdes a) {
        Map<String, List<Apbdes.Baris>> groups = new LinkedHashMap<>();
        groups.put("4", new ArrayList<>());
        for (String b : RingkasanApbdes.BIDANG) {
            groups.put("5." + b, new ArrayList<>());
        }
        groups.put("6", new ArrayList<>());
        for (Apbdes.Baris line : a.baris()) {
            String key = line.akun().equals("5") ? "5." + line.bidang() : line.akun();
            groups.get(key).add(line);
        }
        List<Kelompok> out = new ArrayList<>();
        groups.forEach((key, lines) -> {
            if (lines.isEmpty()) {
                return;
            }
            boolean spending = key.startsWith("5.");
            String code = spending ? key.substring(2) : key;
            String name = spending
                    ? codes.namaRekening("5").orElse("BELANJA") + " · "
                            + codes.namaBidang(code).orElse(code)
                    : codes.namaRekening(key).orElse(key);
            long sum = lines.stream().mapToLong(Apbdes.Baris::anggaran).sum();
            out.add(new Kelompok(code, name, lines, sum));
        });
        return out;
    }

    @PostMapping("/perencanaan/apbdes/{kode}/{tahun}/unggah")
    String unggah(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam("berkas") MultipartFile file,
            @RequestParam(required = false) Integer versi,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    TabelMasuk table = TabelMasuk.unggahan(file, "apbdes.csvTidakTerbaca");
                    return service.ganti(kode, tahun, table, versi, me);
                },
                "apbdes.pesan.tersimpan",
                saved -> "/perencanaan/apbdes/" + saved.kodeDesa() + "/" + tahun,
                "perencanaan/apbdes",
                () -> isi(pageAction.model(), kode, tahun, null, me));
    }

    @PostMapping("/perencanaan/apbdes/{kode}/{tahun}/tetapkan")
    String tetapkan(@PathVariable String kode, @PathVariable int tahun, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = service.desaTerlihat(kode, me).kode();
        return pageAction.run(
                () -> {
                    service.tetapkan(code, tahun, me);
                    return "apbdes.pesan.ditetapkan";
                },
                "/perencanaan/apbdes/" + code + "/" + tahun,
                "perencanaan/apbdes",
                () -> isi(pageAction.model(), code, tahun, null, me));
    }

    /** A comment or, on a draft, the kecamatan's evaluation. */
    record CatatanForm(String versi, String jenis, String hasil, String isi, String baris) implements Formulir {}

    @PostMapping("/perencanaan/apbdes/{kode}/{tahun}/catatan")
    String catatan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam int versi,
            CatatanForm f,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Apbdes a = service.lihat(kode, tahun, versi, me);
        CatatanPerencanaan.Jenis kind =
                "EVALUASI".equals(f.jenis()) ? CatatanPerencanaan.Jenis.EVALUASI : CatatanPerencanaan.Jenis.KOMENTAR;
        CatatanPerencanaan.Hasil result = "SESUAI".equals(f.hasil())
                ? CatatanPerencanaan.Hasil.SESUAI
                : "PERBAIKI".equals(f.hasil()) ? CatatanPerencanaan.Hasil.PERBAIKI : null;
        return pageAction.run(
                () -> {
                    if (kind == CatatanPerencanaan.Jenis.EVALUASI && a.status() != Apbdes.Status.DRAF) {
                        throw new RuleViolationException("perencanaan.catatan.evaluasiRancangan");
                    }
                    notes.tambah("APBDES", a.id(), a.kodeDesa(), kind, result, f.isi(), baris(a, f.baris()), me);
                    return "perencanaan.catatan.tersimpan";
                },
                "/perencanaan/apbdes/" + a.kodeDesa() + "/" + tahun + "?versi=" + versi
                        + (f.baris() == null || f.baris().isBlank()
                                ? "#catatan"
                                : "#baris-" + f.baris().trim()),
                "perencanaan/apbdes",
                () -> isi(pageAction.model(), a.kodeDesa(), tahun, versi, me));
    }

    /** The identity of the version's line number {@code nomor} (1-based), or null for the whole document. */
    private static String baris(Apbdes a, String nomor) {
        if (nomor == null || nomor.isBlank()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(nomor.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > a.baris().size()) {
            throw new RuleViolationException(
                    List.of(id.pandudesa.platform.FieldProblem.of("baris", "apbdes.barisTidakAda", nomor)),
                    "apbdes.barisTidakAda",
                    nomor);
        }
        return TautanApbdes.kunci(a.baris().get(n - 1));
    }

    /** Links an APBDes line to the RKPDes activity it funds, or unlinks it. */
    @PostMapping("/perencanaan/apbdes/{kode}/{tahun}/tautan")
    String tautkan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam int baris,
            @RequestParam(required = false) String kegiatan,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = service.desaTerlihat(kode, me).kode();
        return pageAction.run(
                () -> {
                    tautan.tautkan(code, tahun, baris, HalamanRencana.id(kegiatan), me);
                    return "apbdes.tautan.tersimpan";
                },
                "/perencanaan/apbdes/" + code + "/" + tahun + "#baris-" + baris,
                "perencanaan/apbdes",
                () -> isi(pageAction.model(), code, tahun, null, me));
    }

    @GetMapping("/perencanaan/apbdes/{kode}/{tahun}/beda")
    String beda(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam int dari,
            @RequestParam int ke,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Apbdes before = service.lihat(kode, tahun, dari, me);
        Apbdes after = service.lihat(kode, tahun, ke, me);
        model.addAttribute("desa", service.desaTerlihat(kode, me));
        model.addAttribute("tahun", tahun);
        model.addAttribute("dari", RingkasanApbdes.dari(before));
        model.addAttribute("ke", RingkasanApbdes.dari(after));
        model.addAttribute("perubahan", BedaApbdes.antara(before, after));
        return "perencanaan/apbdes-beda";
    }

    @GetMapping("/perencanaan/apbdes/{kode}/{tahun}.csv")
    void csv(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) Integer versi,
            HttpServletResponse response)
            throws IOException {
        BacaApbdes.tulisCsv(service.lihat(kode, tahun, versi, akun.wajibSaatIni()), response);
    }

    /** The table as Excel in the upload layout, so it can be edited and uploaded again. */
    @GetMapping("/perencanaan/apbdes/{kode}/{tahun}.xlsx")
    void excel(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) Integer versi,
            HttpServletResponse response)
            throws IOException {
        Apbdes a = service.lihat(kode, tahun, versi, akun.wajibSaatIni());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"apbdes-" + a.kodeDesa() + "-" + tahun + "-v" + a.nomor() + ".xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(wilayah.sebutan(a.kodeDesa()).apb());
            Row head = sheet.createRow(0);
            for (int i = 0; i < BacaApbdes.KOLOM_KELUAR.size(); i++) {
                head.createCell(i).setCellValue(BacaApbdes.KOLOM_KELUAR.get(i));
            }
            var whole = book.createCellStyle();
            whole.setDataFormat(book.createDataFormat().getFormat("0"));
            int r = 1;
            for (Apbdes.Baris b : a.baris()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(b.kodeKegiatan() == null ? "" : b.kodeKegiatan());
                row.createCell(1).setCellValue(b.kodeRekening());
                row.createCell(2).setCellValue(b.uraian());
                var amount = row.createCell(3);
                amount.setCellValue(b.anggaran());
                amount.setCellStyle(whole);
                row.createCell(4).setCellValue(b.sumberDana() == null ? "" : b.sumberDana());
            }
            sheet.setColumnWidth(2, 60 * 256);
            sheet.setColumnWidth(3, 16 * 256);
            book.write(response.getOutputStream());
        }
    }

    private int tahunIni() {
        return Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
    }
}
