package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.tabel.TabelKeluar;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.PageAction;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The realisation page of a desa-year: each point (latest first), the chosen one line by line
 * beside the budget with its share per bidang as a chart, the sheet to fill (the adopted lines
 * with the point's figures) and, for the village government, the upload of a new point.
 */
@Controller
class RealisasiPageController {

    private final RealisasiService service;
    private final SiskeudesService siskeudes;
    private final KodeApbdes codes;
    private final AkunApi akun;
    private final Clock clock;

    RealisasiPageController(
            RealisasiService service, SiskeudesService siskeudes, KodeApbdes codes, AkunApi akun, Clock clock) {
        this.service = service;
        this.siskeudes = siskeudes;
        this.codes = codes;
        this.akun = akun;
        this.clock = clock;
    }

    @GetMapping("/perencanaan/apbdes/{kode}/{tahun}/realisasi")
    String lihat(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            Model model) {
        isi(model, kode, tahun, sampai, akun.wajibSaatIni());
        return "perencanaan/realisasi";
    }

    private void isi(Model model, String kode, int tahun, LocalDate sampai, PenggunaSaatIni me) {
        RealisasiService.Halaman h = service.halaman(kode, tahun, sampai, me);
        model.addAttribute("desa", h.desa());
        model.addAttribute("tahun", tahun);
        model.addAttribute("apbdes", h.apbdes());
        model.addAttribute("semuaTitik", h.semuaTitik());
        model.addAttribute("titik", h.dipilih());
        model.addAttribute("bolehIsi", ApbdesService.bolehMengisi(me));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        model.addAttribute("hariIni", today.getYear() == tahun ? today : LocalDate.of(tahun, 12, 31));
        if (h.apbdes() == null) {
            return;
        }
        List<BarisRealisasi> lines = BarisRealisasi.dari(h.apbdes(), h.dipilih());
        model.addAttribute("baris", lines);
        if (h.dipilih() != null) {
            RingkasanRealisasi sum = RingkasanRealisasi.dari(h.dipilih(), h.apbdes());
            model.addAttribute("r", sum);
            Map<String, long[]> perBidang = new LinkedHashMap<>();
            sum.perBidang().forEach((b, a) -> {
                if (a.anggaran() > 0) {
                    perBidang.put(codes.namaBidang(b).orElse(b), new long[] {a.realisasi(), a.anggaran()});
                }
            });
            model.addAttribute("grafikBidang", Grafik.bagian(perBidang));
        }
    }

    @PostMapping("/perencanaan/apbdes/{kode}/{tahun}/realisasi")
    String unggah(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            @RequestParam("berkas") MultipartFile file,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return catat(kode, tahun, me, pageAction, "realisasi.pesan.tersimpan", () -> {
            TabelMasuk table = TabelMasuk.unggahan(file, "realisasi.csvTidakTerbaca");
            return service.catat(kode, tahun, sampai, table, Realisasi.Sumber.LEMBAR, me);
        });
    }

    /** A point recorded from the page: to its date's view, or the page again with the reasons. */
    private String catat(
            String kode,
            int tahun,
            PenggunaSaatIni me,
            PageAction pageAction,
            String pesan,
            java.util.function.Supplier<RealisasiService.Titik> step) {
        return pageAction.run(
                step,
                pesan,
                saved -> "/perencanaan/apbdes/" + saved.realisasi().kodeDesa() + "/" + tahun + "/realisasi?sampai="
                        + saved.realisasi().sampai(),
                "perencanaan/realisasi",
                () -> isi(pageAction.model(), kode, tahun, null, me));
    }

    /** The village's Siskeudes export (zip): the year's APBDes as adopted there and a point up to the date. */
    @PostMapping("/perencanaan/apbdes/{kode}/{tahun}/siskeudes")
    String siskeudes(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            @RequestParam("berkas") MultipartFile file,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return catat(kode, tahun, me, pageAction, "realisasi.pesan.siskeudes", () -> {
            try (var in = file.getInputStream()) {
                return siskeudes.impor(kode, tahun, sampai, in, me);
            } catch (IOException e) {
                throw new RuleViolationException("zip.bukanZip");
            }
        });
    }

    /** The sheet to fill: the adopted lines with the chosen point's figures (0 before any). */
    @GetMapping("/perencanaan/apbdes/{kode}/{tahun}/realisasi.csv")
    void lembar(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            HttpServletResponse response)
            throws IOException {
        RealisasiService.Halaman h = service.halaman(kode, tahun, sampai, akun.wajibSaatIni());
        if (h.apbdes() == null) {
            throw new RuleViolationException(
                    "realisasi.belumDitetapkan", h.desa().kode(), String.valueOf(tahun));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"realisasi-" + h.desa().kode() + "-" + tahun
                        + (h.dipilih() == null ? "" : "-" + h.dipilih().sampai()) + ".csv\"");
        try (TabelKeluar csv = TabelKeluar.csv(response.getOutputStream(), BacaRealisasi.KOLOM)) {
            for (BarisRealisasi b : BarisRealisasi.dari(h.apbdes(), h.dipilih())) {
                csv.baris(b.kodeKegiatan(), b.kodeRekening(), b.uraian(), b.realisasi());
            }
        }
    }
}
