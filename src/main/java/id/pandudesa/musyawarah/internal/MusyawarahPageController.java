package id.pandudesa.musyawarah.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.security.PublicPaths;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
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

/** Pages of the meetings: list, plan, invitations, the door, decisions, berita acara, share link. */
@Controller
class MusyawarahPageController {

    private final MusyawarahService service;

    private final HalamanMusyawarah halaman;
    private final MusyawarahQueries queries;
    private final MusyawarahRepository repository;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final Clock clock;

    MusyawarahPageController(
            MusyawarahService service,
            HalamanMusyawarah halaman,
            MusyawarahQueries queries,
            MusyawarahRepository repository,
            AkunApi akun,
            WilayahApi wilayah,
            Clock clock) {
        this.service = service;
        this.halaman = halaman;
        this.queries = queries;
        this.repository = repository;
        this.akun = akun;
        this.wilayah = wilayah;
        this.clock = clock;
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

    /** A meeting as planned on its form; the agenda is one item per line. */
    record MusyawarahForm(
            String kodeDesa,
            String jenis,
            String judul,
            String tanggal,
            String jam,
            String tempat,
            String penyelenggara,
            String fasilitator,
            String dusun,
            List<String> unsurWajib,
            String agenda,
            String versi)
            implements Formulir {

        RencanaMusyawarah rencana() {
            LocalDate date = null;
            LocalTime time = null;
            try {
                date = tanggal == null || tanggal.isBlank() ? null : LocalDate.parse(tanggal.trim());
            } catch (DateTimeParseException ignored) {
                // reported as a missing date
            }
            try {
                time = jam == null || jam.isBlank() ? null : LocalTime.parse(jam.trim());
            } catch (DateTimeParseException ignored) {
                // an unreadable time is left out
            }
            List<String> items = new ArrayList<>();
            for (String line : (agenda == null ? "" : agenda).split("\\R")) {
                if (!line.isBlank()) {
                    items.add(line.trim());
                }
            }
            return new RencanaMusyawarah(
                    parseJenis(jenis, null),
                    judul,
                    date,
                    time,
                    tempat,
                    penyelenggara,
                    fasilitator,
                    dusun,
                    MusyawarahService.unsur(unsurWajib),
                    items);
        }

        /** The form to show again, the ticked unsur as a list. */
        Map<String, Object> lagi() {
            Map<String, Object> form = new LinkedHashMap<>(isian());
            form.put("unsurWajib", unsurWajib == null ? List.of() : unsurWajib);
            return form;
        }
    }

    @PostMapping("/musyawarah")
    String buat(MusyawarahForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    try {
                        return service.buat(f.kodeDesa(), f.rencana(), me);
                    } catch (NotFoundException e) {
                        // A village typed on the form that the user may not plan for.
                        throw new RuleViolationException(
                                List.of(FieldProblem.of("kodeDesa", e.messageKey(), e.args())),
                                e.messageKey(),
                                e.args());
                    }
                },
                null,
                saved -> "/musyawarah/" + saved.id(),
                "musyawarah/form",
                () -> isiForm(pageAction.model(), f.lagi(), null));
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
    String simpanUbah(@PathVariable long id, MusyawarahForm f, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    service.ubahRencana(id, f.rencana(), Isian.bulat(f.versi(), "versi"), me);
                    return null;
                },
                "/musyawarah/" + id,
                "musyawarah/form",
                () -> isiForm(pageAction.model(), f.lagi(), service.lihat(id, me)));
    }

    @GetMapping("/musyawarah/{id}")
    String lihat(@PathVariable long id, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Musyawarah m = service.lihat(id, me);
        halaman.isiDetail(model, m, me);
        return "musyawarah/detail";
    }

    @PostMapping("/musyawarah/{id}/undangan")
    String undangan(
            @PathVariable long id,
            @RequestParam(name = "nama", required = false) List<String> names,
            @RequestParam(name = "unsur", required = false) List<String> unsur,
            @RequestParam(name = "keterangan", required = false) List<String> notes,
            @RequestParam(name = "kontak", required = false) List<String> contacts,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        List<Undangan> list = new ArrayList<>();
        if (names != null) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (name == null || name.isBlank()) {
                    continue;
                }
                UnsurMasyarakat u = parseUnsur(unsur != null && i < unsur.size() ? unsur.get(i) : null);
                String note = notes != null && i < notes.size() ? notes.get(i) : null;
                String contact = contacts != null && i < contacts.size() ? contacts.get(i) : null;
                list.add(Undangan.baru(null, name, u == null ? UnsurMasyarakat.LAINNYA : u, note, contact));
            }
        }
        return halamanIni(id, me, pageAction, "#undangan", () -> {
            service.undang(id, list, me);
            return "musyawarah.pesan.undanganTersimpan";
        });
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
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Agenda.Cara how =
                "VOTING".equals(cara) ? Agenda.Cara.VOTING : "MUFAKAT".equals(cara) ? Agenda.Cara.MUFAKAT : null;
        return halamanIni(id, me, pageAction, "#agenda-" + no, () -> {
            service.putuskan(
                    id,
                    no - 1,
                    how,
                    angkaAtauNull(setuju),
                    angkaAtauNull(tolak),
                    angkaAtauNull(abstain),
                    keputusan,
                    me);
            return "musyawarah.pesan.keputusanTercatat";
        });
    }

    @PostMapping("/musyawarah/{id}/selesai")
    String selesai(@PathVariable long id, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return halamanIni(id, me, pageAction, "", () -> {
            service.selesai(id, me);
            return "musyawarah.pesan.selesai";
        });
    }

    private String halamanIni(
            long id,
            PenggunaSaatIni me,
            PageAction pageAction,
            String anchor,
            java.util.function.Supplier<String> action) {
        return halaman.aksi(id, me, pageAction, anchor, action);
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
