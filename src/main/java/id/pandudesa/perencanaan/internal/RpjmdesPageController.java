package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.Isian;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    @PostMapping("/perencanaan/rpjmdes/{kode}")
    String buatRpjmdes(
            @PathVariable String kode, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        Integer start = Isian.bulat(p.get("tahunAwal"), "tahunAwal");
        try {
            rpjmdesService.buatRpjmdes(desa.kode(), start, p.get("visi"), p.get("misi"), me);
            redirect.addFlashAttribute("pesan", "rpjmdes.pesan.dibuat");
            return "redirect:/perencanaan/rpjmdes/" + desa.kode() + "?tahun=" + start;
        } catch (RuleViolationException e) {
            HalamanRencana.galat(model, e);
            isiRpjmdes(model, desa, start == null ? halaman.tahunIni() : start, me, new LinkedHashMap<>(p));
            return "perencanaan/rpjmdes";
        }
    }

    @PostMapping("/perencanaan/rpjmdes/{kode}/{awal}/program")
    String tambahProgram(
            @PathVariable String kode,
            @PathVariable int awal,
            @RequestParam Map<String, String> p,
            Model model,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        try {
            rpjmdesService.tambahProgram(
                    desa.kode(),
                    awal,
                    Isian.bulat(p.get("tahun"), "tahun"),
                    p.get("kodeBidang"),
                    p.get("uraian"),
                    Isian.rupiah(p.get("biaya"), "biaya"),
                    me);
            redirect.addFlashAttribute("pesan", "rpjmdes.pesan.programTercatat");
            return "redirect:/perencanaan/rpjmdes/" + desa.kode() + "?tahun=" + awal + "#program";
        } catch (RuleViolationException e) {
            HalamanRencana.galat(model, e);
            isiRpjmdes(model, desa, awal, me, new LinkedHashMap<>(p));
            return "perencanaan/rpjmdes";
        }
    }

    @PostMapping("/perencanaan/rpjmdes/{kode}/{awal}/tetapkan")
    String tetapkanRpjmdes(
            @PathVariable String kode,
            @PathVariable int awal,
            @RequestParam(required = false) String keputusan,
            @RequestParam(required = false) Integer versi,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        return HalamanRencana.lakukan(
                redirect,
                "rpjmdes.pesan.ditetapkan",
                "/perencanaan/rpjmdes/" + code + "?tahun=" + awal,
                () -> rpjmdesService.tetapkanRpjmdes(code, awal, keputusan, versi, me));
    }

    @PostMapping("/perencanaan/rpjmdes/{kode}/{awal}/catatan")
    String catatanRpjmdes(
            @PathVariable String kode,
            @PathVariable int awal,
            @RequestParam(required = false) String isi,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        RencanaDesa.Rpjmdes plan = rpjmdesService
                .rpjmdesUntuk(code, awal)
                .filter(r -> r.tahunAwal() == awal)
                .orElseThrow(() -> new NotFoundException("rpjmdes.tidakDitemukan"));
        return HalamanRencana.lakukan(
                redirect,
                "perencanaan.catatan.tersimpan",
                "/perencanaan/rpjmdes/" + code + "?tahun=" + awal + "#catatan",
                () -> notes.tambah("RPJMDES", plan.id(), code, CatatanPerencanaan.Jenis.KOMENTAR, null, isi, me));
    }
}
