package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.indeks.StatusIdm;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.tabel.TabelMasuk;
import id.pandudesa.platform.tugas.BackgroundJobService;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the village index: results, what-if, the questionnaire, regional rollups and the import. */
@Controller
class IndeksPageController {

    private final IdmService idm;

    private final IndeksDesaService indeksDesa;
    private final KatalogIndeks catalogues;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final BackgroundJobService jobs;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    IndeksPageController(
            IdmService idm,
            IndeksDesaService indeksDesa,
            KatalogIndeks catalogues,
            AkunApi akun,
            WilayahApi wilayah,
            BackgroundJobService jobs,
            Clock clock,
            org.springframework.context.MessageSource messages) {
        this.idm = idm;
        this.indeksDesa = indeksDesa;
        this.catalogues = catalogues;
        this.akun = akun;
        this.wilayah = wilayah;
        this.jobs = jobs;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/indeks/desa/{kode}")
    String desa(@PathVariable String kode, @RequestParam(required = false) Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = idm.desaTerlihat(kode, me);
        List<HasilIndeks> history = idm.riwayat(desa.kode(), me);
        model.addAttribute("desa", desa);
        model.addAttribute("riwayat", history);
        model.addAttribute("seriIndeksDesa", indeksDesa.riwayat(desa.kode(), me));
        model.addAttribute("indeksLain", indeksLain());
        model.addAttribute("tahunIni", tahunIni());
        model.addAttribute(
                "kuesionerIndeksDesa",
                tahunIni() >= catalogues.indeksDesa().katalog().berlakuMulaiTahun());
        model.addAttribute(
                "bolehMengisi",
                KuesionerService.PENGISI.contains(me.peran()) || KuesionerService.PENINJAU.contains(me.peran()));
        Optional<HasilIndeks> chosen = tahun == null
                ? history.stream().reduce((a, b) -> b)
                : history.stream().filter(h -> h.tahun() == tahun).findFirst();
        chosen.ifPresent(h -> {
            model.addAttribute("h", h);
            model.addAttribute("potensi", AnalisisIdm.potensi(h.skor(), catalogues.idm()));
            model.addAttribute("jalur", AnalisisIdm.jalurTercepat(h.skor(), catalogues.idm()));
            model.addAttribute("grafik", grafikRiwayat(history));
        });
        return "indeks/desa";
    }

    @GetMapping("/indeks/desa/{kode}/{tahun}/simulasi")
    String simulasi(@PathVariable String kode, @PathVariable int tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        HasilIndeks h =
                idm.hasil(kode, tahun, me).orElseThrow(() -> new NotFoundException("idm.hasilTidakAda", kode, tahun));
        model.addAttribute("desa", idm.desaTerlihat(kode, me));
        model.addAttribute("h", h);
        model.addAttribute("skor", h.skor());
        model.addAttribute("sim", h.hasil());
        model.addAttribute("indikator", catalogues.idm().katalog().indikator());
        model.addAttribute("pilihan", pilihanSkor());
        return "indeks/simulasi";
    }

    /** What-if: recompute with changed scores, nothing stored. An htmx call gets only the result panel. */
    @PostMapping("/indeks/desa/{kode}/{tahun}/simulasi")
    String hitungSimulasi(
            @PathVariable String kode,
            @PathVariable int tahun,
            HttpServletRequest request,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        HasilIndeks h =
                idm.hasil(kode, tahun, me).orElseThrow(() -> new NotFoundException("idm.hasilTidakAda", kode, tahun));
        int[] scores = h.skor().clone();
        for (int i = 0; i < scores.length; i++) {
            String v = request.getParameter(String.format("s%02d", i + 1));
            if (v != null) {
                try {
                    int s = Integer.parseInt(v);
                    if (catalogues.idm().skorDiizinkan(i).contains(s)) {
                        scores[i] = s;
                    }
                } catch (NumberFormatException ignored) {
                    // An unreadable choice keeps the stored score.
                }
            }
        }
        model.addAttribute("desa", idm.desaTerlihat(kode, me));
        model.addAttribute("h", h);
        model.addAttribute("skor", scores);
        model.addAttribute("sim", IdmCalculator.hitung(scores));
        model.addAttribute("indikator", catalogues.idm().katalog().indikator());
        model.addAttribute("pilihan", pilihanSkor());
        return htmx != null ? "indeks/simulasi :: hasil" : "indeks/simulasi";
    }

    @GetMapping("/indeks/impor")
    String imporPage(Model model) {
        wajibAdmin();
        model.addAttribute("indeksLain", indeksLain());
        return "indeks/impor";
    }

    /** The score indexes besides the Indeks Desa (each a catalogue file): offered by the import too. */
    private List<KatalogIndeksDesa> indeksLain() {
        return catalogues.semuaSkor().stream()
                .map(IndeksDesaCalculator::katalog)
                .filter(k -> !KatalogIndeks.INDEKS_DESA.equals(k.kode()))
                .toList();
    }

    @PostMapping("/indeks/impor")
    String impor(
            @RequestParam("berkas") MultipartFile file,
            @RequestParam(defaultValue = "IDM") String indeks,
            @RequestParam(required = false) Integer tahun,
            RedirectAttributes redirect)
            throws IOException {
        PenggunaSaatIni me = wajibAdmin();
        byte[] bytes = file.getBytes();
        String name = file.getOriginalFilename() == null ? "berkas" : file.getOriginalFilename();
        // "IDM", or the code of a score index shipped as a catalogue (the Indeks Desa, …).
        Optional<IndeksDesaCalculator> score = "IDM".equals(indeks) ? Optional.empty() : catalogues.skor(indeks);
        if (!"IDM".equals(indeks) && score.isEmpty()) {
            throw new NotFoundException("indeksDesa.indeksTidakDikenal");
        }
        String kind = score.map(c -> c.katalog().kode() + "_IMPOR").orElse("IDM_IMPOR");
        String title = "Impor " + score.map(c -> c.katalog().nama()).orElse("IDM") + " " + name;
        long job = jobs.jalankan(kind, title, me.username(), progress -> {
            try {
                TabelMasuk source = TabelMasuk.baca(bytes);
                int stored = score.isPresent()
                        ? this.indeksDesa.impor(score.get(), source, tahun, me, progress)
                        : idm.impor(source, name, me, progress);
                return stored + " baris disimpan.";
            } catch (RuleViolationException e) {
                throw new IllegalStateException(uraikan(e));
            } catch (IOException e) {
                throw new IllegalStateException("Berkas tidak terbaca: " + e.getMessage());
            }
        });
        return "redirect:/indeks/impor/" + job;
    }

    @GetMapping("/indeks/impor/{id}")
    String imporStatus(
            @PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        PenggunaSaatIni me = wajibAdmin();
        model.addAttribute(
                "tugas",
                jobs.lihat(id)
                        .filter(t -> t.pemilik().equals(me.username()))
                        .orElseThrow(() -> new NotFoundException("tugas.tidakDitemukan")));
        return htmx != null ? "indeks/impor :: kemajuan" : "indeks/impor";
    }

    /** Every row error of a refused import as lines a person can work through (the first 200). */
    private String uraikan(RuleViolationException e) {
        java.util.Locale id = java.util.Locale.forLanguageTag("id");
        StringBuilder out = new StringBuilder(messages.getMessage(e.messageKey(), e.args(), id)).append('\n');
        e.problems().stream()
                .limit(200)
                .forEach(p -> out.append(p.row() == null ? "" : "Baris " + p.row() + ", ")
                        .append("kolom ")
                        .append(p.field())
                        .append(": ")
                        .append(messages.getMessage(p.messageKey(), p.args(), p.messageKey(), id))
                        .append('\n'));
        return out.toString();
    }

    private PenggunaSaatIni wajibAdmin() {
        PenggunaSaatIni me = akun.wajibSaatIni();
        if (me.peran() != Peran.ADMIN) {
            throw new id.pandudesa.platform.ForbiddenException("idm.impor.hanyaAdmin");
        }
        return me;
    }

    private List<List<Integer>> pilihanSkor() {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < IdmCalculator.JUMLAH_INDIKATOR; i++) {
            out.add(catalogues.idm().skorDiizinkan(i));
        }
        return out;
    }

    private int tahunIni() {
        return Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
    }

    /** History of the IDM as bars (per mille for the bar length, three decimals as text). */
    private static List<BatangTahun> grafikRiwayat(List<HasilIndeks> history) {
        return history.stream()
                .map(h -> new BatangTahun(
                        h.tahun(),
                        h.hasil().idm(),
                        (int) Math.round(h.hasil().idm() * 100),
                        h.hasil().status()))
                .toList();
    }

    record BatangTahun(int tahun, double idm, int persen, StatusIdm status) {}
}
