package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
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
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of the annual work plan (RKPDes) and the links between APBDes lines and its activities. */
@Controller
class RkpdesPageController {

    private final UsulanService usulanService;
    private final RpjmdesService rpjmdesService;
    private final RkpdesService rkpdesService;
    private final JejakRencana jejak;
    private final TautanApbdes tautan;
    private final ApbdesService apbdes;
    private final CatatanPerencanaan notes;
    private final MusyawarahApi musyawarah;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final HalamanRencana halaman;

    RkpdesPageController(
            UsulanService usulanService,
            RpjmdesService rpjmdesService,
            RkpdesService rkpdesService,
            JejakRencana jejak,
            TautanApbdes tautan,
            ApbdesService apbdes,
            CatatanPerencanaan notes,
            MusyawarahApi musyawarah,
            AkunApi akun,
            WilayahApi wilayah,
            HalamanRencana halaman) {
        this.usulanService = usulanService;
        this.rpjmdesService = rpjmdesService;
        this.rkpdesService = rkpdesService;
        this.jejak = jejak;
        this.tautan = tautan;
        this.apbdes = apbdes;
        this.notes = notes;
        this.musyawarah = musyawarah;
        this.akun = akun;
        this.wilayah = wilayah;
        this.halaman = halaman;
    }

    @GetMapping("/perencanaan/rkpdes/{kode}/{tahun}")
    String rkpdes(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) Long usulan,
            @RequestParam(required = false) Long program,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Map<String, String> form = new LinkedHashMap<>();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        if (usulan != null) {
            usulanService
                    .usulanSatu(usulan)
                    .filter(u -> u.kodeDesa().equals(desa.kode()))
                    .ifPresent(u -> {
                        form.put("usulanId", String.valueOf(u.id()));
                        form.put("nama", u.judul());
                        form.put("lokasi", u.lokasi());
                        form.put("biaya", String.valueOf(u.biaya()));
                        form.put("sasaran", u.penerima() + " orang");
                        if (u.kodeBidang().split("\\.").length == 3) {
                            form.put("kodeKegiatan", u.kodeBidang());
                        }
                    });
        }
        if (program != null) {
            form.put("programId", String.valueOf(program));
        }
        isiRkpdes(model, desa, tahun, me, form);
        return "perencanaan/rkpdes";
    }

    private void isiRkpdes(Model model, Wilayah desa, int tahun, PenggunaSaatIni me, Map<String, String> form) {
        JejakRencana.Ringkasan trace = jejak.untuk(desa.kode(), tahun);
        Optional<RencanaDesa.Rkpdes> plan = rkpdesService.rkpdes(desa.kode(), tahun);
        List<JejakRencana.Langkah> steps = new ArrayList<>();
        trace.jejak().forEach(j -> steps.addAll(j.langkah()));
        steps.sort(java.util.Comparator.comparing(
                        (JejakRencana.Langkah l) -> l.kegiatan().kodeKegiatan())
                .thenComparing(l -> l.kegiatan().id()));
        Map<Long, RencanaDesa.Usulan> proposals = new LinkedHashMap<>();
        usulanService.usulanDesa(desa.kode(), tahun).forEach(u -> proposals.put(u.id(), u));
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("rkpdes", plan.orElse(null));
        model.addAttribute("keputusan", trace.rkpdesKeputusan());
        model.addAttribute("langkah", steps);
        model.addAttribute("usulanPeta", proposals);
        model.addAttribute(
                "usulanPrioritas",
                proposals.values().stream()
                        .filter(u -> u.status() == RencanaDesa.StatusUsulan.DIPRIORITASKAN)
                        .toList());
        model.addAttribute(
                "program",
                rpjmdesService
                        .rpjmdesUntuk(desa.kode(), tahun)
                        .map(r -> rpjmdesService.program(r.id()).stream()
                                .filter(x -> x.tahun() == tahun)
                                .toList())
                        .orElse(List.of()));
        model.addAttribute(
                "total", steps.stream().mapToLong(l -> l.kegiatan().biaya()).sum());
        Map<String, Long> perSource = new LinkedHashMap<>();
        steps.forEach(l -> perSource.merge(
                "rkpdes.sumber." + l.kegiatan().sumberDana().name(),
                l.kegiatan().biaya(),
                Long::sum));
        model.addAttribute("grafik", Grafik.rupiah(perSource, null));
        model.addAttribute("semuaSumber", RencanaDesa.SumberDana.values());
        model.addAttribute("kegiatanKode", halaman.kegiatanKode());
        model.addAttribute("rekeningBelanja", halaman.rekeningBelanja());
        model.addAttribute(
                "keputusanMusdes",
                halaman.keputusanSekitar(desa.kode(), tahun, me).stream()
                        .filter(MusyawarahApi.Keputusan::musyawarahDesa)
                        .filter(MusyawarahApi.Keputusan::disepakati)
                        .toList());
        model.addAttribute("bolehSusun", RencanaDesa.PENYUSUN.contains(me.peran()));
        model.addAttribute("bolehTetapkan", me.peran() == Peran.PEMDES);
        model.addAttribute("bolehApbdes", ApbdesService.bolehMengisi(me));
        model.addAttribute("bolehKomentar", CatatanPerencanaan.PENGOMENTAR.contains(me.peran()));
        model.addAttribute(
                "catatan", plan.map(r -> notes.daftar("RKPDES", r.id())).orElse(List.of()));
        model.addAttribute("f", form);
    }

    /** An RKPDes activity, from a proposal or a programme of the RPJMDes or new. */
    record KegiatanForm(
            String kodeKegiatan,
            String nama,
            String lokasi,
            String volume,
            String satuan,
            String sasaran,
            String waktu,
            String biaya,
            String sumberDana,
            String pelaksana,
            String usulanId,
            String programId)
            implements Formulir {

        RencanaDesa.KegiatanBaru baca() {
            return new RencanaDesa.KegiatanBaru(
                    kodeKegiatan,
                    nama,
                    lokasi,
                    Isian.desimal(volume, "volume"),
                    satuan,
                    sasaran,
                    waktu,
                    Isian.rupiah(biaya, "biaya"),
                    sumberDana,
                    pelaksana,
                    HalamanRencana.id(usulanId),
                    HalamanRencana.id(programId));
        }
    }

    @PostMapping("/perencanaan/rkpdes/{kode}/{tahun}/kegiatan")
    String tambahKegiatan(@PathVariable String kode, @PathVariable int tahun, KegiatanForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        return pageAction.run(
                () -> rkpdesService.tambahKegiatan(desa.kode(), tahun, f.baca(), me),
                "rkpdes.pesan.kegiatanTercatat",
                saved -> "/perencanaan/rkpdes/" + desa.kode() + "/" + tahun + "#kegiatan-" + saved.id(),
                "perencanaan/rkpdes",
                () -> isiRkpdes(pageAction.model(), desa, tahun, me, f.isian()));
    }

    @PostMapping("/perencanaan/rkpdes/{kode}/{tahun}/tetapkan")
    String tetapkanRkpdes(
            @PathVariable String kode, @PathVariable int tahun, HalamanRencana.PenetapanForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        return halamanIni(
                desa, tahun, me, pageAction, "/perencanaan/rkpdes/" + desa.kode() + "/" + tahun, f.isian(), () -> {
                    rkpdesService.tetapkanRkpdes(desa.kode(), tahun, f.keputusan(), f.versiDibaca(), me);
                    return "rkpdes.pesan.ditetapkan";
                });
    }

    @PostMapping("/perencanaan/rkpdes/{kode}/{tahun}/kegiatan/{id}/apbdes")
    String keApbdes(
            @PathVariable String kode,
            @PathVariable int tahun,
            @PathVariable long id,
            @RequestParam(required = false) String kodeRekening,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        String target = "/perencanaan/rkpdes/" + desa.kode() + "/" + tahun + "#kegiatan-" + id;
        return halamanIni(desa, tahun, me, pageAction, target, new LinkedHashMap<>(), () -> {
            tautan.keApbdes(desa.kode(), tahun, id, kodeRekening, me);
            return "rkpdes.pesan.masukApbdes";
        });
    }

    @PostMapping("/perencanaan/rkpdes/{kode}/{tahun}/catatan")
    String catatanRkpdes(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) String isi,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        RencanaDesa.Rkpdes plan = rkpdesService
                .rkpdes(desa.kode(), tahun)
                .orElseThrow(() -> new NotFoundException("rkpdes.tidakDitemukan"));
        String target = "/perencanaan/rkpdes/" + desa.kode() + "/" + tahun + "#catatan";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("isi", isi == null ? "" : isi);
        return halamanIni(desa, tahun, me, pageAction, target, form, () -> {
            notes.tambah("RKPDES", plan.id(), desa.kode(), CatatanPerencanaan.Jenis.KOMENTAR, null, isi, me);
            return "perencanaan.catatan.tersimpan";
        });
    }

    /** An action of the RKPDes page: back to it with the message, or the page again with the reasons. */
    private String halamanIni(
            Wilayah desa,
            int tahun,
            PenggunaSaatIni me,
            PageAction pageAction,
            String target,
            Map<String, String> form,
            java.util.function.Supplier<String> action) {
        return pageAction.run(
                action, target, "perencanaan/rkpdes", () -> isiRkpdes(pageAction.model(), desa, tahun, me, form));
    }
}
