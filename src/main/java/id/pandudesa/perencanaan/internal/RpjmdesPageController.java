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

/** Pages of the six-year plan (RPJMDes) and its programmes. */
@Controller
class RpjmdesPageController {

    private final RpjmdesService rpjmdesService;
    private final ApbdesService apbdes;
    private final CatatanPerencanaan notes;
    private final MusyawarahApi musyawarah;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final HalamanRencana halaman;

    RpjmdesPageController(
            RpjmdesService rpjmdesService,
            ApbdesService apbdes,
            CatatanPerencanaan notes,
            MusyawarahApi musyawarah,
            AkunApi akun,
            WilayahApi wilayah,
            HalamanRencana halaman) {
        this.rpjmdesService = rpjmdesService;
        this.apbdes = apbdes;
        this.notes = notes;
        this.musyawarah = musyawarah;
        this.akun = akun;
        this.wilayah = wilayah;
        this.halaman = halaman;
    }

    @GetMapping("/perencanaan/rpjmdes/{kode}")
    String rpjmdes(@PathVariable String kode, @RequestParam(required = false) Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        isiRpjmdes(model, desa, tahun == null ? halaman.tahunIni() : tahun, me, new LinkedHashMap<>());
        return "perencanaan/rpjmdes";
    }

    private void isiRpjmdes(Model model, Wilayah desa, int tahun, PenggunaSaatIni me, Map<String, String> form) {
        Optional<RencanaDesa.Rpjmdes> plan = rpjmdesService.rpjmdesUntuk(desa.kode(), tahun);
        List<RencanaDesa.Program> programmes =
                plan.map(r -> rpjmdesService.program(r.id())).orElse(List.of());
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("r", plan.orElse(null));
        model.addAttribute("program", programmes);
        model.addAttribute(
                "bidang",
                halaman.namaBidang(
                        programmes.stream().map(RencanaDesa.Program::kodeBidang).toList()));
        Map<String, Long> perYear = new LinkedHashMap<>();
        plan.ifPresent(r -> {
            for (int y = r.tahunAwal(); y <= r.tahunAkhir(); y++) {
                perYear.put(String.valueOf(y), 0L);
            }
        });
        programmes.forEach(x -> perYear.merge(String.valueOf(x.tahun()), x.biaya(), Long::sum));
        model.addAttribute("grafik", Grafik.rupiah(perYear, null));
        model.addAttribute(
                "keputusan",
                plan.map(r -> r.musdesId() == null
                                ? null
                                : musyawarah
                                        .keputusan(r.musdesId(), r.musdesAgenda(), me)
                                        .orElse(null))
                        .orElse(null));
        int from = plan.map(RencanaDesa.Rpjmdes::tahunAwal).orElse(tahun);
        List<MusyawarahApi.Keputusan> decisions = halaman.keputusanSekitar(desa.kode(), from, me);
        model.addAttribute(
                "keputusanMusdes",
                decisions.stream()
                        .filter(MusyawarahApi.Keputusan::musyawarahDesa)
                        .filter(MusyawarahApi.Keputusan::disepakati)
                        .toList());
        model.addAttribute("subBidang", halaman.subBidang());
        model.addAttribute("bolehSusun", RencanaDesa.PENYUSUN.contains(me.peran()));
        model.addAttribute("bolehTetapkan", me.peran() == Peran.PEMDES);
        model.addAttribute("bolehKomentar", CatatanPerencanaan.PENGOMENTAR.contains(me.peran()));
        model.addAttribute(
                "catatan", plan.map(r -> notes.daftar("RPJMDES", r.id())).orElse(List.of()));
        model.addAttribute("f", form);
    }

    record RpjmdesForm(String tahunAwal, String visi, String misi) implements Formulir {}

    @PostMapping("/perencanaan/rpjmdes/{kode}")
    String buatRpjmdes(@PathVariable String kode, RpjmdesForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        return pageAction.run(
                () -> rpjmdesService.buatRpjmdes(
                        desa.kode(), Isian.bulat(f.tahunAwal(), "tahunAwal"), f.visi(), f.misi(), me),
                "rpjmdes.pesan.dibuat",
                saved -> "/perencanaan/rpjmdes/" + desa.kode() + "?tahun=" + saved.tahunAwal(),
                "perencanaan/rpjmdes",
                () -> isiRpjmdes(
                        pageAction.model(),
                        desa,
                        f.tahunAwal() != null && f.tahunAwal().trim().matches("\\d{4}")
                                ? Integer.parseInt(f.tahunAwal().trim())
                                : halaman.tahunIni(),
                        me,
                        f.isian()));
    }

    record ProgramForm(String tahun, String kodeBidang, String uraian, String biaya) implements Formulir {}

    @PostMapping("/perencanaan/rpjmdes/{kode}/{awal}/program")
    String tambahProgram(@PathVariable String kode, @PathVariable int awal, ProgramForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        return pageAction.run(
                () -> {
                    rpjmdesService.tambahProgram(
                            desa.kode(),
                            awal,
                            Isian.bulat(f.tahun(), "tahun"),
                            f.kodeBidang(),
                            f.uraian(),
                            Isian.rupiah(f.biaya(), "biaya"),
                            me);
                    return "rpjmdes.pesan.programTercatat";
                },
                "/perencanaan/rpjmdes/" + desa.kode() + "?tahun=" + awal + "#program",
                "perencanaan/rpjmdes",
                () -> isiRpjmdes(pageAction.model(), desa, awal, me, f.isian()));
    }

    @PostMapping("/perencanaan/rpjmdes/{kode}/{awal}/tetapkan")
    String tetapkanRpjmdes(
            @PathVariable String kode, @PathVariable int awal, HalamanRencana.PenetapanForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        return pageAction.run(
                () -> {
                    rpjmdesService.tetapkanRpjmdes(desa.kode(), awal, f.keputusan(), f.versiDibaca(), me);
                    return "rpjmdes.pesan.ditetapkan";
                },
                "/perencanaan/rpjmdes/" + desa.kode() + "?tahun=" + awal,
                "perencanaan/rpjmdes",
                () -> isiRpjmdes(pageAction.model(), desa, awal, me, f.isian()));
    }

    @PostMapping("/perencanaan/rpjmdes/{kode}/{awal}/catatan")
    String catatanRpjmdes(
            @PathVariable String kode,
            @PathVariable int awal,
            @RequestParam(required = false) String isi,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        RencanaDesa.Rpjmdes plan = rpjmdesService
                .rpjmdesUntuk(desa.kode(), awal)
                .filter(r -> r.tahunAwal() == awal)
                .orElseThrow(() -> new NotFoundException("rpjmdes.tidakDitemukan"));
        return pageAction.run(
                () -> {
                    notes.tambah("RPJMDES", plan.id(), desa.kode(), CatatanPerencanaan.Jenis.KOMENTAR, null, isi, me);
                    return "perencanaan.catatan.tersimpan";
                },
                "/perencanaan/rpjmdes/" + desa.kode() + "?tahun=" + awal + "#catatan",
                "perencanaan/rpjmdes",
                () -> isiRpjmdes(
                        pageAction.model(),
                        desa,
                        awal,
                        me,
                        new LinkedHashMap<>(Map.of("isi", isi == null ? "" : isi))));
    }
}
