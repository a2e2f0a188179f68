package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.ekonomi.EkonomiApi;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Pages of the BKAD of a kecamatan: the body, its member villages and its officers. */
@Controller
class BkadPageController {

    private final BkadService bkad;
    private final EkonomiApi ekonomi;
    private final MusyawarahApi musyawarah;
    private final WilayahApi wilayah;
    private final AkunApi akun;

    BkadPageController(
            BkadService bkad, EkonomiApi ekonomi, MusyawarahApi musyawarah, WilayahApi wilayah, AkunApi akun) {
        this.bkad = bkad;
        this.ekonomi = ekonomi;
        this.musyawarah = musyawarah;
        this.wilayah = wilayah;
        this.akun = akun;
    }

    private Wilayah kecamatan(String kode, PenggunaSaatIni me) {
        String code = KodeWilayah.normalisasi(kode);
        Wilayah w = wilayah.cari(code)
                .filter(x -> x.kode().length() == 6)
                .orElseThrow(() -> new NotFoundException("kerjasama.wilayahTidakDitemukan", kode));
        // A village user sees the BKAD their desa belongs to; others need the kecamatan in scope.
        if (!me.mencakup(w.kode()) && me.lingkup().prefiks().stream().noneMatch(p -> p.startsWith(w.kode()))) {
            throw new NotFoundException("kerjasama.wilayahTidakDitemukan", kode);
        }
        return w;
    }

    @GetMapping("/kerjasama/bkad/{kode}")
    String bkad(@PathVariable String kode, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiBkad(model, kecamatan(kode, me), me, new LinkedHashMap<>());
        return "kerjasama/bkad";
    }

    private void isiBkad(Model model, Wilayah kec, PenggunaSaatIni me, Map<String, String> f) {
        List<Kerjasama.Bkad> list = bkad.daftar(kec.kode(), me);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        list.forEach(b -> codes.addAll(b.anggota()));
        model.addAttribute("kec", kec);
        model.addAttribute("bkad", list);
        model.addAttribute("nama", wilayah.semua(codes));
        model.addAttribute("bolehCatat", bkad.bolehCatat(me, kec.kode()));
        List<Wilayah> villages = bkad.bolehCatat(me, kec.kode())
                ? wilayah.desaDalam(List.of(kec.kode()), PageQuery.first(PageQuery.MAX_SIZE))
                        .isi()
                : List.of();
        model.addAttribute("desaKecamatan", villages);
        List<MusyawarahApi.Ringkas> mad = new ArrayList<>();
        villages.forEach(d -> musyawarah.terbaru(d.kode(), 10, me).stream()
                .filter(r -> r.jenis() == JenisMusyawarah.MUSYAWARAH_ANTAR_DESA)
                .forEach(mad::add));
        model.addAttribute("rapatMad", mad);
        model.addAttribute("f", f);
    }

    /** A BKAD formed by the villages of a kecamatan in their Musyawarah Antar Desa. */
    record BkadForm(String namaBkad, String dasarHukum, String dibentuk, String musyawarahBkad, List<String> anggota)
            implements Formulir {}

    @PostMapping("/kerjasama/bkad/{kode}")
    String bentukBkad(@PathVariable String kode, BkadForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah kec = kecamatan(kode, me);
        return pageAction.run(
                () -> {
                    bkad.bentuk(
                            kec,
                            f.namaBkad(),
                            f.dasarHukum(),
                            Isian.tanggal(f.dibentuk(), "dibentuk"),
                            Isian.rupiah(f.musyawarahBkad(), "musyawarahBkad"),
                            f.anggota() == null ? List.of() : f.anggota(),
                            me);
                    return "kerjasama.bkadTercatat";
                },
                "/kerjasama/bkad/" + kec.kode(),
                "kerjasama/bkad",
                () -> isiBkad(pageAction.model(), kec, me, f.isian()));
    }

    record PengurusForm(String namaPengurus, String jabatan, String desaPengurus) implements Formulir {}

    @PostMapping("/kerjasama/bkad/{kode}/{id}/pengurus")
    String pengurus(@PathVariable String kode, @PathVariable long id, PengurusForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah kec = kecamatan(kode, me);
        return pageAction.run(
                () -> {
                    bkad.tambahPengurus(id, f.namaPengurus(), f.jabatan(), f.desaPengurus(), me);
                    return "kerjasama.pengurusTercatat";
                },
                "/kerjasama/bkad/" + kec.kode() + "#bkad-" + id,
                "kerjasama/bkad",
                () -> isiBkad(pageAction.model(), kec, me, f.isian()));
    }
}
