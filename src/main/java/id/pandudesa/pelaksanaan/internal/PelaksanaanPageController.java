package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.FormErrors;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.wilayah.Wilayah;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of implementation: the year's projects of a desa, a project with its S-curve and reports. */
@Controller
class PelaksanaanPageController {

    private final PelaksanaanService service;

    private final LaporanProyekService laporanProyek;
    private final PenyelesaianService completion;
    private final DanaDesa danaDesa;
    private final PerencanaanApi perencanaan;
    private final FileService files;
    private final AkunApi akun;

    PelaksanaanPageController(
            PelaksanaanService service,
            LaporanProyekService laporanProyek,
            PenyelesaianService completion,
            DanaDesa danaDesa,
            PerencanaanApi perencanaan,
            FileService files,
            AkunApi akun) {
        this.service = service;
        this.laporanProyek = laporanProyek;
        this.completion = completion;
        this.danaDesa = danaDesa;
        this.perencanaan = perencanaan;
        this.files = files;
        this.akun = akun;
    }

    @GetMapping("/pelaksanaan")
    String mulai(
            @RequestParam(required = false) String desa, @RequestParam(required = false) Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        int year = tahun == null ? service.hariIni().getYear() : tahun;
        if (desa != null && !desa.isBlank()) {
            return "redirect:/pelaksanaan/" + service.desaTerlihat(desa, me).kode() + "/" + year;
        }
        List<String> own = me.lingkup().prefiks();
        if (own.size() == 1 && own.getFirst().length() == 10) {
            return "redirect:/pelaksanaan/" + own.getFirst() + "/" + year;
        }
        model.addAttribute("tahun", year);
        return "pelaksanaan/mulai";
    }

    @GetMapping("/pelaksanaan/{kode}/{tahun}")
    String daftar(@PathVariable String kode, @PathVariable int tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiDaftar(model, service.desaTerlihat(kode, me), tahun, me, new LinkedHashMap<>());
        return "pelaksanaan/daftar";
    }

    private void isiDaftar(Model model, Wilayah desa, int tahun, PenggunaSaatIni me, Map<String, String> form) {
        List<PelaksanaanService.Ringkas> projects = service.daftar(desa.kode(), tahun);
        Set<String> followed = projects.stream().map(r -> r.proyek().nama()).collect(Collectors.toSet());
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("proyek", projects);
        model.addAttribute(
                "kegiatan",
                perencanaan.kegiatanBelanja(desa.kode(), tahun).stream()
                        .filter(k -> !followed.contains(k.nama()))
                        .toList());
        model.addAttribute("bolehCatat", PelaksanaanService.PENCATAT.contains(me.peran()));
        model.addAttribute("f", form);
        DanaDesa.Ringkasan dd = danaDesa.ringkasan(desa.kode(), tahun);
        model.addAttribute("dd", dd);
        model.addAttribute("bolehDanaDesa", me.peran() == id.pandudesa.akun.Peran.PEMDES);
        if (dd != null) {
            Map<String, Long> bars = new LinkedHashMap<>();
            bars.put("pelaksanaan.danaDesa.pagu", dd.pagu());
            bars.put("pelaksanaan.danaDesa.diterima", dd.diterima());
            bars.put("pelaksanaan.danaDesa.realisasi", dd.realisasi());
            model.addAttribute("grafikDd", id.pandudesa.platform.web.Grafik.rupiah(bars, null));
        }
    }

    @PostMapping("/pelaksanaan/{kode}/{tahun}/dana-desa")
    String catatDanaDesa(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam Map<String, String> p,
            Model model,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = service.desaTerlihat(kode, me);
        try {
            danaDesa.catat(
                    desa.kode(),
                    tahun,
                    Isian.bulat(p.get("tahap"), "tahap"),
                    Isian.tanggal(p.get("tanggal"), "tanggal"),
                    Isian.rupiah(p.get("jumlah"), "jumlah"),
                    me);
            redirect.addFlashAttribute("pesan", "pelaksanaan.danaDesa.tercatat");
            return "redirect:/pelaksanaan/" + desa.kode() + "/" + tahun + "#dana-desa";
        } catch (RuleViolationException e) {
            FormErrors.keModel(model, e);
            isiDaftar(model, desa, tahun, me, new LinkedHashMap<>(p));
            return "pelaksanaan/daftar";
        }
    }

