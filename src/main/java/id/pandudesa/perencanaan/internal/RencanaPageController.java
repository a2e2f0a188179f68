package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.security.PublicPaths;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of participatory planning: the year's proposals and their prioritisation, the RKPDes,
 * the RPJMDes, the link from APBDes lines to RKPDes kegiatan, and the public trace.
 */
@Controller
class RencanaPageController {

    private final UsulanService usulanService;
    private final RpjmdesService rpjmdesService;
    private final RkpdesService rkpdesService;
    private final JejakRencana jejak;
    private final TautanApbdes tautan;
    private final ApbdesService apbdes;
    private final CatatanPerencanaan notes;
    private final KodeApbdes codes;
    private final MusyawarahApi musyawarah;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final Clock clock;

    RencanaPageController(
            UsulanService usulanService,
            RpjmdesService rpjmdesService,
            RkpdesService rkpdesService,
            JejakRencana jejak,
            TautanApbdes tautan,
            ApbdesService apbdes,
            CatatanPerencanaan notes,
            KodeApbdes codes,
            MusyawarahApi musyawarah,
            AkunApi akun,
            WilayahApi wilayah,
            Clock clock) {
        this.usulanService = usulanService;
        this.rpjmdesService = rpjmdesService;
        this.rkpdesService = rkpdesService;
        this.jejak = jejak;
        this.tautan = tautan;
        this.apbdes = apbdes;
        this.notes = notes;
        this.codes = codes;
        this.musyawarah = musyawarah;
        this.akun = akun;
        this.wilayah = wilayah;
        this.clock = clock;
    }

    /** The trace of a desa's plans is public: what was proposed and what became of it, without names. */
    @Bean
    static PublicPaths jejakPublik() {
        return PublicPaths.pages("/jejak/**");
    }

    @GetMapping("/perencanaan")
    String mulai(
            @RequestParam(required = false) String desa, @RequestParam(required = false) Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        int year = tahun == null ? tahunIni() + 1 : tahun;
        if (desa != null && !desa.isBlank()) {
            return "redirect:/perencanaan/usulan/"
                    + apbdes.desaTerlihat(desa, me).kode() + "/" + year;
        }
        List<String> own = me.lingkup().prefiks();
        if (own.size() == 1 && own.getFirst().length() == 10) {
            return "redirect:/perencanaan/usulan/" + own.getFirst() + "/" + year;
        }
        model.addAttribute("tahun", year);
        return "perencanaan/mulai";
    }

    // ---- Usulan ---------------------------------------------------------------------------

