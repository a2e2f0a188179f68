package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
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

/** Institutions and forums of a desa (and the Forum KPMD of a kecamatan or kabupaten), with facilities. */
@Controller
class LembagaPageController {

    private final LembagaService lembaga;

    private final KegiatanLembagaService kegiatanLembaga;

    private final FasilitasService fasilitas;
    private final KaderService kader;
    private final WilayahApi wilayah;
    private final AkunApi akun;

    LembagaPageController(
            LembagaService lembaga,
            KegiatanLembagaService kegiatanLembaga,
            FasilitasService fasilitas,
            KaderService kader,
            WilayahApi wilayah,
            AkunApi akun) {
        this.lembaga = lembaga;
        this.kegiatanLembaga = kegiatanLembaga;
        this.fasilitas = fasilitas;
        this.kader = kader;
        this.wilayah = wilayah;
        this.akun = akun;
    }

    @GetMapping("/kapasitas/lembaga/{kode}")
    String daftar(@PathVariable String kode, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiDaftar(model, lembaga.wilayahTerlihat(kode, me), me, new LinkedHashMap<>());
        return "kapasitas/lembaga";
    }

    private void isiDaftar(Model model, Wilayah w, PenggunaSaatIni me, Map<String, String> form) {
        model.addAttribute("w", w);
        model.addAttribute("lembaga", lembaga.daftar(w.kode()));
        model.addAttribute("fasilitas", w.isDesa() ? fasilitas.fasilitas(w.kode()) : List.of());
        model.addAttribute("bolehCatat", LembagaService.bolehCatat(w, me));
        model.addAttribute(
                "jenisSemua",
                java.util.Arrays.stream(LembagaService.Jenis.values())
                        .filter(j -> j.antarDesa() != w.isDesa())
                        .toList());
        model.addAttribute("jenisFasilitas", FasilitasService.JenisFasilitas.values());
        model.addAttribute("kondisiSemua", FasilitasService.Kondisi.values());
        model.addAttribute("f", form);
    }

    /** A village institution or forum being recorded. */
    record LembagaForm(String jenisLembaga, String namaLembaga, String dasarHukum, String dibentuk)
            implements Formulir {}

    @PostMapping("/kapasitas/lembaga/{kode}")
    String bentuk(@PathVariable String kode, LembagaForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = lembaga.wilayahTerlihat(kode, me);
        return pageAction.run(
                () -> lembaga.bentuk(
                        w,
                        f.jenisLembaga(),
                        f.namaLembaga(),
                        f.dasarHukum(),
                        Isian.tanggal(f.dibentuk(), "dibentuk"),
                        me),
                "kapasitas.lembagaTercatat",
                l -> "/kapasitas/lembaga/" + w.kode() + "/" + l.id(),
                "kapasitas/lembaga",
                () -> isiDaftar(pageAction.model(), w, me, f.isian()));
    }

    record FasilitasForm(String jenisFasilitas, String namaFasilitas, String kondisi, String keterangan)
            implements Formulir {}

    @PostMapping("/kapasitas/lembaga/{kode}/fasilitas")
    String fasilitas(@PathVariable String kode, FasilitasForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = lembaga.wilayahTerlihat(kode, me);
        return pageAction.run(
                () -> {
                    fasilitas.tambahFasilitas(
                            w, f.jenisFasilitas(), f.namaFasilitas(), f.kondisi(), f.keterangan(), me);
                    return "kapasitas.fasilitasTercatat";
                },
                "/kapasitas/lembaga/" + w.kode() + "#fasilitas",
                "kapasitas/lembaga",
                () -> isiDaftar(pageAction.model(), w, me, f.isian()));
    }

    @GetMapping("/kapasitas/lembaga/{kode}/{id}")
    String satu(@PathVariable String kode, @PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiSatu(model, lembaga.wilayahTerlihat(kode, me), id, me, new LinkedHashMap<>());
        return "kapasitas/lembaga-detail";
    }

