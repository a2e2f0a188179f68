package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Pages of trainings: plan, participants, attendance and scores, materials, certificates. */
@Controller
class PelatihanPageController {

    private final KaderService kader;
    private final PelatihanService pelatihan;
    private final PesertaPelatihanService ikutan;
    private final Kompetensi kompetensi;
    private final SertifikatPdf sertifikat;
    private final MusyawarahApi musyawarah;
    private final WilayahApi wilayah;
    private final FileService files;
    private final AkunApi akun;

    PelatihanPageController(
            KaderService kader,
            PelatihanService pelatihan,
            PesertaPelatihanService ikutan,
            Kompetensi kompetensi,
            SertifikatPdf sertifikat,
            MusyawarahApi musyawarah,
            WilayahApi wilayah,
            FileService files,
            AkunApi akun) {
        this.kader = kader;
        this.pelatihan = pelatihan;
        this.ikutan = ikutan;
        this.kompetensi = kompetensi;
        this.sertifikat = sertifikat;
        this.musyawarah = musyawarah;
        this.wilayah = wilayah;
        this.files = files;
        this.akun = akun;
    }

    @GetMapping("/kapasitas/pelatihan")
    String daftarPelatihan(PageQuery page, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiPelatihan(model, me, page, new LinkedHashMap<>(), List.of());
        return "kapasitas/pelatihan";
    }

    private void isiPelatihan(
            Model model, PenggunaSaatIni me, PageQuery page, Map<String, String> form, List<String> comps) {
        var hasil = pelatihan.daftar(me, page);
        model.addAttribute("hasil", hasil);
        model.addAttribute(
                "namaWilayah",
                wilayah.semua(hasil.isi().stream()
                        .map(PelatihanService.Pelatihan::kodeWilayah)
                        .toList()));
        model.addAttribute("bolehRencana", PelatihanService.bolehMerencanakan(me));
        model.addAttribute("olehDesa", PelatihanService.PENYELENGGARA_DESA.contains(me.peran()));
        model.addAttribute(
                "kaderPelatih",
                me.lingkup().prefiks().stream()
                        .filter(k -> k.length() == 10)
                        .flatMap(k -> kader.daftar(k).stream())
                        .filter(k -> k.status() == KaderService.Status.AKTIF)
                        .toList());
        model.addAttribute("wilayahSaya", wilayah.semua(me.lingkup().prefiks()).values());
        model.addAttribute("kompetensiSemua", kompetensi.semua());
        model.addAttribute("f", form);
        model.addAttribute("dipilih", new TreeSet<>(comps));
    }

    /** A training being planned: what, by whom, where, for which region, when, which competencies. */
    record PelatihanForm(
            String judul,
            String penyelenggara,
            String tempat,
            String kodeWilayah,
            String mulai,
            String selesai,
            List<String> kompetensi,
            String nilaiLulus,
            String pelatihKaderId)
            implements Formulir {

        PelatihanService.Baru baca() {
            return new PelatihanService.Baru(
                    judul,
                    penyelenggara,
                    tempat,
                    kodeWilayah,
                    Isian.tanggal(mulai, "mulai"),
                    Isian.tanggal(selesai, "selesai"),
                    kompetensiDipilih(),
                    Isian.bulat(nilaiLulus, "nilaiLulus"),
                    pelatih());
        }

        private Long pelatih() {
            Integer k = Isian.bulat(pelatihKaderId, "pelatihKaderId");
            return k == null ? null : k.longValue();
        }

        List<String> kompetensiDipilih() {
            return kompetensi == null ? List.of() : kompetensi;
        }
    }

