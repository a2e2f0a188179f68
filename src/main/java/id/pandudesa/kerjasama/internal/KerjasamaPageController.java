package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.ekonomi.EkonomiApi;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.platform.web.Unduhan;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cooperation pages: a desa's partners, agreements and BKAD; a region's agreements with those
 * about to end; one agreement as its guided steps, signing and aksi-refleksi; a kecamatan's BKAD.
 */
@Controller
class KerjasamaPageController {

    private final KerjasamaService service;

    private final PenandatangananService penandatanganan;
    private final LangkahPerjanjianService steps;
    private final KerjasamaQueries queries;
    private final RefleksiService refleksi;
    private final MitraService mitra;
    private final BkadService bkad;
    private final EkonomiApi ekonomi;
    private final MusyawarahApi musyawarah;
    private final FileService files;
    private final WilayahApi wilayah;
    private final AkunApi akun;

    KerjasamaPageController(
            KerjasamaService service,
            PenandatangananService penandatanganan,
            LangkahPerjanjianService steps,
            KerjasamaQueries queries,
            RefleksiService refleksi,
            MitraService mitra,
            BkadService bkad,
            EkonomiApi ekonomi,
            MusyawarahApi musyawarah,
            FileService files,
            WilayahApi wilayah,
            AkunApi akun) {
        this.service = service;
        this.penandatanganan = penandatanganan;
        this.steps = steps;
        this.queries = queries;
        this.refleksi = refleksi;
        this.mitra = mitra;
        this.bkad = bkad;
        this.ekonomi = ekonomi;
        this.musyawarah = musyawarah;
        this.files = files;
        this.wilayah = wilayah;
        this.akun = akun;
    }

    /** A village user goes to their desa's cooperation, anyone else to their area's. */
    @GetMapping("/kerjasama")
    String mulai() {
        PenggunaSaatIni me = akun.wajibSaatIni();
        List<String> own = me.lingkup().prefiks();
        return "redirect:/kerjasama/" + (me.lingkup().isNasional() ? "35" : own.getFirst());
    }

    @GetMapping("/kerjasama/{kode}")
    String wilayah(
            @PathVariable String kode,
            @RequestParam(defaultValue = "false") boolean segera,
            PageQuery page,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiWilayah(model, service.terlihat(kode, me), segera, me, page, new LinkedHashMap<>());
        return "kerjasama/daftar";
    }

    private void isiWilayah(
            Model model, Wilayah w, boolean segera, PenggunaSaatIni me, PageQuery page, Map<String, String> f) {
        model.addAttribute("w", w);
        model.addAttribute("f", f);
        model.addAttribute("segera", segera);
        model.addAttribute("hariPeringatan", service.hariPeringatan());
        var rows = queries.daftar(w.kode(), segera, me, page);
        model.addAttribute("daftar", rows);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        rows.isi().forEach(r -> codes.add(r.kodeDesa()));
        if (w.isDesa()) {
            List<Kerjasama.Mitra> partners = mitra.mitra(w.kode());
            partners.forEach(m -> {
                if (m.kodeDesaMitra() != null) {
                    codes.add(m.kodeDesaMitra());
                }
            });
            model.addAttribute("mitra", partners);
            model.addAttribute("jenisMitraSemua", Kerjasama.JenisMitra.values());
            model.addAttribute("jenisSemua", Kerjasama.Jenis.values());
            model.addAttribute("bkadDesa", bkad.untukDesa(w.kode()));
            model.addAttribute("bolehCatat", KerjasamaService.bolehCatat(me, w.kode()));
        } else {
            Map<String, Long> bars = new LinkedHashMap<>();
            queries.sebaran(w.kode(), me).forEach((k, v) -> bars.put("kerjasama.keadaan." + k.name(), v));
            model.addAttribute("grafik", Grafik.dari(bars, null));
            if (w.kode().length() == 6) {
                model.addAttribute("bkadKecamatan", bkad.daftar(w.kode(), me));
            }
        }
        model.addAttribute("nama", wilayah.semua(codes));
    }

    private Wilayah desa(String kode, PenggunaSaatIni me) {
        Wilayah w = service.terlihat(kode, me);
        if (!w.isDesa()) {
            throw new NotFoundException("kerjasama.wilayahTidakDitemukan", kode);
        }
        return w;
    }