    @PostMapping("/pelaksanaan/{kode}/{tahun}")
    String buat(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam Map<String, String> p,
            Model model,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = service.desaTerlihat(kode, me);
        try {
            PelaksanaanService.Proyek saved = service.buat(
                    desa.kode(),
                    tahun,
                    new PelaksanaanService.ProyekBaru(
                            p.get("kegiatan"),
                            p.get("tpk"),
                            Isian.tanggal(p.get("mulai"), "mulai"),
                            Isian.tanggal(p.get("selesai"), "selesai"),
                            Isian.desimal(p.get("lintang"), "lintang"),
                            Isian.desimal(p.get("bujur"), "lintang"),
                            p.get("lokasi"),
                            Isian.desimal(p.get("volume"), "volume"),
                            p.get("satuan"),
                            "true".equals(p.get("padatKarya"))),
                    me);
            redirect.addFlashAttribute("pesan", "pelaksanaan.pesan.proyekDibuat");
            return "redirect:/pelaksanaan/proyek/" + saved.id();
        } catch (RuleViolationException e) {
            FormErrors.keModel(model, e);
            isiDaftar(model, desa, tahun, me, new LinkedHashMap<>(p));
            return "pelaksanaan/daftar";
        }
    }

    @GetMapping("/pelaksanaan/proyek/{id}")
    String proyek(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiProyek(model, service.proyek(id, me), me, new LinkedHashMap<>());
        return "pelaksanaan/proyek";
    }

    private void isiProyek(Model model, PelaksanaanService.Proyek p, PenggunaSaatIni me, Map<String, String> form) {
        List<PelaksanaanService.Laporan> reports = service.laporan(p);
        LocalDate today = service.hariIni();
        PelaksanaanService.Ringkas now =
                PelaksanaanService.ringkas(p, reports.isEmpty() ? null : reports.getLast(), today);
        model.addAttribute("p", p);
        model.addAttribute("laporan", reports.reversed());
        model.addAttribute("r", now);
        model.addAttribute("kurva", Kurva.dari(p, reports, today));
        model.addAttribute(
                "hok",
                reports.stream().mapToInt(PelaksanaanService.Laporan::hok).sum());
        model.addAttribute(
                "upah",
                reports.stream().mapToLong(PelaksanaanService.Laporan::upah).sum());
        model.addAttribute(
                "pekerja",
                reports.stream()
                        .filter(PelaksanaanService.Laporan::padatKarya)
                        .reduce((a, b) -> b)
                        .orElse(null));
        model.addAttribute("bolehCatat", PelaksanaanService.PENCATAT.contains(me.peran()));
        model.addAttribute("selesai", completion.selesai(p));
        model.addAttribute("cek", completion.cek(p));
        model.addAttribute("semuaHasil", PenyelesaianService.Hasil.values());
        model.addAttribute("hariIni", today.toString());
        if (!form.containsKey("tanggal")) {
            form.put("tanggal", today.toString());
        }
        model.addAttribute("f", form);
    }