    @PostMapping("/kapasitas/pelatihan")
    String rencanakan(PelatihanForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> pelatihan.rencanakan(f.baca(), me),
                "kapasitas.pelatihanTercatat",
                saved -> "/kapasitas/pelatihan/" + saved.id(),
                "kapasitas/pelatihan",
                () -> isiPelatihan(
                        pageAction.model(),
                        me,
                        PageQuery.first(PageQuery.DEFAULT_SIZE),
                        f.isian(),
                        f.kompetensiDipilih()));
    }

    @GetMapping("/kapasitas/pelatihan/{id}")
    String pelatihan(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiSatu(model, id, me);
        return "kapasitas/pelatihan-detail";
    }

    private void isiSatu(Model model, long id, PenggunaSaatIni me) {
        PelatihanService.Pelatihan p = pelatihan.pelatihan(id, me);
        List<PesertaPelatihanService.Peserta> peserta = ikutan.peserta(id);
        model.addAttribute("p", p);
        model.addAttribute("wilayahPelatihan", wilayah.cari(p.kodeWilayah()).orElse(null));
        model.addAttribute("peserta", peserta);
        model.addAttribute(
                "namaDesa",
                wilayah.semua(peserta.stream()
                        .map(PesertaPelatihanService.Peserta::kodeDesa)
                        .toList()));
        model.addAttribute("bolehKelola", pelatihan.bolehKelola(p, me));
        model.addAttribute("pelatih", pelatih(p, me));
        model.addAttribute("hariIni", kader.hariIni());
        model.addAttribute("materi", pelatihan.materi(id));
        model.addAttribute("kompetensiSemua", kompetensi.semua());
        model.addAttribute(
                "layak",
                peserta.stream()
                        .filter(x -> PesertaPelatihanService.layak(p.hari(), x.hadir(), x.nilaiAkhir(), p.nilaiLulus()))
                        .map(PesertaPelatihanService.Peserta::id)
                        .toList());
        model.addAttribute(
                "belumBersertifikat",
                peserta.stream()
                        .anyMatch(x -> x.sertifikat() == null
                                && PesertaPelatihanService.layak(p.hari(), x.hadir(), x.nilaiAkhir(), p.nilaiLulus())));
        if (pelatihan.bolehKelola(p, me) && p.kodeWilayah().length() <= 10) {
            Set<Long> already = new java.util.HashSet<>();
            peserta.forEach(x -> {
                if (x.kaderId() != null) {
                    already.add(x.kaderId());
                }
            });
            List<KaderService.Kader> calon = new ArrayList<>();
            for (Wilayah d : wilayah.desaDalam(List.of(p.kodeWilayah()), PageQuery.first(100))
                    .isi()) {
                if (me.mencakup(d.kode())) {
                    kader.daftar(d.kode()).stream()
                            .filter(k -> k.status() == KaderService.Status.AKTIF && !already.contains(k.id()))
                            .forEach(calon::add);
                }
            }
            model.addAttribute("calon", calon);
            model.addAttribute(
                    "namaDesaCalon",
                    wilayah.semua(
                            calon.stream().map(KaderService.Kader::kodeDesa).toList()));
        }
        Map<String, Long> bars = new LinkedHashMap<>();
        bars.put("kapasitas.grafik.awal", Math.round(rata(peserta, true)));
        bars.put("kapasitas.grafik.akhir", Math.round(rata(peserta, false)));
        model.addAttribute("grafikNilai", Grafik.dari(bars, null));
    }

    private static double rata(List<PesertaPelatihanService.Peserta> peserta, boolean awal) {
        return peserta.stream()
                .map(x -> awal ? x.nilaiAwal() : x.nilaiAkhir())
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .average()
                .orElse(0);
    }

    /** A participant: a registered cadre, or a guest by name, sex and village. */
    record PesertaForm(String kaderId, String nama, String jenisKelamin, String kodeDesa) implements Formulir {}

    @PostMapping("/kapasitas/pelatihan/{id}/peserta")
    String tambahPeserta(@PathVariable long id, PesertaForm p, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, pageAction, () -> {
            Integer kaderId = Isian.bulat(p.kaderId(), "kaderId");
            ikutan.tambahPeserta(
                    id, kaderId == null ? null : kaderId.longValue(), p.nama(), p.jenisKelamin(), p.kodeDesa(), me);
            return "kapasitas.pesertaTercatat";
        });
    }

    /**
     * The attendance grid: one row per participant with fields named by their id ({@code
     * hadir_<id>}, {@code awal_<id>}, {@code akhir_<id>}), so it is read by name from the request.
     */
    @PostMapping("/kapasitas/pelatihan/{id}/catat")
    String catat(@PathVariable long id, @RequestParam MultiValueMap<String, String> p, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, pageAction, () -> {
            List<PesertaPelatihanService.Catatan> rows = new ArrayList<>();
            for (String pid : p.getOrDefault("peserta", List.of())) {
                Integer pesertaId = Isian.bulat(pid, "peserta");
                if (pesertaId == null) {
                    continue;
                }
                Set<LocalDate> days = new TreeSet<>();
                for (String d : p.getOrDefault("hadir_" + pesertaId, List.of())) {
                    days.add(Isian.tanggal(d, "hadir"));
                }
                rows.add(new PesertaPelatihanService.Catatan(
                        pesertaId,
                        days,
                        Isian.bulat(p.getFirst("awal_" + pesertaId), "nilai"),
                        Isian.bulat(p.getFirst("akhir_" + pesertaId), "nilai")));
            }
            Integer versi = Isian.bulat(p.getFirst("versi"), "versi");
            ikutan.catat(id, versi == null ? -1 : versi, rows, me);
            return "kapasitas.kehadiranTersimpan";
        });
    }

    @PostMapping("/kapasitas/pelatihan/{id}/sertifikat")
    String terbitkan(@PathVariable long id, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, pageAction, () -> {
            int n = ikutan.terbitkanSertifikat(id, me);
            pageAction.redirect().addFlashAttribute("pesanArg", n);
            return "kapasitas.sertifikatTerbit";
        });
    }

    @GetMapping("/kapasitas/pelatihan/{id}/sertifikat/{pesertaId}.pdf")
    ResponseEntity<byte[]> sertifikatPdf(@PathVariable long id, @PathVariable long pesertaId) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        PesertaPelatihanService.Peserta x = ikutan.pesertaBersertifikat(id, pesertaId, me);
        byte[] pdf = sertifikat.buat(pelatihan.pelatihan(id, me), x);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"sertifikat-" + id + "-" + pesertaId + ".pdf\"")
                .body(pdf);
    }

    @PostMapping("/kapasitas/pelatihan/{id}/materi")
    String materi(
            @PathVariable long id,
            @RequestParam(name = "berkas", required = false) MultipartFile berkas,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, pageAction, () -> {
            try {
                boolean none = berkas == null || berkas.isEmpty();
                pelatihan.tambahMateri(
                        id, none ? null : berkas.getBytes(), none ? null : berkas.getOriginalFilename(), me);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return "kapasitas.materiTersimpan";
        });
    }

    @GetMapping("/kapasitas/pelatihan/{id}/materi/{berkasId}")
    ResponseEntity<InputStreamResource> bukaMateri(@PathVariable long id, @PathVariable long berkasId) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        pelatihan.pelatihan(id, me);
        Berkas b = pelatihan.materi(id).stream()
                .filter(x -> x.id() == berkasId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("kapasitas.materiTidakAda", berkasId));
        return Unduhan.berkas(b, files.isi(b.id()), "materi-" + id + "-" + b.id());
    }

    /** An action on a training's page (see {@link PageAction}). */
    private String lakukan(
            long id, PenggunaSaatIni me, PageAction pageAction, java.util.function.Supplier<String> action) {
        return pageAction.run(
                action,
                "/kapasitas/pelatihan/" + id,
                "kapasitas/pelatihan-detail",
                () -> isiSatu(pageAction.model(), id, me));
    }

    /** The cadre who trains, when the reader may see that cadre's village. */
    private KaderService.Kader pelatih(PelatihanService.Pelatihan p, PenggunaSaatIni me) {
        if (p.pelatihKaderId() == null) {
            return null;
        }
        try {
            return kader.kader(p.pelatihKaderId(), me);
        } catch (id.pandudesa.platform.NotFoundException e) {
            return null;
        }
    }
}
