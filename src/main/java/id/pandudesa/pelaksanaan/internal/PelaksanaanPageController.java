package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

/** Pages of implementation: the year's projects of a desa, a project with its S-curve and reports. */
@Controller
class PelaksanaanPageController {

    private final PelaksanaanService service;

    private final HalamanProyek halaman;

    private final LaporanProyekService laporanProyek;
    private final PenyelesaianService completion;
    private final DanaDesa danaDesa;
    private final PerencanaanApi perencanaan;
    private final FileService files;
    private final AkunApi akun;

    PelaksanaanPageController(
            PelaksanaanService service,
            HalamanProyek halaman,
            LaporanProyekService laporanProyek,
            PenyelesaianService completion,
            DanaDesa danaDesa,
            PerencanaanApi perencanaan,
            FileService files,
            AkunApi akun) {
        this.service = service;
        this.halaman = halaman;
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

    /** The Dana Desa transfer of one stage, as the village treasurer types it. */
    record DanaDesaForm(String tahap, String tanggal, String jumlah) implements Formulir {}

    @PostMapping("/pelaksanaan/{kode}/{tahun}/dana-desa")
    String catatDanaDesa(@PathVariable String kode, @PathVariable int tahun, DanaDesaForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = service.desaTerlihat(kode, me);
        return pageAction.run(
                () -> {
                    danaDesa.catat(
                            desa.kode(),
                            tahun,
                            Isian.bulat(f.tahap(), "tahap"),
                            Isian.tanggal(f.tanggal(), "tanggal"),
                            Isian.rupiah(f.jumlah(), "jumlah"),
                            me);
                    return "pelaksanaan.danaDesa.tercatat";
                },
                "/pelaksanaan/" + desa.kode() + "/" + tahun + "#dana-desa",
                "pelaksanaan/daftar",
                () -> isiDaftar(pageAction.model(), desa, tahun, me, f.isian()));
    }

    /** A project started from an activity of the adopted APBDes. */
    record ProyekForm(
            String kegiatan,
            String tpk,
            String mulai,
            String selesai,
            String lintang,
            String bujur,
            String lokasi,
            String volume,
            String satuan,
            String padatKarya)
            implements Formulir {

        PelaksanaanService.ProyekBaru baca() {
            return new PelaksanaanService.ProyekBaru(
                    kegiatan,
                    tpk,
                    Isian.tanggal(mulai, "mulai"),
                    Isian.tanggal(selesai, "selesai"),
                    Isian.desimal(lintang, "lintang"),
                    Isian.desimal(bujur, "lintang"),
                    lokasi,
                    Isian.desimal(volume, "volume"),
                    satuan,
                    "true".equals(padatKarya));
        }
    }

    @PostMapping("/pelaksanaan/{kode}/{tahun}")
    String buat(@PathVariable String kode, @PathVariable int tahun, ProyekForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = service.desaTerlihat(kode, me);
        return pageAction.run(
                () -> service.buat(desa.kode(), tahun, f.baca(), me),
                "pelaksanaan.pesan.proyekDibuat",
                saved -> "/pelaksanaan/proyek/" + saved.id(),
                "pelaksanaan/daftar",
                () -> isiDaftar(pageAction.model(), desa, tahun, me, f.isian()));
    }

    @GetMapping("/pelaksanaan/proyek/{id}")
    String proyek(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        halaman.isiProyek(model, service.proyek(id, me), me, new LinkedHashMap<>());
        return "pelaksanaan/proyek";
    }

    /** A progress report as typed; the photos come as files beside it. */
    record LaporanForm(
            String tanggal,
            String fisik,
            String realisasi,
            String alasanLebih,
            String masalah,
            String pekerjaLaki,
            String pekerjaPerempuan,
            String pekerjaMiskin,
            String hok,
            String upah)
            implements Formulir {

        LaporanProyekService.LaporanBaru baca() {
            return new LaporanProyekService.LaporanBaru(
                    Isian.tanggal(tanggal, "tanggal"),
                    Isian.desimal(fisik, "fisik"),
                    Isian.rupiah(realisasi, "realisasi"),
                    alasanLebih,
                    masalah,
                    Isian.bulat(pekerjaLaki, "pekerjaLaki"),
                    Isian.bulat(pekerjaPerempuan, "pekerjaLaki"),
                    Isian.bulat(pekerjaMiskin, "pekerjaMiskin"),
                    Isian.bulat(hok, "hok"),
                    Isian.rupiah(upah, "upah"));
        }
    }

    @PostMapping("/pelaksanaan/proyek/{id}/laporan")
    String lapor(
            @PathVariable long id,
            LaporanForm f,
            @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
            PageAction pageAction)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        PelaksanaanService.Proyek project = service.proyek(id, me);
        List<LaporanProyekService.Foto> photos = new ArrayList<>();
        if (foto != null) {
            for (MultipartFile file : foto) {
                if (!file.isEmpty()) {
                    photos.add(new LaporanProyekService.Foto(file.getBytes(), file.getOriginalFilename()));
                }
            }
        }
        return pageAction.run(
                () -> {
                    laporanProyek.lapor(id, f.baca(), photos, me);
                    return "pelaksanaan.pesan.laporanTercatat";
                },
                "/pelaksanaan/proyek/" + id,
                "pelaksanaan/proyek",
                () -> halaman.isiProyek(pageAction.model(), project, me, f.isian()));
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
}