    @PostMapping("/pelaksanaan/proyek/{id}/laporan")
    String lapor(
            @PathVariable long id,
            @RequestParam Map<String, String> p,
            @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
            Model model,
            jakarta.servlet.http.HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        PelaksanaanService.Proyek project = service.proyek(id, me);
        try {
            List<LaporanProyekService.Foto> photos = new ArrayList<>();
            if (foto != null) {
                for (MultipartFile f : foto) {
                    if (!f.isEmpty()) {
                        photos.add(new LaporanProyekService.Foto(f.getBytes(), f.getOriginalFilename()));
                    }
                }
            }
            laporanProyek.lapor(
                    id,
                    new LaporanProyekService.LaporanBaru(
                            Isian.tanggal(p.get("tanggal"), "tanggal"),
                            Isian.desimal(p.get("fisik"), "fisik"),
                            Isian.rupiah(p.get("realisasi"), "realisasi"),
                            p.get("alasanLebih"),
                            p.get("masalah"),
                            Isian.bulat(p.get("pekerjaLaki"), "pekerjaLaki"),
                            Isian.bulat(p.get("pekerjaPerempuan"), "pekerjaLaki"),
                            Isian.bulat(p.get("pekerjaMiskin"), "pekerjaMiskin"),
                            Isian.bulat(p.get("hok"), "hok"),
                            Isian.rupiah(p.get("upah"), "upah")),
                    photos,
                    me);
            redirect.addFlashAttribute("pesan", "pelaksanaan.pesan.laporanTercatat");
            return "redirect:/pelaksanaan/proyek/" + id;
        } catch (RuleViolationException e) {
            response.setStatus(422);
            FormErrors.keModel(model, e);
            isiProyek(model, project, me, new LinkedHashMap<>(p));
            return "pelaksanaan/proyek";
        }
    }

    /** A project photo the caller may see. */
    @GetMapping("/pelaksanaan/foto/{berkasId}")
    ResponseEntity<byte[]> foto(@PathVariable long berkasId) throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        long project = service.proyekFoto(berkasId).orElseThrow(() -> new NotFoundException("berkas.tidakDitemukan"));
        service.proyek(project, me);
        try (InputStream in = files.isi(berkasId)) {
            return ResponseEntity.ok()
                    .contentType(MediaType.IMAGE_JPEG)
                    .cacheControl(
                            CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePrivate())
                    .body(in.readAllBytes());
        }
    }

    /** The S-curve as SVG points: the plan over the schedule, reported physical and financial progress. */
    record Kurva(String rencana, String fisik, String keuangan, String hariIni, List<String> label) {

        static final int LEBAR = 300;

        static Kurva dari(PelaksanaanService.Proyek p, List<PelaksanaanService.Laporan> reports, LocalDate today) {
            LocalDate end = p.selesai();
            for (PelaksanaanService.Laporan l : reports) {
                if (l.tanggal().isAfter(end)) {
                    end = l.tanggal();
                }
            }
            long days = Math.max(1, ChronoUnit.DAYS.between(p.mulai(), end));
            StringBuilder plan = new StringBuilder();
            for (int i = 0; i <= 30; i++) {
                LocalDate d = p.mulai().plusDays(Math.round(days * i / 30.0));
                plan.append(titik(x(p.mulai(), d, days), KurvaS.rencana(p.mulai(), p.selesai(), d)));
            }
            StringBuilder physical = new StringBuilder(titik(0, 0));
            StringBuilder money = new StringBuilder(titik(0, 0));
            for (PelaksanaanService.Laporan l : reports) {
                double x = x(p.mulai(), l.tanggal(), days);
                physical.append(titik(x, l.fisik().doubleValue()));
                money.append(titik(x, Math.min(120, KurvaS.keuangan(l.realisasi(), p.anggaran()))));
            }
            double now = Math.max(0, Math.min(LEBAR, x(p.mulai(), today, days)));
            return new Kurva(
                    plan.toString().trim(),
                    physical.toString().trim(),
                    money.toString().trim(),
                    String.format(Locale.ROOT, "%.1f", now),
                    List.of(p.mulai().toString(), end.toString()));
        }

        private static double x(LocalDate start, LocalDate d, long days) {
            return LEBAR * (double) ChronoUnit.DAYS.between(start, d) / days;
        }

        /** SVG y grows downwards: 100 % at the top (y = 0), 0 % at the bottom (y = 100). */
        private static String titik(double x, double percent) {
            return String.format(Locale.ROOT, "%.1f,%.1f ", Math.max(0, x), 100 - Math.max(0, Math.min(120, percent)));
        }
    }
}
