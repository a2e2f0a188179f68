package id.pandudesa.kapasitas.internal;

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
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of capacity building: cadres of a desa, trainings, the capacity map and the kaderisasi measure. */
@Controller
class KapasitasPageController {

    private final KaderService kader;
    private final PelatihanService pelatihan;
    private final PesertaPelatihanService ikutan;
    private final PetaKapasitas peta;
    private final Kaderisasi kaderisasi;
    private final Kompetensi kompetensi;
    private final MusyawarahApi musyawarah;
    private final WilayahApi wilayah;
    private final AkunApi akun;

    private final WilayahTerlihat terlihat;

    KapasitasPageController(
            WilayahTerlihat terlihat,
            KaderService kader,
            PelatihanService pelatihan,
            PesertaPelatihanService ikutan,
            PetaKapasitas peta,
            Kaderisasi kaderisasi,
            Kompetensi kompetensi,
            MusyawarahApi musyawarah,
            WilayahApi wilayah,
            AkunApi akun) {
        this.terlihat = terlihat;
        this.kader = kader;
        this.pelatihan = pelatihan;
        this.ikutan = ikutan;
        this.peta = peta;
        this.kaderisasi = kaderisasi;
        this.kompetensi = kompetensi;
        this.musyawarah = musyawarah;
        this.wilayah = wilayah;
        this.akun = akun;
    }

    @GetMapping("/kapasitas")
    String mulai(Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        List<String> own = me.lingkup().prefiks();
        model.addAttribute(
                "wilayahSaya",
                wilayah.semua(own).values().stream()
                        .sorted(java.util.Comparator.comparing(Wilayah::kode))
                        .toList());
        model.addAttribute("nasional", me.lingkup().isNasional());
        return "kapasitas/mulai";
    }

    // ---- cadres ----

    @GetMapping("/kapasitas/kader/{kode}")
    String daftarKader(@PathVariable String kode, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiDaftar(model, kader.desaTerlihat(kode, me), me, new LinkedHashMap<>(), List.of());
        return "kapasitas/kader";
    }

    private void isiDaftar(
            Model model, Wilayah desa, PenggunaSaatIni me, Map<String, String> form, List<String> comps) {
        model.addAttribute("desa", desa);
        model.addAttribute("kader", kader.daftar(desa.kode()));
        model.addAttribute("hariIni", kader.hariIni());
        isiForm(model, desa, me, form, comps);
    }

    private void isiForm(Model model, Wilayah desa, PenggunaSaatIni me, Map<String, String> form, List<String> comps) {
        model.addAttribute("bolehCatat", KaderService.PENCATAT.contains(me.peran()));
        model.addAttribute("jenisSemua", JenisKader.values());
        model.addAttribute("kompetensiSemua", kompetensi.semua());
        model.addAttribute("rapat", musyawarah.terbaru(desa.kode(), 30, me));
        model.addAttribute("f", form);
        model.addAttribute("dipilih", new TreeSet<>(comps));
    }

    @PostMapping("/kapasitas/kader/{kode}")
    String catatKader(@PathVariable String kode, KaderForm f, PageAction pageAction) {
        return simpanKader(kode, null, f, pageAction);
    }

    @GetMapping("/kapasitas/kader/{kode}/{id}")
    String kader(@PathVariable String kode, @PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = kader.desaTerlihat(kode, me);
        KaderService.Kader k = kaderDi(desa, id, me);
        isiKader(model, desa, k, me, formDari(k), List.copyOf(k.kompetensi()));
        return "kapasitas/kader-detail";
    }

    private KaderService.Kader kaderDi(Wilayah desa, long id, PenggunaSaatIni me) {
        KaderService.Kader k = kader.kader(id, me);
        if (!k.kodeDesa().equals(desa.kode())) {
            throw new NotFoundException("kapasitas.kaderTidakDitemukan", id);
        }
        return k;
    }

    private void isiKader(
            Model model,
            Wilayah desa,
            KaderService.Kader k,
            PenggunaSaatIni me,
            Map<String, String> form,
            List<String> comps) {
        model.addAttribute("desa", desa);
        model.addAttribute("k", k);
        model.addAttribute("riwayat", ikutan.riwayatKader(k.id()));
        model.addAttribute("hariIni", kader.hariIni());
        isiForm(model, desa, me, form, comps);
    }