    @PostMapping("/kerjasama/{kode}/mitra")
    String catatMitra(@PathVariable String kode, FormulirKerjasama.MitraForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = desa(kode, me);
        return pageAction.run(
                () -> {
                    Kerjasama.Mitra m = mitra.catatMitra(
                            w, f.jenisMitra(), f.namaMitra(), f.kodeDesaMitra(), f.kontak(), f.alamat(), me);
                    pageAction.redirect().addFlashAttribute("pesanArg", m.nama());
                    return "kerjasama.mitraTercatat";
                },
                "/kerjasama/" + w.kode(),
                "kerjasama/daftar",
                () -> {
                    pageAction.model().addAttribute("bukaMitra", true);
                    isiWilayah(pageAction.model(), w, false, me, PageQuery.first(PageQuery.DEFAULT_SIZE), f.isian());
                });
    }

    @PostMapping("/kerjasama/{kode}/baru")
    String baru(@PathVariable String kode, FormulirKerjasama.PerjanjianForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = desa(kode, me);
        return pageAction.run(
                () -> service.mulai(
                        w, f.jenis(), f.judul(), f.ruangLingkup(), f.mitraDibaca(), Isian.rupiah(f.bkad(), "bkad"), me),
                "kerjasama.dimulai",
                id -> "/kerjasama/perjanjian/" + id,
                "kerjasama/daftar",
                () -> {
                    pageAction.model().addAttribute("bukaBaru", true);
                    isiWilayah(pageAction.model(), w, false, me, PageQuery.first(PageQuery.DEFAULT_SIZE), f.isian());
                });
    }

    @GetMapping("/kerjasama/perjanjian/{id}")
    String perjanjian(@PathVariable long id, Model model) {
        isiPerjanjian(model, id, akun.wajibSaatIni(), new LinkedHashMap<>());
        return "kerjasama/perjanjian";
    }

    private void isiPerjanjian(Model model, long id, PenggunaSaatIni me, Map<String, String> f) {
        Kerjasama.Perjanjian p = service.perjanjian(id, me);
        model.addAttribute("p", p);
        model.addAttribute("f", f);
        model.addAttribute("nama", wilayah.semua(p.desa()));
        model.addAttribute("keadaan", p.keadaan(service.hariIni(), service.hariPeringatan()));
        Map<Kerjasama.Langkah, Kerjasama.LangkahSelesai> done = new EnumMap<>(Kerjasama.Langkah.class);
        steps.langkah(p, me).forEach(l -> done.put(l.langkah(), l));
        model.addAttribute("langkahSemua", Kerjasama.Langkah.values());
        model.addAttribute("selesai", done);
        int next = 1;
        while (next <= 6 && done.containsKey(Kerjasama.Langkah.ke(next))) {
            next++;
        }
        model.addAttribute("berikut", next);
        List<MusyawarahApi.Ringkas> rapat = steps.rapatPilihan(p, me);
        model.addAttribute("rapat", rapat);
        model.addAttribute("produkHukum", steps.produkHukumPilihan(p, me));
        model.addAttribute(
                "rapatRefleksi",
                rapat.stream()
                        .filter(r -> r.jenis() == JenisMusyawarah.AKSI_REFLEKSI)
                        .toList());
        model.addAttribute(
                "rapatLangkah5",
                rapat.stream()
                        .filter(r -> r.jenis() == JenisMusyawarah.MUSYAWARAH_ANTAR_DESA
                                || (p.jenis() == Kerjasama.Jenis.PIHAK_KETIGA
                                        && KerjasamaService.MUSDES.contains(r.jenis())))
                        .toList());
        model.addAttribute("potensi", ekonomi.potensiDesa(p.kodeDesa()));
        model.addAttribute(
                "produkDesa",
                p.desa().stream()
                        .filter(me::mencakup)
                        .flatMap(d -> ekonomi.produkPublik(d, 100).stream())
                        .toList());
        model.addAttribute("refleksi", refleksi.refleksi(id));
        model.addAttribute(
                "bkad", p.bkadId() == null ? null : bkad.cari(p.bkadId()).orElse(null));
        model.addAttribute("bolehCatat", KerjasamaService.bolehCatat(me, p.kodeDesa()));
        model.addAttribute("hariIni", service.hariIni());
    }

