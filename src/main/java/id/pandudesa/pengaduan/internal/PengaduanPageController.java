package id.pandudesa.pengaduan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.pengaduan.KategoriPengaduan;
import id.pandudesa.pengaduan.StatusPengaduan;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.privasi.LogAkses;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.platform.web.Unduhan;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The handlers' side: the cases in their scope, intake at the posko, a case with its steps,
 * disputes, and the statistics. Every page reads through the scope; the identity shows only to
 * the case's handlers ({@link AlurPengaduan#penangan}).
 */
@Controller
class PengaduanPageController {

    private final PengaduanService service;

    private final PengaduanQueries queries;
    private final TindakanPengaduan tindakan;
    private final PerselisihanService perselisihan;
    private final PengaduanApiImpl statistik;
    private final MusyawarahApi musyawarah;
    private final WilayahApi wilayah;
    private final FileService files;
    private final AkunApi akun;
    private final LogAkses logAkses;

    PengaduanPageController(
            PengaduanService service,
            PengaduanQueries queries,
            TindakanPengaduan tindakan,
            PerselisihanService perselisihan,
            PengaduanApiImpl statistik,
            MusyawarahApi musyawarah,
            WilayahApi wilayah,
            FileService files,
            AkunApi akun,
            LogAkses logAkses) {
        this.service = service;
        this.queries = queries;
        this.tindakan = tindakan;
        this.perselisihan = perselisihan;
        this.statistik = statistik;
        this.musyawarah = musyawarah;
        this.wilayah = wilayah;
        this.files = files;
        this.akun = akun;
        this.logAkses = logAkses;
    }

    @GetMapping("/pengaduan/kelola")
    String daftar(
            @RequestParam(required = false) String desa,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kategori,
            @RequestParam(required = false) String terlambat,
            PageQuery page,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        PengaduanService.Filter filter = new PengaduanService.Filter(
                desa,
                Teks.pilihan(StatusPengaduan.class, status),
                Teks.pilihan(KategoriPengaduan.class, kategori),
                "true".equals(terlambat));
        var hasil = service.daftar(filter, me, page);
        model.addAttribute("hasil", hasil);
        model.addAttribute(
                "namaDesa",
                wilayah.semua(hasil.isi().stream().map(Kasus::kodeDesa).toList()));
        model.addAttribute("filter", filter);
        org.springframework.web.util.UriComponentsBuilder url =
                org.springframework.web.util.UriComponentsBuilder.fromPath("/pengaduan/kelola");
        if (filter.status() != null) {
            url.queryParam("status", filter.status().name());
        }
        if (filter.kategori() != null) {
            url.queryParam("kategori", filter.kategori().name());
        }
        if (filter.terlambat()) {
            url.queryParam("terlambat", "true");
        }
        model.addAttribute("urlDaftar", url.build().toUriString());
        model.addAttribute("statusSemua", StatusPengaduan.values());
        model.addAttribute("kategoriSemua", KategoriPengaduan.values());
        model.addAttribute("sekarang", service.sekarang());
        model.addAttribute("bolehCatat", bolehCatat(me));
        return "pengaduan/kelola";
    }

    private static boolean bolehCatat(PenggunaSaatIni me) {
        return AlurPengaduan.PENANGAN.contains(me.peran()) || me.peran() == Peran.PEMDES;
    }

    @GetMapping("/pengaduan/kelola/baru")
    String baru(@RequestParam(required = false) String desa, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiBaru(model, me, desa == null ? new LinkedHashMap<>() : new LinkedHashMap<>(Map.of("kodeDesa", desa)));
        return "pengaduan/baru";
    }

    private void isiBaru(Model model, PenggunaSaatIni me, Map<String, String> form) {
        List<String> own = me.lingkup().prefiks();
        if (own.stream().allMatch(k -> k.length() == 10)) {
            model.addAttribute(
                    "desaSaya",
                    wilayah.semua(own).values().stream()
                            .sorted(java.util.Comparator.comparing(Wilayah::nama))
                            .toList());
        }
        model.addAttribute("kategori", KategoriPengaduan.values());
        model.addAttribute("saluran", List.of(Saluran.POSKO, Saluran.SMS, Saluran.WHATSAPP, Saluran.TELEPON));
        model.addAttribute("f", form);
    }

