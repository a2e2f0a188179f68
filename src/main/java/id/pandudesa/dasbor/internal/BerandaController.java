package id.pandudesa.dasbor.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.web.BerandaPanel;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page after login: the user's scope, their villages with basic facts (paginated,
 * so a national admin's 83,000 desa are no burden), and the panels modules add.
 */
@Controller
class BerandaController {

    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final List<BerandaPanel> panels;

    BerandaController(AkunApi akun, WilayahApi wilayah, List<BerandaPanel> panels) {
        this.akun = akun;
        this.wilayah = wilayah;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(BerandaPanel::urutan))
                .toList();
    }

    @GetMapping("/")
    String beranda(PageQuery page, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        PageResult<Wilayah> desa = wilayah.desaDalam(me.lingkup().prefiks(), page);
        List<String> ancestors = desa.isi().stream()
                .flatMap(w -> KodeWilayah.garisInduk(w.kode()).stream())
                .distinct()
                .toList();
        Map<String, Wilayah> names = wilayah.semua(ancestors);
        Map<String, Long> staff = akun.jumlahPetugasLangsung(
                desa.isi().stream().map(Wilayah::kode).toList());
        model.addAttribute("saya", me);
        model.addAttribute("lingkup", wilayah.semua(me.lingkup().kode()).values());
        model.addAttribute(
                "desa",
                desa.map(w -> new BarisDesa(
                        w,
                        nama(names, w.kode().substring(0, 6)),
                        nama(names, w.kode().substring(0, 4)),
                        staff.getOrDefault(w.kode(), 0L))));
        model.addAttribute(
                "panel",
                panels.stream()
                        .map(BerandaPanel::untukPenggunaSaatIni)
                        .flatMap(Optional::stream)
                        .toList());
        return "dasbor/beranda";
    }

    private static String nama(Map<String, Wilayah> names, String kode) {
        Wilayah w = names.get(kode);
        return w == null ? kode : w.nama();
    }

    /** A village in the user's list: its kecamatan and kabupaten, and how many people serve it. */
    record BarisDesa(Wilayah wilayah, String kecamatan, String kabupaten, long petugas) {}
}
