package id.pandudesa.musyawarah.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.security.PublicPaths;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.wilayah.UnsurMasyarakat;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the meetings: list, plan, invitations, the door, decisions, berita acara, share link. */
@Controller
class MusyawarahPageController {

    private final MusyawarahService service;
    private final MusyawarahQueries queries;
    private final MusyawarahRepository repository;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final Clock clock;
    private final List<id.pandudesa.musyawarah.PengutipKeputusan> pengutip;

    MusyawarahPageController(
            MusyawarahService service,
            MusyawarahQueries queries,
            MusyawarahRepository repository,
            AkunApi akun,
            WilayahApi wilayah,
            Clock clock,
            List<id.pandudesa.musyawarah.PengutipKeputusan> pengutip) {
        this.service = service;
        this.queries = queries;
        this.repository = repository;
        this.akun = akun;
        this.wilayah = wilayah;
        this.clock = clock;
        this.pengutip = pengutip;
    }

    /** The share link of a meeting is public: date, place and agenda, decisions once published. */
    @Bean
    static PublicPaths musyawarahPublik() {
        return PublicPaths.pages("/musyawarah/bagikan/**");
    }

    @GetMapping("/musyawarah")
    String daftar(
            @RequestParam(required = false) String desa, @RequestParam(defaultValue = "0") int halaman, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        // A desa, or any region above it inside the scope (the dashboards link here per region).
        Wilayah chosen = desa == null || desa.isBlank() ? null : service.wilayahTerlihat(desa, me);
        var page = queries.daftar(
                me.lingkup(), chosen == null ? null : chosen.kode(), new PageQuery(Math.max(0, halaman), 20));
        Map<String, String> names = new LinkedHashMap<>();
        wilayah.semua(page.isi().stream()
                        .map(MusyawarahQueries.Baris::kodeDesa)
                        .distinct()
                        .toList())
                .forEach((k, w) -> names.put(k, w.nama()));
        model.addAttribute("halaman", page);
        model.addAttribute("nama", names);
        model.addAttribute("desa", chosen);
        model.addAttribute("bolehBuat", MusyawarahService.penyelenggara(me));
        return "musyawarah/daftar";
    }

    @GetMapping("/musyawarah/baru")
    String baru(
            @RequestParam(required = false) String desa, @RequestParam(required = false) String jenis, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        wajibPenyelenggara(me);
        List<String> own = me.lingkup().prefiks();
        String code = desa != null && !desa.isBlank()
                ? service.desaTerlihat(desa, me).kode()
                : own.size() == 1 && own.getFirst().length() == 10 ? own.getFirst() : null;
        JenisMusyawarah kind = parseJenis(jenis, JenisMusyawarah.MUSDUS);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("kodeDesa", code);
        form.put("jenis", kind.name());
        form.put(
                "tanggal",
                LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")))
                        .plusDays(7)
                        .toString());
        form.put("penyelenggara", kind.olehBpd() ? "BPD" : "");
        form.put("unsurWajib", kind.unsurBawaan().stream().map(Enum::name).toList());
        form.put("agenda", "");
        isiForm(model, form, null);
        return "musyawarah/form";
    }

    @PostMapping("/musyawarah")
    String buat(
            @RequestParam Map<String, String> params,
            @RequestParam(name = "unsurWajib", required = false) List<String> unsur,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        try {
            Musyawarah saved = service.buat(params.get("kodeDesa"), rencana(params, unsur), me);
            return "redirect:/musyawarah/" + saved.id();
        } catch (RuleViolationException e) {
            model.addAttribute("galat", e.messageKey());
            model.addAttribute("galatArg", e.args());
            model.addAttribute("galatKolom", kolom(e));
        } catch (NotFoundException e) {
            model.addAttribute("galat", e.messageKey());
        }
        isiForm(model, formDari(params, unsur), null);
        return "musyawarah/form";
    }

    @GetMapping("/musyawarah/{id}/ubah")
    String ubah(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Musyawarah m = service.lihat(id, me);
        wajibPenyelenggara(me);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("kodeDesa", m.kodeDesa());
        form.put("jenis", m.jenis().name());
        form.put("judul", m.judul());
        form.put("tanggal", m.tanggal().toString());
        form.put("jam", m.jam() == null ? "" : m.jam().toString());
        form.put("tempat", m.tempat());
        form.put("penyelenggara", m.penyelenggara());
        form.put("fasilitator", m.fasilitator());
        form.put("dusun", m.dusun());
        form.put("unsurWajib", m.unsurWajib().stream().map(Enum::name).toList());
        form.put(
                "agenda",
                String.join("\n", m.agenda().stream().map(Agenda::judul).toList()));
        form.put("versi", m.versi());
        isiForm(model, form, m);
        return "musyawarah/form";
    }

