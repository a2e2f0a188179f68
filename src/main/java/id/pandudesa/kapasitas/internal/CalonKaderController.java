package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A village's cadre candidates: the list for its PLD, the proposal form, appointing or dropping one. */
@Controller
class CalonKaderController {

    private final CalonKaderService calon;
    private final KaderService kader;
    private final PelatihanService pelatihan;
    private final MusyawarahApi musyawarah;
    private final AkunApi akun;

    CalonKaderController(
            CalonKaderService calon,
            KaderService kader,
            PelatihanService pelatihan,
            MusyawarahApi musyawarah,
            AkunApi akun) {
        this.calon = calon;
        this.kader = kader;
        this.pelatihan = pelatihan;
        this.musyawarah = musyawarah;
        this.akun = akun;
    }

    @GetMapping("/kapasitas/calon/{kode}")
    String daftar(@PathVariable String kode, Model model) {
        isi(model, kode, akun.wajibSaatIni(), Map.of());
        return "kapasitas/calon";
    }

    private void isi(Model model, String kode, PenggunaSaatIni me, Map<String, String> form) {
        Wilayah desa = kader.desaTerlihat(kode, me);
        model.addAttribute("desa", desa);
        model.addAttribute("calon", calon.daftar(desa.kode(), me));
        model.addAttribute("bolehUsul", CalonKaderService.bolehMengusulkan(me, desa.kode()));
        model.addAttribute("rapat", musyawarah.terbaru(desa.kode(), 30, me));
        model.addAttribute(
                "pelatihanPilihan",
                pelatihan.daftar(me, PageQuery.first(50)).isi().stream()
                        .filter(p -> desa.kode().startsWith(p.kodeWilayah()))
                        .toList());
        model.addAttribute("semuaJenis", JenisKader.values());
        model.addAttribute("semuaSumber", CalonKaderService.Sumber.values());
        model.addAttribute("hariIni", kader.hariIni());
        model.addAttribute("f", form);
    }

    @PostMapping("/kapasitas/calon/{kode}")
    String usulkan(
            @PathVariable String kode,
            @RequestParam(required = false) String nama,
            @RequestParam(required = false) String jenisKelamin,
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String alasan,
            @RequestParam(required = false) String sumber,
            @RequestParam(required = false) String sumberId,
            @RequestParam(required = false) String uraian,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nama", nama);
        form.put("alasan", alasan);
        form.put("uraian", uraian);
        return pageAction.run(
                () -> {
                    Integer ref = Isian.bulat(sumberId, "sumberId");
                    calon.usulkan(
                            kode,
                            new CalonKaderService.Usulan(
                                    nama,
                                    jenisKelamin,
                                    jenis,
                                    alasan,
                                    sumber,
                                    ref == null ? null : ref.longValue(),
                                    uraian),
                            me);
                    return "kapasitas.calon.tercatat";
                },
                "/kapasitas/calon/" + kode,
                "kapasitas/calon",
                () -> isi(pageAction.model(), kode, me, form));
    }

    @PostMapping("/kapasitas/calon/{kode}/{id}/angkat")
    String angkat(
            @PathVariable String kode,
            @PathVariable long id,
            @RequestParam(required = false) Integer versi,
            @RequestParam(required = false) String musyawarahId,
            @RequestParam(required = false) String skNomor,
            @RequestParam(required = false) String skTanggal,
            @RequestParam(required = false) String mulai,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        milikDesa(id, kode, me);
        return pageAction.run(
                () -> {
                    Integer m = Isian.bulat(musyawarahId, "musyawarahId");
                    calon.angkat(
                            id,
                            versi,
                            m == null ? null : m.longValue(),
                            skNomor,
                            Isian.tanggal(skTanggal, "skTanggal"),
                            Isian.tanggal(mulai, "mulai"),
                            me);
                    return "kapasitas.calon.diangkat";
                },
                "/kapasitas/calon/" + kode,
                "kapasitas/calon",
                () -> isi(pageAction.model(), kode, me, Map.of()));
    }

    @PostMapping("/kapasitas/calon/{kode}/{id}/batal")
    String batal(
            @PathVariable String kode,
            @PathVariable long id,
            @RequestParam(required = false) Integer versi,
            @RequestParam(required = false) String catatan,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        milikDesa(id, kode, me);
        return pageAction.run(
                () -> {
                    calon.batalkan(id, versi, catatan, me);
                    return "kapasitas.calon.dibatalkan";
                },
                "/kapasitas/calon/" + kode,
                "kapasitas/calon",
                () -> isi(pageAction.model(), kode, me, Map.of()));
    }

    private void milikDesa(long id, String kode, PenggunaSaatIni me) {
        if (!calon.calon(id, me).kodeDesa().equals(kode)) {
            throw new id.pandudesa.platform.NotFoundException("kapasitas.calon.tidakDitemukan");
        }
    }
}
