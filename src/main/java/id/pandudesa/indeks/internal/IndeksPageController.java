package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.indeks.StatusIdm;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.platform.tugas.BackgroundJobService;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Tingkat;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the village index: results, what-if, the questionnaire, regional rollups and the import. */
@Controller
class IndeksPageController {

    private final IdmService idm;

    private final IndeksDesaService indeksDesa;
    private final KatalogIndeks catalogues;
    private final RekapQueries rekap;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final BackgroundJobService jobs;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    IndeksPageController(
            IdmService idm,
            IndeksDesaService indeksDesa,
            KatalogIndeks catalogues,
            RekapQueries rekap,
            AkunApi akun,
            WilayahApi wilayah,
            BackgroundJobService jobs,
            Clock clock,
            org.springframework.context.MessageSource messages) {
        this.idm = idm;
        this.indeksDesa = indeksDesa;
        this.catalogues = catalogues;
        this.rekap = rekap;
        this.akun = akun;
        this.wilayah = wilayah;
        this.jobs = jobs;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/indeks/desa/{kode}")
    String desa(@PathVariable String kode, @RequestParam(required = false) Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = idm.desaTerlihat(kode, me);
        List<HasilIndeks> history = idm.riwayat(desa.kode(), me);
        model.addAttribute("desa", desa);
        model.addAttribute("riwayat", history);
        model.addAttribute("seriIndeksDesa", indeksDesa.riwayat(desa.kode(), me));
        model.addAttribute("tahunIni", tahunIni());
        model.addAttribute(
                "bolehMengisi",
                KuesionerService.PENGISI.contains(me.peran()) || KuesionerService.PENINJAU.contains(me.peran()));
        Optional<HasilIndeks> chosen = tahun == null
                ? history.stream().reduce((a, b) -> b)
                : history.stream().filter(h -> h.tahun() == tahun).findFirst();
        chosen.ifPresent(h -> {
            model.addAttribute("h", h);
            model.addAttribute("potensi", AnalisisIdm.potensi(h.skor(), catalogues.idm()));
            model.addAttribute("jalur", AnalisisIdm.jalurTercepat(h.skor(), catalogues.idm()));
            model.addAttribute("grafik", grafikRiwayat(history));
        });
        return "indeks/desa";
    }

    @GetMapping("/indeks/desa/{kode}/{tahun}/simulasi")
    String simulasi(@PathVariable String kode, @PathVariable int tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        HasilIndeks h =
                idm.hasil(kode, tahun, me).orElseThrow(() -> new NotFoundException("idm.hasilTidakAda", kode, tahun));
        model.addAttribute("desa", idm.desaTerlihat(kode, me));
        model.addAttribute("h", h);
        model.addAttribute("skor", h.skor());
        model.addAttribute("sim", h.hasil());
        model.addAttribute("indikator", catalogues.idm().katalog().indikator());
        model.addAttribute("pilihan", pilihanSkor());
        return "indeks/simulasi";
    }

    /** What-if: recompute with changed scores, nothing stored. An htmx call gets only the result panel. */
    @PostMapping("/indeks/desa/{kode}/{tahun}/simulasi")
    String hitungSimulasi(
            @PathVariable String kode,
            @PathVariable int tahun,
            HttpServletRequest request,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        HasilIndeks h =
                idm.hasil(kode, tahun, me).orElseThrow(() -> new NotFoundException("idm.hasilTidakAda", kode, tahun));
        int[] scores = h.skor().clone();
        for (int i = 0; i < scores.length; i++) {
            String v = request.getParameter(String.format("s%02d", i + 1));
            if (v != null) {
                try {
                    int s = Integer.parseInt(v);
                    if (catalogues.idm().skorDiizinkan(i).contains(s)) {
                        scores[i] = s;
                    }
                } catch (NumberFormatException ignored) {
                    // An unreadable choice keeps the stored score.
                }
            }
        }
        model.addAttribute("desa", idm.desaTerlihat(kode, me));
        model.addAttribute("h", h);
        model.addAttribute("skor", scores);
        model.addAttribute("sim", IdmCalculator.hitung(scores));
        model.addAttribute("indikator", catalogues.idm().katalog().indikator());
        model.addAttribute("pilihan", pilihanSkor());
        return htmx != null ? "indeks/simulasi :: hasil" : "indeks/simulasi";
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
        List<Integer> years = rekap.tahun(scope);
        int year = tahun != null ? tahun : years.isEmpty() ? tahunIni() : years.getFirst();
        RekapQueries.Rekap r = rekap.rekap(scope, year);
        List<RekapQueries.Anak> children = childLength == 0 ? List.of() : rekap.perAnak(scope, childLength, year);
        Map<String, String> names = new LinkedHashMap<>();
        this.wilayah
                .semua(children.stream().map(RekapQueries.Anak::kode).toList())
                .forEach((k, w) -> names.put(k, w.nama()));
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
        model.addAttribute("grafik", id.pandudesa.platform.web.Grafik.dari(r.perStatus(), "status.idm."));
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

    @GetMapping("/indeks/impor")
    String imporPage(Model model) {
        wajibAdmin();
        return "indeks/impor";
    }

    @PostMapping("/indeks/impor")
    String impor(
            @RequestParam("berkas") MultipartFile file,
            @RequestParam(defaultValue = "IDM") String indeks,
            @RequestParam(required = false) Integer tahun,
            RedirectAttributes redirect)
            throws IOException {
        PenggunaSaatIni me = wajibAdmin();
        byte[] bytes = file.getBytes();
        String name = file.getOriginalFilename() == null ? "berkas" : file.getOriginalFilename();
        boolean indeksDesa = "INDEKS_DESA".equals(indeks);
        String kind = indeksDesa ? "INDEKS_DESA_IMPOR" : "IDM_IMPOR";
        String title = (indeksDesa ? "Impor Indeks Desa " : "Impor IDM ") + name;
        long job = jobs.jalankan(kind, title, me.username(), progress -> {
            try {
                TabelMasuk source = TabelMasuk.baca(bytes);
                int stored = indeksDesa
                        ? this.indeksDesa.impor(source, tahun, me, progress)
                        : idm.impor(source, name, me, progress);
                return stored + " baris disimpan.";
            } catch (RuleViolationException e) {
                throw new IllegalStateException(uraikan(e));
            } catch (IOException e) {
                throw new IllegalStateException("Berkas tidak terbaca: " + e.getMessage());
            }
        });
        return "redirect:/indeks/impor/" + job;
    }

    @GetMapping("/indeks/impor/{id}")
    String imporStatus(
            @PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        PenggunaSaatIni me = wajibAdmin();
        model.addAttribute(
                "tugas",
                jobs.lihat(id)
                        .filter(t -> t.pemilik().equals(me.username()))
                        .orElseThrow(() -> new NotFoundException("tugas.tidakDitemukan")));
        return htmx != null ? "indeks/impor :: kemajuan" : "indeks/impor";
    }

    /** Every row error of a refused import as lines a person can work through (the first 200). */
    private String uraikan(RuleViolationException e) {
        java.util.Locale id = java.util.Locale.forLanguageTag("id");
        StringBuilder out = new StringBuilder(messages.getMessage(e.messageKey(), e.args(), id)).append('\n');
        e.problems().stream()
                .limit(200)
                .forEach(p -> out.append(p.row() == null ? "" : "Baris " + p.row() + ", ")
                        .append("kolom ")
                        .append(p.field())
                        .append(": ")
                        .append(messages.getMessage(p.messageKey(), p.args(), p.messageKey(), id))
                        .append('\n'));
        return out.toString();
    }

    private static String region(Model model) {
        return String.valueOf(model.getAttribute("wilayahDipilih"));
    }

    private PenggunaSaatIni wajibAdmin() {
        PenggunaSaatIni me = akun.wajibSaatIni();
        if (me.peran() != Peran.ADMIN) {
            throw new id.pandudesa.platform.ForbiddenException("idm.impor.hanyaAdmin");
        }
        return me;
    }

    private List<List<Integer>> pilihanSkor() {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < IdmCalculator.JUMLAH_INDIKATOR; i++) {
            out.add(catalogues.idm().skorDiizinkan(i));
        }
        return out;
    }

    private int tahunIni() {
        return Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
    }

    private static String wilayahUtama(PenggunaSaatIni me) {
        if (me.lingkup().isNasional()) {
            return Lingkup.NASIONAL;
        }
        List<String> codes = me.lingkup().prefiks();
        return codes.size() == 1 ? codes.getFirst() : "";
    }

    /** History of the IDM as bars (per mille for the bar length, three decimals as text). */
    private static List<BatangTahun> grafikRiwayat(List<HasilIndeks> history) {
        return history.stream()
                .map(h -> new BatangTahun(
                        h.tahun(),
                        h.hasil().idm(),
                        (int) Math.round(h.hasil().idm() * 100),
                        h.hasil().status()))
                .toList();
    }

    record BatangTahun(int tahun, double idm, int persen, StatusIdm status) {}
}
