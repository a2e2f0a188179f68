package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** BUMDes pages: a desa's BUMDes, one BUMDes with units, yearly results and assessments, and rankings. */
@Controller
class BumdesPageController {

    private final BumdesService service;

    private final PenilaianBumdesService penilaianBumdes;
    private final MusyawarahApi musyawarah;
    private final WilayahApi wilayah;
    private final AkunApi akun;

    private final WilayahTerlihat terlihat;

    BumdesPageController(
            WilayahTerlihat terlihat,
            BumdesService service,
            PenilaianBumdesService penilaianBumdes,
            MusyawarahApi musyawarah,
            WilayahApi wilayah,
            AkunApi akun) {
        this.terlihat = terlihat;
        this.service = service;
        this.penilaianBumdes = penilaianBumdes;
        this.musyawarah = musyawarah;
        this.wilayah = wilayah;
        this.akun = akun;
    }

    /** A village user goes to their BUMDes, anyone else to the rankings of their area. */
    @GetMapping("/ekonomi")
    String mulai() {
        PenggunaSaatIni me = akun.wajibSaatIni();
        java.util.List<String> own = me.lingkup().prefiks();
        if (own.size() == 1 && own.getFirst().length() == 10) {
            return "redirect:/ekonomi/bumdes/" + own.getFirst();
        }
        return "redirect:/ekonomi/peringkat/" + (me.lingkup().isNasional() ? "35" : own.getFirst());
    }

    @GetMapping("/ekonomi/bumdes/{kode}")
    String daftar(@PathVariable String kode, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiDaftar(model, service.desaTerlihat(kode, me), me, new LinkedHashMap<>());
        return "ekonomi/bumdes";
    }

    private void isiDaftar(Model model, Wilayah desa, PenggunaSaatIni me, Map<String, String> f) {
        model.addAttribute("desa", desa);
        model.addAttribute("bumdes", service.daftar(desa.kode()));
        model.addAttribute("bolehCatat", BumdesService.PENCATAT.contains(me.peran()));
        model.addAttribute("rapat", musyawarah.terbaru(desa.kode(), 30, me));
        model.addAttribute("f", f);
    }

    /** A BUMDes (or BUMDes Bersama with its member villages) as founded. */
    record BumdesForm(
            String nama,
            String bersama,
            String anggota,
            String badanHukum,
            String perdes,
            String musyawarahId,
            String didirikan)
            implements Formulir {}

    @PostMapping("/ekonomi/bumdes/{kode}")
    String dirikan(@PathVariable String kode, BumdesForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = service.desaTerlihat(kode, me);
        return pageAction.run(
                () -> {
                    Integer m = Isian.bulat(f.musyawarahId(), "musyawarahId");
                    return service.dirikan(
                            desa,
                            f.nama(),
                            "true".equals(f.bersama()),
                            f.anggota(),
                            f.badanHukum(),
                            f.perdes(),
                            m == null ? null : m.longValue(),
                            Isian.tanggal(f.didirikan(), "didirikan"),
                            me);
                },
                "ekonomi.bumdesTercatat",
                b -> "/ekonomi/bumdes/" + desa.kode() + "/" + b.id(),
                "ekonomi/bumdes",
                () -> isiDaftar(pageAction.model(), desa, me, f.isian()));
    }

    @GetMapping("/ekonomi/bumdes/{kode}/{id}")
    String satu(@PathVariable String kode, @PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiSatu(model, kode, id, me, new LinkedHashMap<>());
        return "ekonomi/bumdes-detail";
    }

    private void isiSatu(Model model, String kode, long id, PenggunaSaatIni me, Map<String, String> f) {
        BumdesService.Bumdes b = service.bumdes(id, me);
        model.addAttribute("b", b);
        model.addAttribute("desa", wilayah.wajib(b.kodeDesa()));
        model.addAttribute("namaAnggota", wilayah.semua(b.anggota()));
        model.addAttribute("unit", service.unit(id));
        var tahunan = service.tahunan(id);
        model.addAttribute("tahunan", tahunan);
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        tahunan.forEach(t -> years.add(t.tahun()));
        years.add(service.tahunIni());
        years.add(service.tahunIni() - 1);
        model.addAttribute("modalApbdes", service.modalApbdes(b, years));
        Map<Integer, Long> recorded = new java.util.HashMap<>();
        tahunan.forEach(t -> recorded.put(t.tahun(), t.modalDesa()));
        model.addAttribute("modalDicatat", recorded);
        model.addAttribute("penilaian", penilaianBumdes.penilaian(id));
        model.addAttribute("aspekSemua", KlasifikasiBumdes.Aspek.values());
        model.addAttribute("bolehCatat", BumdesService.PENCATAT.contains(me.peran()) && me.mencakup(b.kodeDesa()));
        model.addAttribute("tahunIni", service.tahunIni());
        model.addAttribute("f", f);
        Map<String, Long> bars = new LinkedHashMap<>();
        tahunan.forEach(t -> bars.put(t.tahun() + "", Math.max(0, t.laba())));
        model.addAttribute("grafikLaba", Grafik.rupiah(bars, null));
    }