    private static Map<String, String> formDari(KaderService.Kader k) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("nama", k.nama());
        f.put("jenisKelamin", k.jenisKelamin());
        f.put("jenis", k.jenis().name());
        f.put("telepon", k.telepon());
        f.put("skNomor", k.skNomor());
        f.put("skTanggal", k.skTanggal() == null ? null : k.skTanggal().toString());
        f.put("musyawarahId", k.musyawarahId() == null ? null : String.valueOf(k.musyawarahId()));
        f.put("mulai", k.mulai().toString());
        f.put("selesai", k.selesai() == null ? null : k.selesai().toString());
        f.put("status", k.status().name());
        f.put("username", k.username());
        f.put("versi", String.valueOf(k.versi()));
        return f;
    }

    @PostMapping("/kapasitas/kader/{kode}/{id}")
    String ubahKader(@PathVariable String kode, @PathVariable long id, KaderForm f, PageAction pageAction) {
        return simpanKader(kode, id, f, pageAction);
    }

    /** A cadre as the form sends it: identity, decree (SK), term, status and competencies. */
    record KaderForm(
            String nama,
            String jenisKelamin,
            String jenis,
            String telepon,
            String skNomor,
            String skTanggal,
            String musyawarahId,
            String mulai,
            String selesai,
            String status,
            List<String> kompetensi,
            String username,
            String versi)
            implements Formulir {

        KaderService.Isian baca() {
            Integer musyawarah = Isian.bulat(musyawarahId, "musyawarahId");
            return new KaderService.Isian(
                    nama,
                    jenisKelamin,
                    jenis,
                    telepon,
                    skNomor,
                    Isian.tanggal(skTanggal, "skTanggal"),
                    musyawarah == null ? null : musyawarah.longValue(),
                    Isian.tanggal(mulai, "mulai"),
                    Isian.tanggal(selesai, "selesai"),
                    status,
                    kompetensiDipilih(),
                    username);
        }

        List<String> kompetensiDipilih() {
            return kompetensi == null ? List.of() : kompetensi;
        }
    }

    private String simpanKader(String kode, Long id, KaderForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = kader.desaTerlihat(kode, me);
        Map<String, String> form = f.isian();
        form.remove("kompetensi");
        boolean baru = id == null;
        return pageAction.run(
                () -> kader.simpan(desa.kode(), id, Isian.bulat(f.versi(), "versi"), f.baca(), me),
                baru ? "kapasitas.kaderTercatat" : "kapasitas.kaderTersimpan",
                saved -> "/kapasitas/kader/" + desa.kode() + "/" + saved.id(),
                baru ? "kapasitas/kader" : "kapasitas/kader-detail",
                () -> {
                    if (baru) {
                        isiDaftar(pageAction.model(), desa, me, form, f.kompetensiDipilih());
                    } else {
                        isiKader(pageAction.model(), desa, kaderDi(desa, id, me), me, form, f.kompetensiDipilih());
                    }
                });
    }

    // ---- capacity map and kaderisasi ----

    @GetMapping("/kapasitas/peta/{kode}")
    String peta(@PathVariable String kode, PageQuery page, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = wilayahTerlihat(kode, me);
        var desa = w.isDesa()
                ? new id.pandudesa.platform.PageResult<>(List.of(w), 0, page.ukuran(), 1)
                : wilayah.desaDalam(List.of(w.kode()), page);
        model.addAttribute("w", w);
        model.addAttribute("desa", desa);
        List<PetaKapasitas.Baris> baris =
                peta.untuk(desa.isi().stream().map(Wilayah::kode).toList());
        model.addAttribute("baris", baris);
        // How many of the villages on this page have each competency among their active cadres.
        Map<String, Long> bars = new LinkedHashMap<>();
        for (Kompetensi.Item c : kompetensi.semua()) {
            bars.put(
                    c.kode(), baris.stream().filter(b -> b.jumlah(c.kode()) > 0).count());
        }
        model.addAttribute("grafik", Grafik.dari(bars, null));
        model.addAttribute(
                "nama", wilayah.semua(desa.isi().stream().map(Wilayah::kode).toList()));
        model.addAttribute("kompetensiSemua", kompetensi.semua());
        return "kapasitas/peta";
    }

    @GetMapping("/kapasitas/kaderisasi/{kode}")
    String kaderisasi(@PathVariable String kode, @RequestParam(required = false) String sampai, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah w = wilayahTerlihat(kode, me);
        YearMonth akhir =
                sampai == null || sampai.isBlank() ? YearMonth.from(kader.hariIni()) : YearMonth.parse(sampai.trim());
        model.addAttribute("w", w);
        model.addAttribute("akhir", akhir);
        if (w.isDesa()) {
            Kaderisasi.Desa d = kaderisasi.desa(w.kode(), akhir, 12);
            model.addAttribute("d", d);
            long[] latih = peta.pelatihan(List.of(w.kode()), kader.hariIni().minusMonths(12))
                    .getOrDefault(w.kode(), new long[2]);
            model.addAttribute("pelatihanDesa", latih[0]);
            model.addAttribute("pelatihanPendamping", latih[1]);
            Map<String, Long> bars = new LinkedHashMap<>();
            d.seri().forEach(b -> bars.put(b.bulan().toString(), b.persen() == null ? 0L : b.persen()));
            model.addAttribute("grafik", Grafik.dari(bars, null, v -> v + " %"));
            return "kapasitas/kaderisasi-desa";
        }
        Map<String, Kaderisasi.Desa> all = kaderisasi.wilayah(w.kode(), akhir, Kaderisasi.JENDELA);
        List<Kaderisasi.Desa> rows = all.values().stream()
                .sorted(java.util.Comparator.comparing((Kaderisasi.Desa d) -> !d.tertandai())
                        .thenComparing(Kaderisasi.Desa::kodeDesa))
                .toList();
        model.addAttribute("baris", rows.size() > 500 ? rows.subList(0, 500) : rows);
        model.addAttribute(
                "tertandai", rows.stream().filter(Kaderisasi.Desa::tertandai).count());
        java.util.List<Kaderisasi.SetelahMitra> mitra = akun
                .penugasanMitraBerakhir(id.pandudesa.akun.Lingkup.of(java.util.List.of(w.kode())), kader.hariIni(), 50)
                .stream()
                .filter(p -> me.mencakup(p.kodeDesa()))
                .map(p -> kaderisasi.setelahMitra(p, YearMonth.from(kader.hariIni())))
                .toList();
        model.addAttribute("setelahMitra", mitra);
        java.util.Set<String> codes = new java.util.HashSet<>(all.keySet());
        mitra.forEach(m -> codes.add(m.penugasan().kodeDesa()));
        model.addAttribute("nama", wilayah.semua(codes));
        return "kapasitas/kaderisasi-wilayah";
    }

    private Wilayah wilayahTerlihat(String kode, PenggunaSaatIni me) {
        return terlihat.wilayah(kode, me, "kapasitas.wilayahTidakSah");
    }
}
