package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.privasi.LogAkses;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The UMKM register: a desa's businesses with the form to record or correct one; for a kecamatan or
 * kabupaten the count by sector with its chart (no personal data).
 */
@Controller
class UmkmPageController {

    private final UmkmService service;
    private final WilayahTerlihat terlihat;
    private final BumdesService bumdesPilihan;
    private final AkunApi akun;
    private final LogAkses logAkses;

    UmkmPageController(
            UmkmService service,
            WilayahTerlihat terlihat,
            BumdesService bumdesPilihan,
            AkunApi akun,
            LogAkses logAkses) {
        this.service = service;
        this.terlihat = terlihat;
        this.bumdesPilihan = bumdesPilihan;
        this.akun = akun;
        this.logAkses = logAkses;
    }

    @GetMapping("/ekonomi/umkm/{kode}")
    String lihat(@PathVariable String kode, @RequestParam(required = false) Long ubah, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = terlihat.wilayah(kode, me, "ekonomi.desaTidakDitemukan");
        Map<String, String> f = new LinkedHashMap<>();
        UmkmService.Umkm edit = null;
        if (ubah != null && w.isDesa()) {
            edit = service.umkm(ubah, me);
            if (!edit.kodeDesa().equals(w.kode())) {
                throw new NotFoundException("ekonomi.umkm.tidakDitemukan");
            }
            f.put("nama", edit.nama());
            f.put("pemilik", edit.pemilik());
            f.put("pemilikJk", edit.pemilikJk());
            f.put("rumahTanggaMiskin", Boolean.toString(edit.rumahTanggaMiskin()));
            f.put("telepon", edit.telepon());
            f.put("sektor", edit.sektor().name());
            f.put("produk", edit.produk());
            f.put("pekerjaLaki", Integer.toString(edit.pekerjaLaki()));
            f.put("pekerjaPerempuan", Integer.toString(edit.pekerjaPerempuan()));
            f.put("omzet", edit.omzet().name());
            f.put("nib", edit.nib());
            f.put("halal", Boolean.toString(edit.halal()));
            f.put("pirt", edit.pirt());
            f.put(
                    "dukungan",
                    String.join(",", edit.dukungan().stream().map(Enum::name).toList()));
            f.put("bumdesId", edit.bumdesId() == null ? null : edit.bumdesId().toString());
        }
        isi(model, w, me, f, edit);
        return "ekonomi/umkm";
    }

    private void isi(Model model, Wilayah w, PenggunaSaatIni me, Map<String, String> f, UmkmService.Umkm edit) {
        model.addAttribute("w", w);
        model.addAttribute("f", f);
        model.addAttribute("edit", edit);
        model.addAttribute("sektorSemua", UmkmService.Sektor.values());
        model.addAttribute("omzetSemua", UmkmService.Omzet.values());
        model.addAttribute("dukunganSemua", UmkmService.Dukungan.values());
        if (w.isDesa()) {
            var daftar = service.daftar(w.kode(), me);
            model.addAttribute("umkm", daftar);
            // Poor-household status is specific personal data (UU 27/2022): each page showing it is logged.
            long miskin =
                    daftar.stream().filter(UmkmService.Umkm::rumahTanggaMiskin).count();
            if (miskin > 0) {
                logAkses.catat("umkm.rumahTanggaMiskin", w.kode(), w.kode(), (int) miskin);
            }
            model.addAttribute("bolehCatat", UmkmService.bolehCatat(me, w.kode()));
            model.addAttribute("bumdes", bumdesPilihan.pilihan(w.kode()));
            return;
        }
        List<UmkmService.PerSektor> rekap = service.rekap(w.kode());
        model.addAttribute("rekap", rekap);
        Map<String, Long> bars = new LinkedHashMap<>();
        rekap.forEach(r -> bars.put("ekonomi.umkm.sektor." + r.sektor().name(), r.usaha()));
        model.addAttribute("grafik", Grafik.dari(bars, null));
    }

    /** A business as its form sends it; the checkboxes of support arrive as a list. */
    record UmkmForm(
            String versi,
            String nama,
            String pemilik,
            String pemilikJk,
            String rumahTanggaMiskin,
            String telepon,
            String sektor,
            String produk,
            String pekerjaLaki,
            String pekerjaPerempuan,
            String omzet,
            String nib,
            String halal,
            String pirt,
            List<String> dukungan,
            String bumdesId)
            implements Formulir {

        UmkmService.Isian baca() {
            Integer bumdes = Isian.bulat(bumdesId, "bumdesId");
            return new UmkmService.Isian(
                    nama,
                    pemilik,
                    pemilikJk,
                    "true".equals(rumahTanggaMiskin),
                    telepon,
                    sektor,
                    produk,
                    Isian.bulat(pekerjaLaki, "pekerjaLaki"),
                    Isian.bulat(pekerjaPerempuan, "pekerjaPerempuan"),
                    omzet,
                    nib,
                    "true".equals(halal),
                    pirt,
                    dukungan,
                    bumdes == null ? null : bumdes.longValue());
        }
    }

    @PostMapping({"/ekonomi/umkm/{kode}", "/ekonomi/umkm/{kode}/{id}"})
    String simpan(
            @PathVariable String kode, @PathVariable(required = false) Long id, UmkmForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = terlihat.wilayah(kode, me, "ekonomi.desaTidakDitemukan");
        if (!w.isDesa()) {
            throw new NotFoundException("ekonomi.desaTidakDitemukan", kode);
        }
        return pageAction.run(
                () -> {
                    service.simpan(w.kode(), id, Isian.bulat(f.versi(), "versi"), f.baca(), me);
                    return "ekonomi.tersimpan";
                },
                "/ekonomi/umkm/" + w.kode(),
                "ekonomi/umkm",
                () -> isi(pageAction.model(), w, me, f.isian(), id == null ? null : service.umkm(id, me)));
    }
}