    record UnitForm(String namaUnit, String bidang) implements Formulir {}

    /** A year's figures; a loss is a negative profit. */
    record TahunanForm(String tahun, String pendapatan, String laba, String pades, String modalDesa)
            implements Formulir {}

    /** The self-assessment: one score per aspect of the classification. */
    record PenilaianForm(
            String tahun,
            String aspek_KELEMBAGAAN,
            String aspek_MANAJEMEN,
            String aspek_USAHA,
            String aspek_KEMITRAAN,
            String aspek_ASET_PERMODALAN,
            String aspek_ADMINISTRASI_PELAPORAN,
            String aspek_MANFAAT_DESA)
            implements Formulir {

        Map<KlasifikasiBumdes.Aspek, Integer> skor() {
            Map<String, String> sent = isian();
            Map<KlasifikasiBumdes.Aspek, Integer> skor = new EnumMap<>(KlasifikasiBumdes.Aspek.class);
            for (KlasifikasiBumdes.Aspek a : KlasifikasiBumdes.Aspek.values()) {
                skor.put(a, Isian.bulat(sent.get("aspek_" + a.name()), "aspek_" + a.name()));
            }
            return skor;
        }
    }

    /** The BUMDes page's three forms (units, yearly figures, assessment), told apart by {@code aksi}. */
    @PostMapping("/ekonomi/bumdes/{kode}/{id}/{aksi}")
    String catat(
            @PathVariable String kode,
            @PathVariable long id,
            @PathVariable String aksi,
            UnitForm unit,
            TahunanForm tahunan,
            PenilaianForm penilaian,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Formulir sent = switch (aksi) {
            case "unit" -> unit;
            case "tahunan" -> tahunan;
            case "penilaian" -> penilaian;
            default -> throw new NotFoundException("ekonomi.bumdesTidakDitemukan", id);
        };
        return pageAction.run(
                () -> {
                    switch (aksi) {
                        case "unit" -> service.tambahUnit(id, unit.namaUnit(), unit.bidang(), me);
                        case "tahunan" ->
                            service.catatTahunan(
                                    id,
                                    Isian.bulat(tahunan.tahun(), "tahun"),
                                    Isian.rupiah(tahunan.pendapatan(), "pendapatan"),
                                    Isian.rupiah(tahunan.laba(), "laba"),
                                    Isian.rupiah(tahunan.pades(), "pades"),
                                    Isian.rupiah(tahunan.modalDesa(), "modalDesa"),
                                    me);
                        default ->
                            penilaianBumdes.nilai(id, Isian.bulat(penilaian.tahun(), "tahun"), penilaian.skor(), me);
                    }
                    return "ekonomi.tersimpan";
                },
                "/ekonomi/bumdes/" + kode + "/" + id + "#" + aksi,
                "ekonomi/bumdes-detail",
                () -> isiSatu(pageAction.model(), kode, id, me, sent.isian()));
    }

    @GetMapping("/ekonomi/peringkat/{kode}")
    String peringkat(
            @PathVariable String kode, @RequestParam(required = false) Integer tahun, PageQuery page, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = terlihat.wilayah(kode, me, "ekonomi.desaTidakDitemukan");
        int year = tahun == null ? service.tahunIni() : tahun;
        var hasil = penilaianBumdes.peringkat(w.kode(), year, me, page);
        model.addAttribute("w", w);
        model.addAttribute("tahun", year);
        model.addAttribute("hasil", hasil);
        model.addAttribute(
                "nama",
                wilayah.semua(hasil.isi().stream()
                        .map(PenilaianBumdesService.Peringkat::kodeDesa)
                        .toList()));
        Map<String, Long> bars = new LinkedHashMap<>();
        penilaianBumdes.sebaran(w.kode(), year, me).forEach((k, v) -> bars.put("ekonomi.kelas." + k.name(), v));
        model.addAttribute("grafik", Grafik.dari(bars, null));
        return "ekonomi/peringkat";
    }
}