    @PostMapping("/pengaduan/kelola/baru")
    String catat(
            AduanForm f,
            @RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran,
            PageAction pageAction)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        List<PengaduanService.Lampiran> files = PengaduanPublikController.lampiran(lampiran);
        return pageAction.run(
                () -> {
                    Kasus k = service.catat(f.aduan(), f.saluran(), files, me);
                    pageAction.redirect().addFlashAttribute("pesanArg", k.kodeLacak());
                    return k;
                },
                "pengaduan.tercatat",
                k -> "/pengaduan/kelola/" + k.id(),
                "pengaduan/baru",
                () -> isiBaru(pageAction.model(), me, f.isian()));
    }

    @GetMapping("/pengaduan/kelola/{id}")
    String kasus(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        isiKasus(model, id, me, new LinkedHashMap<>());
        return "pengaduan/kasus";
    }

    private void isiKasus(Model model, long id, PenggunaSaatIni me, Map<String, String> form) {
        PengaduanService.Tampilan t = service.tampil(id, me);
        Kasus k = t.kasus();
        if (t.identitasTerlihat() && k.adaIdentitas()) {
            logAkses.catat("pengaduan.identitas", k.id(), k.kodeDesa());
        }
        model.addAttribute("t", t);
        model.addAttribute("k", k);
        model.addAttribute("sekarang", service.sekarang());
        model.addAttribute("f", form);
        model.addAttribute(
                "langkahBoleh",
                java.util.Arrays.stream(AlurPengaduan.Langkah.values())
                        .filter(l -> AlurPengaduan.boleh(l, k.status()))
                        .map(Enum::name)
                        .toList());
        model.addAttribute(
                "rujukanBoleh",
                java.util.Arrays.stream(Tingkat.values())
                        .filter(x -> AlurPengaduan.rujukanSah(k.tingkat(), x))
                        .toList());
        model.addAttribute("penindak", AlurPengaduan.PENINDAK);
        model.addAttribute("mirip", t.identitasTerlihat() ? queries.mirip(k) : List.of());
        model.addAttribute("rapat", musyawarah.terbaru(k.kodeDesa(), 20, me));
        model.addAttribute(
                "musyawarahKasus",
                k.musyawarahId() == null
                        ? null
                        : musyawarah.ringkas(k.musyawarahId(), me).orElse(null));
        if (k.kategori() == KategoriPengaduan.PERSELISIHAN) {
            var pihak = t.identitasTerlihat() ? perselisihan.baca(id).orElse(null) : null;
            if (pihak != null) {
                logAkses.catat("perselisihan.pihak", k.id(), k.kodeDesa());
            }
            model.addAttribute("perselisihan", pihak);
        }
    }

    /** A step of the case's flow, at the version the page showed. */
    record LangkahForm(
            String langkah,
            String versi,
            String ditugaskan,
            String rujukanKe,
            String rujukanNomor,
            String musyawarahId,
            String alasan,
            String catatan,
            String tanggapan)
            implements Formulir {

        TindakanPengaduan.Perintah perintah() {
            AlurPengaduan.Langkah l = Teks.pilihan(AlurPengaduan.Langkah.class, langkah);
            if (l == null) {
                throw new RuleViolationException("pengaduan.langkahTidakDikenal");
            }
            Integer v = Isian.bulat(versi, "versi");
            return new TindakanPengaduan.Perintah(
                    l,
                    v == null ? -1 : v,
                    ditugaskan,
                    rujukanKe,
                    rujukanNomor,
                    nomor(musyawarahId, "musyawarahId"),
                    alasan,
                    catatan,
                    tanggapan);
        }
    }

    @PostMapping("/pengaduan/kelola/{id}/langkah")
    String langkah(@PathVariable long id, LangkahForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            tindakan.lakukan(id, f.perintah(), me);
            return "pengaduan.langkahTercatat";
        });
    }

    record KomentarForm(String catatan, String tanggapan) implements Formulir {}

    @PostMapping("/pengaduan/kelola/{id}/komentar")
    String komentar(@PathVariable long id, KomentarForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            tindakan.komentar(id, f.catatan(), f.tanggapan(), me);
            return "pengaduan.komentarTercatat";
        });
    }

    /** The parties of a village dispute and its mediator. */
    record PerselisihanForm(String versi, String mediator, String pengadu, String teradu) implements Formulir {}

    @PostMapping("/pengaduan/kelola/{id}/perselisihan")
    String pihak(@PathVariable long id, PerselisihanForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            perselisihan.simpan(id, Isian.bulat(f.versi(), "versi"), f.mediator(), f.pengadu(), f.teradu(), me);
            return "pengaduan.perselisihanTersimpan";
        });
    }

    /** A mediation meeting, possibly held as a musyawarah. */
    record PertemuanForm(String tanggal, String tempat, String hasil, String musyawarahPertemuan) implements Formulir {}

    @PostMapping("/pengaduan/kelola/{id}/pertemuan")
    String pertemuan(@PathVariable long id, PertemuanForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            perselisihan.pertemuan(
                    id,
                    Isian.tanggal(f.tanggal(), "tanggal"),
                    f.tempat(),
                    f.hasil(),
                    nomor(f.musyawarahPertemuan(), "musyawarahId"),
                    me);
            return "pengaduan.pertemuanTercatat";
        });
    }

    /** The agreement that settles the dispute. */
    record KesepakatanForm(String versiPerselisihan, String kesepakatan, String tanggalKesepakatan)
            implements Formulir {}

    @PostMapping("/pengaduan/kelola/{id}/kesepakatan")
    String kesepakatan(@PathVariable long id, KesepakatanForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return lakukan(id, me, f, pageAction, () -> {
            perselisihan.kesepakatan(
                    id,
                    Isian.bulat(f.versiPerselisihan(), "versi"),
                    f.kesepakatan(),
                    Isian.tanggal(f.tanggalKesepakatan(), "tanggalKesepakatan"),
                    me);
            return "pengaduan.kesepakatanTercatat";
        });
    }

    /** An action on a case's page (see {@link PageAction}). */
    private String lakukan(
            long id,
            PenggunaSaatIni me,
            Formulir f,
            PageAction pageAction,
            java.util.function.Supplier<String> action) {
        return pageAction.run(
                action,
                "/pengaduan/kelola/" + id,
                "pengaduan/kasus",
                () -> isiKasus(pageAction.model(), id, me, f.isian()));
    }

    @GetMapping("/pengaduan/kelola/{id}/lampiran/{berkasId}")
    ResponseEntity<InputStreamResource> lampiran(@PathVariable long id, @PathVariable long berkasId) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Berkas b = service.lampiran(id, berkasId, me);
        return Unduhan.berkas(b, files.isi(b.id()), "lampiran-" + b.id());
    }

    @GetMapping("/pengaduan/statistik")
    String statistik(
            @RequestParam(required = false) String wilayahKode,
            @RequestParam(required = false) Integer tahun,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        int year = tahun == null ? LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() : tahun;
        LocalDate dari = LocalDate.of(year, 1, 1);
        LocalDate sampai = LocalDate.of(year, 12, 31);
        String prefiks = wilayahKode == null ? null : wilayahKode.replaceAll("[^0-9]", "");
        var perKategori = statistik.per(PengaduanApiImpl.Kelompok.KATEGORI, me.lingkup(), prefiks, dari, sampai);
        var perKecamatan = statistik.per(PengaduanApiImpl.Kelompok.KECAMATAN, me.lingkup(), prefiks, dari, sampai);
        var perDesa = statistik.per(PengaduanApiImpl.Kelompok.DESA, me.lingkup(), prefiks, dari, sampai);
        model.addAttribute("tahun", year);
        model.addAttribute("wilayahKode", prefiks);
        model.addAttribute("perKategori", perKategori);
        model.addAttribute("perKecamatan", perKecamatan);
        model.addAttribute("perDesa", perDesa.size() > 200 ? perDesa.subList(0, 200) : perDesa);
        java.util.Set<String> codes = new java.util.HashSet<>();
        perKecamatan.forEach(b -> codes.add(b.kunci()));
        perDesa.forEach(b -> codes.add(b.kunci()));
        model.addAttribute("nama", wilayah.semua(codes));
        Map<String, Long> bars = new LinkedHashMap<>();
        perKategori.forEach(b -> bars.put("pengaduan.kategori." + b.kunci(), b.total()));
        model.addAttribute("grafik", Grafik.dari(bars, null));
        return "pengaduan/statistik";
    }

    /** An optional record number typed or chosen in a form (a musyawarah), null when left empty. */
    private static Long nomor(String value, String field) {
        Integer n = Isian.bulat(value, field);
        return n == null ? null : n.longValue();
    }
}
