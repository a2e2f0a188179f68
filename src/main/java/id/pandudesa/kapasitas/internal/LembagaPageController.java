package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.web.FormErrors;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    @PostMapping("/kapasitas/lembaga/{kode}")
    String bentuk(
            @PathVariable String kode,
            @RequestParam Map<String, String> p,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = lembaga.wilayahTerlihat(kode, me);
        try {
            LembagaService.Lembaga l = lembaga.bentuk(
                    w,
                    p.get("jenisLembaga"),
                    p.get("namaLembaga"),
                    p.get("dasarHukum"),
                    Isian.tanggal(p.get("dibentuk"), "dibentuk"),
                    me);
            redirect.addFlashAttribute("pesan", "kapasitas.lembagaTercatat");
            return "redirect:/kapasitas/lembaga/" + w.kode() + "/" + l.id();
        } catch (RuleViolationException e) {
            return gagal(
                    model, response, e, () -> isiDaftar(model, w, me, new LinkedHashMap<>(p)), "kapasitas/lembaga");
        }
    }

    @PostMapping("/kapasitas/lembaga/{kode}/fasilitas")
    String fasilitas(
            @PathVariable String kode,
            @RequestParam Map<String, String> p,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = lembaga.wilayahTerlihat(kode, me);
        try {
            fasilitas.tambahFasilitas(
                    w, p.get("jenisFasilitas"), p.get("namaFasilitas"), p.get("kondisi"), p.get("keterangan"), me);
            redirect.addFlashAttribute("pesan", "kapasitas.fasilitasTercatat");
            return "redirect:/kapasitas/lembaga/" + w.kode() + "#fasilitas";
        } catch (RuleViolationException e) {
            return gagal(
                    model, response, e, () -> isiDaftar(model, w, me, new LinkedHashMap<>(p)), "kapasitas/lembaga");
        }
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

    @PostMapping("/kapasitas/lembaga/{kode}/{id}/anggota")
    String anggota(
            @PathVariable String kode,
            @PathVariable long id,
            @RequestParam Map<String, String> p,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = lembaga.wilayahTerlihat(kode, me);
        try {
            Integer kaderId = Isian.bulat(p.get("kaderId"), "kaderId");
            lembaga.tambahAnggota(
                    w,
                    id,
                    kaderId == null ? null : kaderId.longValue(),
                    p.get("nama"),
                    p.get("jabatan"),
                    p.get("jenisKelamin"),
                    p.get("asal"),
                    me);
            redirect.addFlashAttribute("pesan", "kapasitas.anggotaTercatat");
            return "redirect:/kapasitas/lembaga/" + w.kode() + "/" + id + "#anggota";
        } catch (RuleViolationException e) {
            return gagal(
                    model,
                    response,
                    e,
                    () -> isiSatu(model, w, id, me, new LinkedHashMap<>(p)),
                    "kapasitas/lembaga-detail");
        }
    }

    @PostMapping("/kapasitas/lembaga/{kode}/{id}/kegiatan")
    String kegiatan(
            @PathVariable String kode,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> p,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = lembaga.wilayahTerlihat(kode, me);
        Map<String, String> f = p.toSingleValueMap();
        try {
            List<Long> hadir = new ArrayList<>();
            for (String a : p.getOrDefault("hadir", List.of())) {
                Integer n = Isian.bulat(a, "hadir");
                if (n != null) {
                    hadir.add(n.longValue());
                }
            }
            kegiatanLembaga.catatKegiatan(
                    w,
                    id,
                    Isian.tanggal(f.get("tanggal"), "tanggal"),
                    f.get("judulKegiatan"),
                    f.get("tempat"),
                    f.get("notulen"),
                    Isian.bulat(f.get("pesertaLaki"), "pesertaLaki"),
                    Isian.bulat(f.get("pesertaPerempuan"), "pesertaPerempuan"),
                    hadir,
                    me);
            redirect.addFlashAttribute("pesan", "kapasitas.kegiatanLembagaTercatat");
            return "redirect:/kapasitas/lembaga/" + w.kode() + "/" + id + "#kegiatan";
        } catch (RuleViolationException e) {
            return gagal(
                    model,
                    response,
                    e,
                    () -> isiSatu(model, w, id, me, new LinkedHashMap<>(f)),
                    "kapasitas/lembaga-detail");
        }
    }

    private static String gagal(
            Model model, HttpServletResponse response, RuleViolationException e, Runnable isi, String view) {
        response.setStatus(422);
        FormErrors.keModel(model, e);
        isi.run();
        return view;
    }
}