    @PostMapping("/musyawarah/{id}/ubah")
    String simpanUbah(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "unsurWajib", required = false) List<String> unsur,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Integer versi = params.get("versi") == null || params.get("versi").isBlank()
                ? null
                : Integer.valueOf(params.get("versi"));
        try {
            service.ubahRencana(id, rencana(params, unsur), versi, me);
            return "redirect:/musyawarah/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("galat", e.messageKey());
            model.addAttribute("galatArg", e.args());
            model.addAttribute("galatKolom", kolom(e));
        } catch (ConflictException e) {
            model.addAttribute("galat", e.messageKey());
        }
        isiForm(model, formDari(params, unsur), service.lihat(id, me));
        return "musyawarah/form";
    }

    @GetMapping("/musyawarah/{id}")
    String lihat(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Musyawarah m = service.lihat(id, me);
        isiDetail(model, m, me);
        return "musyawarah/detail";
    }

    private void isiDetail(Model model, Musyawarah m, PenggunaSaatIni me) {
        Inklusi inclusion = service.inklusi(m);
        model.addAttribute("m", m);
        model.addAttribute("desa", wilayah.wajib(m.kodeDesa()));
        model.addAttribute("i", inclusion);
        model.addAttribute("grafik", grafik(inclusion));
        model.addAttribute("bolehUbah", MusyawarahService.penyelenggara(me) && !m.terkunci());
        model.addAttribute("bolehKelola", MusyawarahService.penyelenggara(me));
        model.addAttribute("semuaUnsur", UnsurMasyarakat.values());
        model.addAttribute("koreksi", repository.findByKoreksiDari(m.id()).orElse(null));
        List<id.pandudesa.musyawarah.PengutipKeputusan.Kutipan> cited = new ArrayList<>();
        pengutip.forEach(p -> cited.addAll(p.kutipan(m.id(), m.kodeDesa(), me)));
        model.addAttribute("kutipan", cited);
    }

    static Grafik grafik(Inklusi i) {
        Map<String, Long> bars = new LinkedHashMap<>();
        i.perUnsur().forEach((u, n) -> bars.put("unsur." + u.name(), n.longValue()));
        return Grafik.dari(bars, null);
    }

    @PostMapping("/musyawarah/{id}/undangan")
    String undangan(
            @PathVariable long id,
            @RequestParam(name = "nama", required = false) List<String> names,
            @RequestParam(name = "unsur", required = false) List<String> unsur,
            @RequestParam(name = "keterangan", required = false) List<String> notes,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        List<Musyawarah.Undangan> list = new ArrayList<>();
        if (names != null) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (name == null || name.isBlank()) {
                    continue;
                }
                UnsurMasyarakat u = parseUnsur(unsur != null && i < unsur.size() ? unsur.get(i) : null);
                String note = notes != null && i < notes.size() ? notes.get(i) : null;
                list.add(new Musyawarah.Undangan(null, name, u == null ? UnsurMasyarakat.LAINNYA : u, note));
            }
        }
        try {
            service.undang(id, list, me);
            redirect.addFlashAttribute("pesan", "musyawarah.pesan.undanganTersimpan");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("galat", e.messageKey());
            redirect.addFlashAttribute("galatArg", e.args());
        }
        return "redirect:/musyawarah/" + id + "#undangan";
    }

    @PostMapping("/musyawarah/{id}/agenda/{no}")
    String putuskan(
            @PathVariable long id,
            @PathVariable int no,
            @RequestParam(required = false) String cara,
            @RequestParam(required = false) String setuju,
            @RequestParam(required = false) String tolak,
            @RequestParam(required = false) String abstain,
            @RequestParam(required = false) String keputusan,
            RedirectAttributes redirect) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Musyawarah.Cara how = "VOTING".equals(cara)
                ? Musyawarah.Cara.VOTING
                : "MUFAKAT".equals(cara) ? Musyawarah.Cara.MUFAKAT : null;
        try {
            service.putuskan(
                    id,
                    no - 1,
                    how,
                    angkaAtauNull(setuju),
                    angkaAtauNull(tolak),
                    angkaAtauNull(abstain),
                    keputusan,
                    me);
            redirect.addFlashAttribute("pesan", "musyawarah.pesan.keputusanTercatat");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("galat", e.messageKey());
            redirect.addFlashAttribute("galatArg", e.args());
        }
        return "redirect:/musyawarah/" + id + "#agenda-" + no;
    }

    @PostMapping("/musyawarah/{id}/selesai")
    String selesai(@PathVariable long id, RedirectAttributes redirect) {
        try {
            service.selesai(id, akun.wajibSaatIni());
            redirect.addFlashAttribute("pesan", "musyawarah.pesan.selesai");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("galat", e.messageKey());
        }
        return "redirect:/musyawarah/" + id;
    }

    /** Public: what the invitation says, and the decisions once the organisers published them. */
    @GetMapping("/musyawarah/bagikan/{token}")
    String bagikan(@PathVariable String token, Model model) {
        Musyawarah m = repository
                .findByTokenBagikan(token)
                .filter(x -> x.status() != Musyawarah.Status.DIKOREKSI)
                .orElseThrow(() -> new NotFoundException("musyawarah.tidakDitemukan"));
        model.addAttribute("m", m);
        model.addAttribute("desa", wilayah.wajib(m.kodeDesa()));
        model.addAttribute("i", m.publik() ? service.inklusi(m) : null);
        return "musyawarah/bagikan";
    }

    static void wajibPenyelenggara(PenggunaSaatIni me) {
        if (!MusyawarahService.penyelenggara(me)) {
            throw new ForbiddenException("musyawarah.bukanPenyelenggara");
        }
    }

    private void isiForm(Model model, Map<String, Object> form, Musyawarah existing) {
        model.addAttribute("f", form);
        model.addAttribute("m", existing);
        model.addAttribute("semuaJenis", JenisMusyawarah.values());
        model.addAttribute("semuaUnsur", UnsurMasyarakat.values());
        Object code = form.get("kodeDesa");
        model.addAttribute(
                "namaDesa",
                code == null
                        ? null
                        : wilayah.cari(code.toString()).map(Wilayah::nama).orElse(null));
    }

    private static Map<String, Object> formDari(Map<String, String> params, List<String> unsur) {
        Map<String, Object> form = new LinkedHashMap<>(params);
        form.put("unsurWajib", unsur == null ? List.of() : unsur);
        return form;
    }

    private static Map<String, String> kolom(RuleViolationException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.problems().forEach(p -> out.putIfAbsent(p.field(), p.messageKey()));
        return out;
    }

    private static RencanaMusyawarah rencana(Map<String, String> p, List<String> unsur) {
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = p.get("tanggal") == null || p.get("tanggal").isBlank() ? null : LocalDate.parse(p.get("tanggal"));
        } catch (DateTimeParseException ignored) {
            // reported as a missing date
        }
        try {
            time = p.get("jam") == null || p.get("jam").isBlank() ? null : LocalTime.parse(p.get("jam"));
        } catch (DateTimeParseException ignored) {
            // an unreadable time is left out
        }
        List<String> agenda = new ArrayList<>();
        for (String line : (p.getOrDefault("agenda", "")).split("\\R")) {
            if (!line.isBlank()) {
                agenda.add(line.trim());
            }
        }
        return new RencanaMusyawarah(
                parseJenis(p.get("jenis"), null),
                p.get("judul"),
                date,
                time,
                p.get("tempat"),
                p.get("penyelenggara"),
                p.get("fasilitator"),
                p.get("dusun"),
                MusyawarahService.unsur(unsur),
                agenda);
    }

    private static JenisMusyawarah parseJenis(String s, JenisMusyawarah fallback) {
        try {
            return s == null ? fallback : JenisMusyawarah.valueOf(s);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    static UnsurMasyarakat parseUnsur(String s) {
        try {
            return s == null || s.isBlank() ? null : UnsurMasyarakat.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int angka(String s) {
        Integer v = angkaAtauNull(s);
        return v == null ? 0 : v;
    }

    private static Integer angkaAtauNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("musyawarah.bukanAngka", s);
        }
    }
}