    private void isiSatu(Model model, Wilayah w, long id, PenggunaSaatIni me, Map<String, String> form) {
        LembagaService.Lembaga l = lembaga.lembaga(w, id);
        List<LembagaService.Anggota> anggota = lembaga.anggota(id);
        model.addAttribute("w", w);
        model.addAttribute("l", l);
        model.addAttribute("anggota", anggota);
        model.addAttribute("kegiatan", kegiatanLembaga.kegiatan(id));
        model.addAttribute("bolehCatat", LembagaService.bolehCatat(w, me));
        model.addAttribute("asalSemua", LembagaService.Asal.values());
        model.addAttribute("f", form);
        model.addAttribute("hariIni", kader.hariIni());
        Map<Long, String> nama = new LinkedHashMap<>();
        anggota.forEach(a -> nama.put(a.id(), a.nama()));
        model.addAttribute("namaAnggota", nama);
        if (LembagaService.bolehCatat(w, me)) {
            java.util.Set<Long> already = new java.util.HashSet<>();
            anggota.forEach(a -> {
                if (a.kaderId() != null) {
                    already.add(a.kaderId());
                }
            });
            List<String> desa = w.isDesa()
                    ? List.of(w.kode())
                    : wilayah.desaDalam(List.of(w.kode()), PageQuery.first(200)).isi().stream()
                            .map(Wilayah::kode)
                            .toList();
            List<KaderService.Kader> calon = new ArrayList<>();
            for (String d : desa) {
                kader.daftar(d).stream()
                        .filter(k -> k.status() == KaderService.Status.AKTIF && !already.contains(k.id()))
                        .filter(k -> l.jenis() != LembagaService.Jenis.FORUM_KPMD || k.jenis() == JenisKader.KPMD)
                        .forEach(calon::add);
            }
            model.addAttribute("calon", calon);
            model.addAttribute(
                    "namaDesaCalon",
                    wilayah.semua(
                            calon.stream().map(KaderService.Kader::kodeDesa).toList()));
        }
    }

    /** A member: a registered cadre of the region, or someone named here. */
    record AnggotaForm(String kaderId, String nama, String jabatan, String jenisKelamin, String asal)
            implements Formulir {}

    @PostMapping("/kapasitas/lembaga/{kode}/{id}/anggota")
    String anggota(@PathVariable String kode, @PathVariable long id, AnggotaForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = lembaga.wilayahTerlihat(kode, me);
        return pageAction.run(
                () -> {
                    Integer kaderId = Isian.bulat(f.kaderId(), "kaderId");
                    lembaga.tambahAnggota(
                            w,
                            id,
                            kaderId == null ? null : kaderId.longValue(),
                            f.nama(),
                            f.jabatan(),
                            f.jenisKelamin(),
                            f.asal(),
                            me);
                    return "kapasitas.anggotaTercatat";
                },
                "/kapasitas/lembaga/" + w.kode() + "/" + id + "#anggota",
                "kapasitas/lembaga-detail",
                () -> isiSatu(pageAction.model(), w, id, me, f.isian()));
    }

    /** An activity or meeting with the members ticked as present and guests by number. */
    record KegiatanForm(
            String tanggal,
            String judulKegiatan,
            String tempat,
            String notulen,
            String pesertaLaki,
            String pesertaPerempuan,
            List<String> hadir)
            implements Formulir {

        List<Long> hadirDibaca() {
            List<Long> out = new ArrayList<>();
            for (String a : hadir == null ? List.<String>of() : hadir) {
                Integer n = Isian.bulat(a, "hadir");
                if (n != null) {
                    out.add(n.longValue());
                }
            }
            return out;
        }
    }

    @PostMapping("/kapasitas/lembaga/{kode}/{id}/kegiatan")
    String kegiatan(@PathVariable String kode, @PathVariable long id, KegiatanForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = lembaga.wilayahTerlihat(kode, me);
        return pageAction.run(
                () -> {
                    kegiatanLembaga.catatKegiatan(
                            w,
                            id,
                            Isian.tanggal(f.tanggal(), "tanggal"),
                            f.judulKegiatan(),
                            f.tempat(),
                            f.notulen(),
                            Isian.bulat(f.pesertaLaki(), "pesertaLaki"),
                            Isian.bulat(f.pesertaPerempuan(), "pesertaPerempuan"),
                            f.hadirDibaca(),
                            me);
                    return "kapasitas.kegiatanLembagaTercatat";
                },
                "/kapasitas/lembaga/" + w.kode() + "/" + id + "#kegiatan",
                "kapasitas/lembaga-detail",
                () -> isiSatu(pageAction.model(), w, id, me, f.isian()));
    }
}