    @GetMapping("/perencanaan/usulan/{kode}/{tahun}")
    String usulan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) Long ubah,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Map<String, String> form = new LinkedHashMap<>();
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
        List<MusyawarahApi.Keputusan> decisions = keputusanSekitar(desa.kode(), tahun, me);
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("usulan", list);
        model.addAttribute(
                "bidang",
                namaBidang(list.stream().map(RencanaDesa.Usulan::kodeBidang).toList()));
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
        model.addAttribute("subBidang", subBidang());
        model.addAttribute(
                "semuaMetode",
                java.util.Arrays.stream(Prioritas.Metode.values())
                        .map(Enum::name)
                        .toList());
        model.addAttribute("bolehCatat", RencanaDesa.PENCATAT.contains(me.peran()));
        model.addAttribute("f", form);
        Map<String, Long> cost = new LinkedHashMap<>();
        list.forEach(u -> cost.merge(namaBidangSingkat(u.kodeBidang()), u.biaya(), Long::sum));
        model.addAttribute("grafik", Grafik.rupiah(cost, null));
    }

    @PostMapping("/perencanaan/usulan/{kode}/{tahun}")
    String catatUsulan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam Map<String, String> p,
            Model model,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        try {
            RencanaDesa.Usulan saved = usulanService.catatUsulan(kode, tahun, baru(p), me);
            redirect.addFlashAttribute("pesan", "usulan.pesan.tercatat");
            return "redirect:/perencanaan/usulan/" + saved.kodeDesa() + "/" + tahun + "#usulan-" + saved.id();
        } catch (RuleViolationException e) {
            galat(model, e);
            isiUsulan(model, kode, tahun, me, new LinkedHashMap<>(p));
            return "perencanaan/usulan";
        }
    }

    @PostMapping("/perencanaan/usulan/{kode}/{tahun}/{id}")
    String ubahUsulan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @PathVariable long id,
            @RequestParam Map<String, String> p,
            Model model,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        try {
            RencanaDesa.Usulan saved =
                    usulanService.ubahUsulan(kode, tahun, id, baru(p), Isian.bulat(p.get("versi"), "versi"), me);
            redirect.addFlashAttribute("pesan", "usulan.pesan.diubah");
            return "redirect:/perencanaan/usulan/" + saved.kodeDesa() + "/" + tahun + "#usulan-" + id;
        } catch (RuleViolationException | ConflictException e) {
            model.addAttribute("galat", e.messageKey());
            model.addAttribute("galatArg", e.args());
            if (e instanceof RuleViolationException r) {
                galat(model, r);
            }
            Map<String, String> form = new LinkedHashMap<>(p);
            form.put("id", String.valueOf(id));
            isiUsulan(model, kode, tahun, me, form);
            return "perencanaan/usulan";
        }
    }

    @PostMapping("/perencanaan/usulan/{kode}/{tahun}/{id}/hapus")
    String hapusUsulan(
            @PathVariable String kode, @PathVariable int tahun, @PathVariable long id, RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        return lakukan(
                redirect,
                "usulan.pesan.dihapus",
                "/perencanaan/usulan/" + code + "/" + tahun,
                () -> usulanService.hapusUsulan(code, tahun, id, me));
    }

    @PostMapping("/perencanaan/usulan/{kode}/{tahun}/prioritas")
    String prioritaskan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam Map<String, String> p,
            Model model,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Map<Long, Integer> values = new LinkedHashMap<>();
        p.forEach((k, v) -> {
            if (k.startsWith("nilai_") && k.substring(6).matches("\\d{1,18}")) {
                if (v != null && !v.isBlank()) {
                    values.put(Long.valueOf(k.substring(6)), Isian.bulat(v, "nilai"));
                }
            }
        });
        Prioritas.Metode method = null;
        try {
            method = Prioritas.Metode.valueOf(p.getOrDefault("metode", ""));
        } catch (IllegalArgumentException ignored) {
            // reported as a missing method below
        }
        try {
            Integer quota = Isian.bulat(p.get("kuota"), "kuota");
            usulanService.prioritaskan(kode, tahun, p.get("keputusan"), method, values, quota == null ? 0 : quota, me);
            redirect.addFlashAttribute("pesan", "usulan.pesan.diprioritaskan");
            return "redirect:/perencanaan/usulan/"
                    + apbdes.desaTerlihat(kode, me).kode() + "/" + tahun;
        } catch (RuleViolationException e) {
            galat(model, e);
            isiUsulan(model, kode, tahun, me, new LinkedHashMap<>());
            model.addAttribute("prioritasDikirim", p);
            return "perencanaan/usulan";
        }
    }

    // ---- RKPDes ---------------------------------------------------------------------------

    @GetMapping("/perencanaan/rkpdes/{kode}/{tahun}")
    String rkpdes(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) Long usulan,
            @RequestParam(required = false) Long program,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Map<String, String> form = new LinkedHashMap<>();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        if (usulan != null) {
            usulanService
                    .usulanSatu(usulan)
                    .filter(u -> u.kodeDesa().equals(desa.kode()))
                    .ifPresent(u -> {
                        form.put("usulanId", String.valueOf(u.id()));
                        form.put("nama", u.judul());
                        form.put("lokasi", u.lokasi());
                        form.put("biaya", String.valueOf(u.biaya()));
                        form.put("sasaran", u.penerima() + " orang");
                        if (u.kodeBidang().split("\\.").length == 3) {
                            form.put("kodeKegiatan", u.kodeBidang());
                        }
                    });
        }
        if (program != null) {
            form.put("programId", String.valueOf(program));
        }
        isiRkpdes(model, desa, tahun, me, form);
        return "perencanaan/rkpdes";
    }

    private void isiRkpdes(Model model, Wilayah desa, int tahun, PenggunaSaatIni me, Map<String, String> form) {
        JejakRencana.Ringkasan trace = jejak.untuk(desa.kode(), tahun);
        Optional<RencanaDesa.Rkpdes> plan = rkpdesService.rkpdes(desa.kode(), tahun);
        List<JejakRencana.Langkah> steps = new ArrayList<>();
        trace.jejak().forEach(j -> steps.addAll(j.langkah()));
        steps.sort(java.util.Comparator.comparing(
                        (JejakRencana.Langkah l) -> l.kegiatan().kodeKegiatan())
                .thenComparing(l -> l.kegiatan().id()));
        Map<Long, RencanaDesa.Usulan> proposals = new LinkedHashMap<>();
        usulanService.usulanDesa(desa.kode(), tahun).forEach(u -> proposals.put(u.id(), u));
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("rkpdes", plan.orElse(null));
        model.addAttribute("keputusan", trace.rkpdesKeputusan());
        model.addAttribute("langkah", steps);
        model.addAttribute("usulanPeta", proposals);
        model.addAttribute(
                "usulanPrioritas",
                proposals.values().stream()
                        .filter(u -> u.status() == RencanaDesa.StatusUsulan.DIPRIORITASKAN)
                        .toList());
        model.addAttribute(
                "program",
                rpjmdesService
                        .rpjmdesUntuk(desa.kode(), tahun)
                        .map(r -> rpjmdesService.program(r.id()).stream()
                                .filter(x -> x.tahun() == tahun)
                                .toList())
                        .orElse(List.of()));
        model.addAttribute(
                "total", steps.stream().mapToLong(l -> l.kegiatan().biaya()).sum());
        Map<String, Long> perSource = new LinkedHashMap<>();
        steps.forEach(l -> perSource.merge(
                "rkpdes.sumber." + l.kegiatan().sumberDana().name(),
                l.kegiatan().biaya(),
                Long::sum));
        model.addAttribute("grafik", Grafik.rupiah(perSource, null));
        model.addAttribute("semuaSumber", RencanaDesa.SumberDana.values());
        model.addAttribute("kegiatanKode", kegiatanKode());
        model.addAttribute("rekeningBelanja", rekeningBelanja());
        model.addAttribute(
                "keputusanMusdes",
                keputusanSekitar(desa.kode(), tahun, me).stream()
                        .filter(MusyawarahApi.Keputusan::musyawarahDesa)
                        .filter(MusyawarahApi.Keputusan::disepakati)
                        .toList());
        model.addAttribute("bolehSusun", RencanaDesa.PENYUSUN.contains(me.peran()));
        model.addAttribute("bolehTetapkan", me.peran() == Peran.PEMDES);
        model.addAttribute("bolehApbdes", ApbdesService.bolehMengisi(me));
        model.addAttribute("bolehKomentar", CatatanPerencanaan.PENGOMENTAR.contains(me.peran()));
        model.addAttribute(
                "catatan", plan.map(r -> notes.daftar("RKPDES", r.id())).orElse(List.of()));
        model.addAttribute("f", form);
    }

    @PostMapping("/perencanaan/rkpdes/{kode}/{tahun}/kegiatan")
    String tambahKegiatan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam Map<String, String> p,
            Model model,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        try {
            RencanaDesa.Kegiatan saved = rkpdesService.tambahKegiatan(
                    desa.kode(),
                    tahun,
                    new RencanaDesa.KegiatanBaru(
                            p.get("kodeKegiatan"),
                            p.get("nama"),
                            p.get("lokasi"),
                            Isian.desimal(p.get("volume"), "volume"),
                            p.get("satuan"),
                            p.get("sasaran"),
                            p.get("waktu"),
                            Isian.rupiah(p.get("biaya"), "biaya"),
                            p.get("sumberDana"),
                            p.get("pelaksana"),
                            id(p.get("usulanId")),
                            id(p.get("programId"))),
                    me);
            redirect.addFlashAttribute("pesan", "rkpdes.pesan.kegiatanTercatat");
            return "redirect:/perencanaan/rkpdes/" + desa.kode() + "/" + tahun + "#kegiatan-" + saved.id();
        } catch (RuleViolationException e) {
            galat(model, e);
            isiRkpdes(model, desa, tahun, me, new LinkedHashMap<>(p));
            return "perencanaan/rkpdes";
        }
    }

    @PostMapping("/perencanaan/rkpdes/{kode}/{tahun}/tetapkan")
    String tetapkanRkpdes(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) String keputusan,
            @RequestParam(required = false) Integer versi,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        return lakukan(
                redirect,
                "rkpdes.pesan.ditetapkan",
                "/perencanaan/rkpdes/" + code + "/" + tahun,
                () -> rkpdesService.tetapkanRkpdes(code, tahun, keputusan, versi, me));
    }

    @PostMapping("/perencanaan/rkpdes/{kode}/{tahun}/kegiatan/{id}/apbdes")
    String keApbdes(
            @PathVariable String kode,
            @PathVariable int tahun,
            @PathVariable long id,
            @RequestParam(required = false) String kodeRekening,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        return lakukan(
                redirect,
                "rkpdes.pesan.masukApbdes",
                "/perencanaan/rkpdes/" + code + "/" + tahun + "#kegiatan-" + id,
                () -> tautan.keApbdes(code, tahun, id, kodeRekening, me));
    }

    @PostMapping("/perencanaan/rkpdes/{kode}/{tahun}/catatan")
    String catatanRkpdes(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam(required = false) String isi,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        RencanaDesa.Rkpdes plan =
                rkpdesService.rkpdes(code, tahun).orElseThrow(() -> new NotFoundException("rkpdes.tidakDitemukan"));
        return lakukan(
                redirect,
                "perencanaan.catatan.tersimpan",
                "/perencanaan/rkpdes/" + code + "/" + tahun + "#catatan",
                () -> notes.tambah("RKPDES", plan.id(), code, CatatanPerencanaan.Jenis.KOMENTAR, null, isi, me));
    }

    // ---- RPJMDes --------------------------------------------------------------------------

    @GetMapping("/perencanaan/rpjmdes/{kode}")
    String rpjmdes(@PathVariable String kode, @RequestParam(required = false) Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        isiRpjmdes(model, desa, tahun == null ? tahunIni() : tahun, me, new LinkedHashMap<>());
        return "perencanaan/rpjmdes";
    }

    private void isiRpjmdes(Model model, Wilayah desa, int tahun, PenggunaSaatIni me, Map<String, String> form) {
        Optional<RencanaDesa.Rpjmdes> plan = rpjmdesService.rpjmdesUntuk(desa.kode(), tahun);
        List<RencanaDesa.Program> programmes =
                plan.map(r -> rpjmdesService.program(r.id())).orElse(List.of());
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("r", plan.orElse(null));
        model.addAttribute("program", programmes);
        model.addAttribute(
                "bidang",
                namaBidang(
                        programmes.stream().map(RencanaDesa.Program::kodeBidang).toList()));
        Map<String, Long> perYear = new LinkedHashMap<>();
        plan.ifPresent(r -> {
            for (int y = r.tahunAwal(); y <= r.tahunAkhir(); y++) {
                perYear.put(String.valueOf(y), 0L);
            }
        });
        programmes.forEach(x -> perYear.merge(String.valueOf(x.tahun()), x.biaya(), Long::sum));
        model.addAttribute("grafik", Grafik.rupiah(perYear, null));
        model.addAttribute(
                "keputusan",
                plan.map(r -> r.musdesId() == null
                                ? null
                                : musyawarah
                                        .keputusan(r.musdesId(), r.musdesAgenda(), me)
                                        .orElse(null))
                        .orElse(null));
        int from = plan.map(RencanaDesa.Rpjmdes::tahunAwal).orElse(tahun);
        List<MusyawarahApi.Keputusan> decisions = keputusanSekitar(desa.kode(), from, me);
        model.addAttribute(
                "keputusanMusdes",
                decisions.stream()
                        .filter(MusyawarahApi.Keputusan::musyawarahDesa)
                        .filter(MusyawarahApi.Keputusan::disepakati)
                        .toList());
        model.addAttribute("subBidang", subBidang());
        model.addAttribute("bolehSusun", RencanaDesa.PENYUSUN.contains(me.peran()));
        model.addAttribute("bolehTetapkan", me.peran() == Peran.PEMDES);
        model.addAttribute("bolehKomentar", CatatanPerencanaan.PENGOMENTAR.contains(me.peran()));
        model.addAttribute(
                "catatan", plan.map(r -> notes.daftar("RPJMDES", r.id())).orElse(List.of()));
        model.addAttribute("f", form);
    }

    @PostMapping("/perencanaan/rpjmdes/{kode}")
    String buatRpjmdes(
            @PathVariable String kode, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        Integer start = Isian.bulat(p.get("tahunAwal"), "tahunAwal");
        try {
            rpjmdesService.buatRpjmdes(desa.kode(), start, p.get("visi"), p.get("misi"), me);
            redirect.addFlashAttribute("pesan", "rpjmdes.pesan.dibuat");
            return "redirect:/perencanaan/rpjmdes/" + desa.kode() + "?tahun=" + start;
        } catch (RuleViolationException e) {
            galat(model, e);
            isiRpjmdes(model, desa, start == null ? tahunIni() : start, me, new LinkedHashMap<>(p));
            return "perencanaan/rpjmdes";
        }
    }

    @PostMapping("/perencanaan/rpjmdes/{kode}/{awal}/program")
    String tambahProgram(
            @PathVariable String kode,
            @PathVariable int awal,
            @RequestParam Map<String, String> p,
            Model model,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = apbdes.desaTerlihat(kode, me);
        try {
            rpjmdesService.tambahProgram(
                    desa.kode(),
                    awal,
                    Isian.bulat(p.get("tahun"), "tahun"),
                    p.get("kodeBidang"),
                    p.get("uraian"),
                    Isian.rupiah(p.get("biaya"), "biaya"),
                    me);
            redirect.addFlashAttribute("pesan", "rpjmdes.pesan.programTercatat");
            return "redirect:/perencanaan/rpjmdes/" + desa.kode() + "?tahun=" + awal + "#program";
        } catch (RuleViolationException e) {
            galat(model, e);
            isiRpjmdes(model, desa, awal, me, new LinkedHashMap<>(p));
            return "perencanaan/rpjmdes";
        }
    }

    @PostMapping("/perencanaan/rpjmdes/{kode}/{awal}/tetapkan")
    String tetapkanRpjmdes(
            @PathVariable String kode,
            @PathVariable int awal,
            @RequestParam(required = false) String keputusan,
            @RequestParam(required = false) Integer versi,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        return lakukan(
                redirect,
                "rpjmdes.pesan.ditetapkan",
                "/perencanaan/rpjmdes/" + code + "?tahun=" + awal,
                () -> rpjmdesService.tetapkanRpjmdes(code, awal, keputusan, versi, me));
    }

    @PostMapping("/perencanaan/rpjmdes/{kode}/{awal}/catatan")
    String catatanRpjmdes(
            @PathVariable String kode,
            @PathVariable int awal,
            @RequestParam(required = false) String isi,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        RencanaDesa.Rpjmdes plan = rpjmdesService
                .rpjmdesUntuk(code, awal)
                .filter(r -> r.tahunAwal() == awal)
                .orElseThrow(() -> new NotFoundException("rpjmdes.tidakDitemukan"));
        return lakukan(
                redirect,
                "perencanaan.catatan.tersimpan",
                "/perencanaan/rpjmdes/" + code + "?tahun=" + awal + "#catatan",
                () -> notes.tambah("RPJMDES", plan.id(), code, CatatanPerencanaan.Jenis.KOMENTAR, null, isi, me));
    }

    // ---- APBDes line ↔ RKPDes kegiatan ------------------------------------------------------

    @PostMapping("/perencanaan/apbdes/{kode}/{tahun}/tautan")
    String tautkan(
            @PathVariable String kode,
            @PathVariable int tahun,
            @RequestParam int baris,
            @RequestParam(required = false) String kegiatan,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        String code = apbdes.desaTerlihat(kode, me).kode();
        return lakukan(
                redirect,
                "apbdes.tautan.tersimpan",
                "/perencanaan/apbdes/" + code + "/" + tahun + "#baris-" + baris,
                () -> tautan.tautkan(code, tahun, baris, id(kegiatan), me));
    }

    // ---- public trace ---------------------------------------------------------------------

    /** Public: every proposal of the year and what became of it; no proposer's name. */
    @GetMapping("/jejak/{kode}/{tahun}")
    String jejakPublik(@PathVariable String kode, @PathVariable int tahun, Model model) {
        Wilayah desa = wilayah.cari(KodeWilayah.normalisasi(kode))
                .filter(Wilayah::isDesa)
                .orElseThrow(() -> new NotFoundException("apbdes.desaTidakDitemukan", kode));
        JejakRencana.Ringkasan r = jejak.untuk(desa.kode(), tahun);
        List<RencanaDesa.Usulan> proposals = r.jejak().stream()
                .map(JejakRencana.Jejak::usulan)
                .filter(java.util.Objects::nonNull)
                .toList();
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("r", r);
        model.addAttribute(
                "bidang",
                namaBidang(
                        proposals.stream().map(RencanaDesa.Usulan::kodeBidang).toList()));
        Map<String, Long> funnel = new LinkedHashMap<>();
        funnel.put("jejak.tahap.diusulkan", (long) r.usulan());
        funnel.put("jejak.tahap.diprioritaskan", (long) r.diprioritaskan());
        funnel.put("jejak.tahap.rkpdes", (long) r.masukRkpdes());
        funnel.put("jejak.tahap.apbdes", (long) r.masukApbdes());
        model.addAttribute("grafik", Grafik.dari(funnel, null));
        // The published meetings this year's plans rest on (an unpublished one stays off the page).
        java.util.Set<Long> cited = new java.util.HashSet<>();
        r.jejak().forEach(j -> {
            if (j.musdus() != null) {
                cited.add(j.musdus().musyawarahId());
            }
            if (j.musdes() != null) {
                cited.add(j.musdes().musyawarahId());
            }
        });
        if (r.rkpdesKeputusan() != null) {
            cited.add(r.rkpdesKeputusan().musyawarahId());
        }
        model.addAttribute(
                "musyawarah",
                musyawarah.publik(desa.kode(), 100).stream()
                        .filter(m -> cited.contains(m.id()))
                        .toList());
        return "perencanaan/jejak";
    }

    // ---- helpers ----------------------------------------------------------------------------

    /**
     * Decisions a plan for {@code tahun} may rest on: meetings of the year before (when plans are
     * made), of the year itself, and of this year (records entered late).
     */
    private List<MusyawarahApi.Keputusan> keputusanSekitar(String code, int tahun, PenggunaSaatIni me) {
        java.util.Set<Integer> years = new java.util.TreeSet<>(List.of(tahun - 1, tahun, tahunIni()));
        List<MusyawarahApi.Keputusan> out = new ArrayList<>();
        years.forEach(y -> out.addAll(musyawarah.keputusanDesa(code, y, me)));
        return out;
    }

    private Map<String, String> namaBidang(List<String> kode) {
        Map<String, String> out = new LinkedHashMap<>();
        kode.forEach(k -> out.put(k, codes.namaBidang(k).orElse(k)));
        return out;
    }

    private String namaBidangSingkat(String kode) {
        String top = kode.substring(0, kode.indexOf('.'));
        return top + " "
                + codes.namaBidang(top).map(RencanaPageController::singkat).orElse("");
    }

    private static String singkat(String nama) {
        String n = nama.replaceFirst("(?i)^bidang\\s+", "");
        return n.length() > 28 ? n.substring(0, 27) + "…" : n;
    }

    /** Sub-bidang and kegiatan of the regulation, for the proposal's bidang list. */
    private List<KodeApbdes.Kode> subBidang() {
        return codes.semuaBidang().stream().filter(k -> k.kode().contains(".")).toList();
    }

    private List<KodeApbdes.Kode> kegiatanKode() {
        return codes.semuaBidang().stream()
                .filter(k -> k.kode().split("\\.").length == 3)
                .toList();
    }

    private List<KodeApbdes.Kode> rekeningBelanja() {
        return codes.semuaRekening().stream()
                .filter(k -> k.kode().startsWith("5.")
                        && k.kode().split("\\.").length == 4
                        && !k.kode().contains("90-99"))
                .toList();
    }

    /**
     * Runs a one-button action and goes back to the page: with its success message, or with the
     * reason it was refused. Not-found and forbidden pass through as 404 and 403.
     */
    private static String lakukan(RedirectAttributes redirect, String pesan, String tujuan, Runnable aksi) {
        try {
            aksi.run();
            redirect.addFlashAttribute("pesan", pesan);
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("galat", e.messageKey());
            redirect.addFlashAttribute("galatArg", e.args());
        }
        return "redirect:" + tujuan;
    }

    private static void galat(Model model, RuleViolationException e) {
        id.pandudesa.platform.web.FormErrors.keModel(model, e);
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        e.problems().forEach(x -> byField.putIfAbsent(x.field(), x));
        model.addAttribute("galatKolom", byField);
    }

    private static RencanaDesa.UsulanBaru baru(Map<String, String> p) {
        return new RencanaDesa.UsulanBaru(
                p.get("judul"),
                p.get("lokasi"),
                p.get("asal"),
                p.get("kodeBidang"),
                Isian.bulat(p.get("laki"), "laki"),
                Isian.bulat(p.get("perempuan"), "perempuan"),
                Isian.bulat(p.get("miskin"), "miskin"),
                Isian.rupiah(p.get("biaya"), "biaya"),
                p.get("pengusul"),
                p.get("musdus"));
    }

    private static Long id(String v) {
        return v == null || !v.trim().matches("\\d{1,18}") ? null : Long.valueOf(v.trim());
    }

    private int tahunIni() {
        return Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
    }
}
