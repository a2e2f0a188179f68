package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.indeks.IndeksApi;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.Teks;
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
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of the proposals (usulan) of a desa-year and their prioritisation by a Musdes vote. */
@Controller
class UsulanPageController {

    private final UsulanService usulanService;
    private final ApbdesService apbdes;
    private final MusyawarahApi musyawarah;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final HalamanRencana halaman;
    private final IndeksApi indeks;

    UsulanPageController(
            UsulanService usulanService,
            ApbdesService apbdes,
            MusyawarahApi musyawarah,
            AkunApi akun,
            WilayahApi wilayah,
            HalamanRencana halaman,
            IndeksApi indeks) {
        this.usulanService = usulanService;
        this.apbdes = apbdes;
        this.musyawarah = musyawarah;
        this.akun = akun;
        this.wilayah = wilayah;
        this.halaman = halaman;
        this.indeks = indeks;
    }

    @GetMapping("/perencanaan/usulan/{kode}/{tahun}")
    String usulan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) Long ubah,
            @RequestParam(required = false) String dariData,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Map<String, String> form = new LinkedHashMap<>();
        if (dariData != null && ubah == null) {
            // A proposal answering an item of the village's data: its recommendation as the title.
            String code = apbdes.desaTerlihat(kode, me).kode();
            indeks.kutipanData(code, dariData).ifPresent(k -> {
                String title = k.rekomendasi().isBlank() ? k.label() : k.rekomendasi();
                form.put("judul", title.length() > 200 ? title.substring(0, 199) + "…" : title);
                form.put("asal", "Data Indeks Desa " + k.rujukan().split(":")[1]);
                form.put("rujukanData", k.rujukan());
                form.put("rujukanLabel", k.label());
            });
        }
        if (ubah != null) {
            String code = apbdes.desaTerlihat(kode, me).kode();
            usulanService
                    .usulanSatu(ubah)
                    .filter(u -> u.kodeDesa().equals(code) && u.tahun() == tahun)
                    .ifPresent(u -> {
                        form.put("id", String.valueOf(u.id()));
                        form.put("versi", String.valueOf(u.versi()));
                        form.put("judul", u.judul());
                        form.put("asal", u.asal());
                        form.put("lokasi", u.lokasi());
                        form.put("kodeBidang", u.kodeBidang());
                        form.put("laki", String.valueOf(u.laki()));
                        form.put("perempuan", String.valueOf(u.perempuan()));
                        form.put("miskin", String.valueOf(u.miskin()));
                        form.put("biaya", String.valueOf(u.biaya()));
                        form.put("pengusul", u.pengusul());
                        form.put("musdus", u.musdusId() == null ? "" : u.musdusId() + ":" + u.musdusAgenda());
                    });
        }
        isiUsulan(model, kode, tahun, me, form);
        return "perencanaan/usulan";
    }

    private void isiUsulan(Model model, String kode, int tahun, PenggunaSaatIni me, Map<String, String> form) {
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        List<RencanaDesa.Usulan> list = usulanService.usulan(desa.kode(), tahun, me);
        List<MusyawarahApi.Keputusan> decisions = halaman.keputusanSekitar(desa.kode(), tahun, me);
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("usulan", list);
        model.addAttribute(
                "bidang",
                halaman.namaBidang(
                        list.stream().map(RencanaDesa.Usulan::kodeBidang).toList()));
        model.addAttribute(
                "keputusanMusdus",
                decisions.stream()
                        .filter(d -> d.jenis() == id.pandudesa.musyawarah.JenisMusyawarah.MUSDUS)
                        .toList());
        model.addAttribute(
                "keputusanMusdes",
                decisions.stream()
                        .filter(MusyawarahApi.Keputusan::musyawarahDesa)
                        .filter(MusyawarahApi.Keputusan::disepakati)
                        .toList());
        model.addAttribute("subBidang", halaman.subBidang());
        model.addAttribute(
                "semuaMetode",
                java.util.Arrays.stream(Prioritas.Metode.values())
                        .map(Enum::name)
                        .toList());
        model.addAttribute("bolehCatat", RencanaDesa.PENCATAT.contains(me.peran()));
        model.addAttribute("f", form);
        Map<String, Long> cost = new LinkedHashMap<>();
        list.forEach(u -> cost.merge(halaman.namaBidangSingkat(u.kodeBidang()), u.biaya(), Long::sum));
        model.addAttribute("grafik", Grafik.rupiah(cost, null));
    }

    @PostMapping("/perencanaan/usulan/{kode}/{tahun}")
    String catatUsulan(
            @PathVariable String kode, @PathVariable int tahun, HalamanRencana.UsulanForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> usulanService.catatUsulan(kode, tahun, f.baca(), me),
                "usulan.pesan.tercatat",
                saved -> "/perencanaan/usulan/" + saved.kodeDesa() + "/" + tahun + "#usulan-" + saved.id(),
                "perencanaan/usulan",
                () -> isiUsulan(pageAction.model(), kode, tahun, me, f.isian()));
    }

    @PostMapping("/perencanaan/usulan/{kode}/{tahun}/{id}")
    String ubahUsulan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @PathVariable long id,
            HalamanRencana.UsulanForm f,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> usulanService.ubahUsulan(kode, tahun, id, f.baca(), Isian.bulat(f.versi(), "versi"), me),
                "usulan.pesan.diubah",
                saved -> "/perencanaan/usulan/" + saved.kodeDesa() + "/" + tahun + "#usulan-" + id,
                "perencanaan/usulan",
                () -> {
                    Map<String, String> form = f.isian();
                    form.put("id", String.valueOf(id));
                    isiUsulan(pageAction.model(), kode, tahun, me, form);
                });
    }

    @PostMapping("/perencanaan/usulan/{kode}/{tahun}/{id}/hapus")
    String hapusUsulan(
            @PathVariable String kode, @PathVariable int tahun, @PathVariable long id, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        return pageAction.run(
                () -> {
                    usulanService.hapusUsulan(code, tahun, id, me);
                    return "usulan.pesan.dihapus";
                },
                "/perencanaan/usulan/" + code + "/" + tahun,
                "perencanaan/usulan",
                () -> isiUsulan(pageAction.model(), code, tahun, me, new LinkedHashMap<>()));
    }

    /**
     * The ranking of the proposals by the agreed method. The form holds one score per proposal
     * ({@code nilai_<id>}), so its fields are read by name from the request, not from a record.
     */
    @PostMapping("/perencanaan/usulan/{kode}/{tahun}/prioritas")
    String prioritaskan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam Map<String, String> p,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Prioritas.Metode method = Teks.pilihan(Prioritas.Metode.class, p.get("metode"));
        String code = apbdes.desaTerlihat(kode, me).kode();
        return pageAction.run(
                () -> {
                    Map<Long, Integer> values = new LinkedHashMap<>();
                    p.forEach((k, v) -> {
                        if (k.startsWith("nilai_")
                                && k.substring(6).matches("\\d{1,18}")
                                && v != null
                                && !v.isBlank()) {
                            values.put(Long.valueOf(k.substring(6)), Isian.bulat(v, "nilai"));
                        }
                    });
                    Integer quota = Isian.bulat(p.get("kuota"), "kuota");
                    usulanService.prioritaskan(
                            code, tahun, p.get("keputusan"), method, values, quota == null ? 0 : quota, me);
                    return "usulan.pesan.diprioritaskan";
                },
                "/perencanaan/usulan/" + code + "/" + tahun,
                "perencanaan/usulan",
                () -> {
                    isiUsulan(pageAction.model(), code, tahun, me, new LinkedHashMap<>());
                    pageAction.model().addAttribute("prioritasDikirim", p);
                });
    }
}
