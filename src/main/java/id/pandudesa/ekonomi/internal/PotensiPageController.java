package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The potential map: a village's list with places, or a region's villages with counts per kind. */
@Controller
class PotensiPageController {

    private final PotensiService service;
    private final WilayahApi wilayah;
    private final AkunApi akun;

    private final WilayahTerlihat terlihat;

    PotensiPageController(WilayahTerlihat terlihat, PotensiService service, WilayahApi wilayah, AkunApi akun) {
        this.terlihat = terlihat;
        this.service = service;
        this.wilayah = wilayah;
        this.akun = akun;
    }

    private Wilayah terlihat(String kode, PenggunaSaatIni me) {
        return terlihat.wilayah(kode, me, "ekonomi.desaTidakDitemukan");
    }

    @GetMapping("/ekonomi/potensi/{kode}")
    String lihat(@PathVariable String kode, PageQuery page, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isi(model, terlihat(kode, me), me, page, new LinkedHashMap<>());
        return "ekonomi/potensi";
    }

    private void isi(Model model, Wilayah w, PenggunaSaatIni me, PageQuery page, Map<String, String> f) {
        model.addAttribute("w", w);
        model.addAttribute("jenisSemua", PotensiService.Jenis.values());
        model.addAttribute("f", f);
        if (w.isDesa()) {
            model.addAttribute("potensi", service.daftar(w.kode()));
            model.addAttribute("bolehCatat", BumdesService.PENCATAT.contains(me.peran()));
            return;
        }
        var desa = wilayah.desaDalam(List.of(w.kode()), page);
        List<PotensiService.Ringkas> rows = service.ringkas(desa);
        model.addAttribute("desa", desa);
        model.addAttribute("ringkas", rows);
        model.addAttribute(
                "nama", wilayah.semua(desa.isi().stream().map(Wilayah::kode).toList()));
        Map<String, Long> bars = new LinkedHashMap<>();
        for (PotensiService.Jenis j : PotensiService.Jenis.values()) {
            bars.put(
                    "ekonomi.potensi.jenis." + j.name(),
                    rows.stream().mapToLong(r -> r.jumlah().get(j)).sum());
        }
        model.addAttribute("grafik", Grafik.dari(bars, null));
    }

    /** A village's economic potential: what, how much, where. */
    record PotensiForm(
            String jenis, String nama, String uraian, String besaran, String satuan, String lintang, String bujur)
            implements Formulir {}

    @PostMapping("/ekonomi/potensi/{kode}")
    String catat(@PathVariable String kode, PotensiForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = terlihat(kode, me);
        if (!w.isDesa()) {
            throw new NotFoundException("ekonomi.desaTidakDitemukan", kode);
        }
        return pageAction.run(
                () -> {
                    service.catat(
                            w,
                            f.jenis(),
                            f.nama(),
                            f.uraian(),
                            Isian.desimal(f.besaran(), "besaran"),
                            f.satuan(),
                            Isian.desimal(f.lintang(), "lintang"),
                            Isian.desimal(f.bujur(), "bujur"),
                            me);
                    return "ekonomi.tersimpan";
                },
                "/ekonomi/potensi/" + w.kode(),
                "ekonomi/potensi",
                () -> isi(pageAction.model(), w, me, PageQuery.first(PageQuery.DEFAULT_SIZE), f.isian()));
    }
}