    @PostMapping("/kerjasama/perjanjian/{id}/langkah")
    String langkah(
            @PathVariable long id,
            FormulirKerjasama.LangkahForm f,
            @RequestParam(name = "dokumen", required = false) MultipartFile dokumen,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            String ref = f.bukti();
            String kind = null;
            Long refId = null;
            if (ref != null && ref.contains(":")) {
                kind = ref.substring(0, ref.indexOf(':'));
                refId = Isian.rupiah(ref.substring(ref.indexOf(':') + 1), "bukti");
            }
            Integer step = Isian.bulat(f.langkah(), "langkah");
            steps.selesaikan(
                    id,
                    Isian.bulat(f.versi(), "versi"),
                    step,
                    kind,
                    refId,
                    bytes(dokumen),
                    dokumen == null ? null : dokumen.getOriginalFilename(),
                    f.perdes(),
                    f.catatan(),
                    me);
            pageAction.redirect().addFlashAttribute("pesanArg", step);
            return "kerjasama.langkahSelesai";
        });
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @PostMapping("/kerjasama/perjanjian/{id}/tandatangani")
    String tandatangani(
            @PathVariable long id,
            FormulirKerjasama.TandaTanganForm f,
            @RequestParam(name = "dokumen", required = false) MultipartFile dokumen,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            penandatanganan.tandatangani(
                    id,
                    Isian.bulat(f.versi(), "versi"),
                    f.nomorPerjanjian(),
                    Isian.tanggal(f.ditandatangani(), "ditandatangani"),
                    Isian.tanggal(f.mulai(), "mulai"),
                    Isian.tanggal(f.selesai(), "selesai"),
                    Isian.rupiah(f.nilai(), "nilai"),
                    bytes(dokumen),
                    dokumen == null ? null : dokumen.getOriginalFilename(),
                    me);
            return "kerjasama.ditandatangani";
        });
    }

    @PostMapping("/kerjasama/perjanjian/{id}/refleksi")
    String refleksi(@PathVariable long id, FormulirKerjasama.RefleksiForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            refleksi.refleksi(
                    id,
                    Isian.bulat(f.versi(), "versi"),
                    Isian.tanggal(f.tanggalRefleksi(), "tanggalRefleksi"),
                    Isian.rupiah(f.musyawarahRefleksi(), "musyawarahRefleksi"),
                    f.temuan(),
                    f.kinerjaBkad(),
                    f.tindakLanjut(),
                    me);
            return "kerjasama.refleksiTercatat";
        });
    }

    @PostMapping("/kerjasama/tindak-lanjut/{id}/selesai")
    String tindakLanjut(@PathVariable long id, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        long k = refleksi.perjanjianTindakLanjut(id);
        service.perjanjian(k, me);
        return pageAction.run(
                () -> {
                    refleksi.tindakLanjutSelesai(id, me);
                    return "kerjasama.tindakLanjutSelesai";
                },
                "/kerjasama/perjanjian/" + k + "#refleksi",
                "kerjasama/perjanjian",
                () -> isiPerjanjian(pageAction.model(), k, me, new LinkedHashMap<>()));
    }

    /** An action on an agreement's page (see {@link PageAction}). */
    private String lakukan(
            long id,
            PenggunaSaatIni me,
            Formulir f,
            PageAction pageAction,
            java.util.function.Supplier<String> action) {
        return pageAction.run(
                action,
                "/kerjasama/perjanjian/" + id,
                "kerjasama/perjanjian",
                () -> isiPerjanjian(pageAction.model(), id, me, f.isian()));
    }

    @GetMapping("/kerjasama/perjanjian/{id}/berkas/{berkasId}")
    ResponseEntity<InputStreamResource> berkas(@PathVariable long id, @PathVariable long berkasId) {
        Berkas b = service.berkas(id, berkasId, akun.wajibSaatIni());
        return Unduhan.berkas(b, files.isi(b.id()), "kerjasama-" + id + "-" + b.id());
    }
}
