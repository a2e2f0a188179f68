package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.wilayah.Wilayah;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A desa's Indeks Desa page (data years from 2024): the score and status, the six dimensions as a
 * chart, the series over the years, the items below the top score grouped by who acts, and the
 * cheapest path to the next status the desa can walk itself, each step a proposal for the next
 * Musdes. The IDM of the years before stays on its own page; the two series never mix.
 */
@Controller
class IndeksDesaPageController {

    private final IndeksDesaService service;
    private final KatalogIndeks catalogues;
    private final IdmService idm;
    private final AkunApi akun;
    private final MessageSource messages;
    private final Clock clock;

    IndeksDesaPageController(
            IndeksDesaService service,
            KatalogIndeks catalogues,
            IdmService idm,
            AkunApi akun,
            MessageSource messages,
            Clock clock) {
        this.service = service;
        this.catalogues = catalogues;
        this.idm = idm;
        this.akun = akun;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/indeks/desa/{kode}/indeks-desa")
    String halaman(@PathVariable String kode, @RequestParam(required = false) Integer tahun, Model model) {
        return halaman(catalogues.indeksDesa(), kode, tahun, model);
    }

    /** The same page for any score index shipped as a catalogue ({@code indeks/*}{@code /katalog.json}). */
    @GetMapping("/indeks/desa/{kode}/skor/{indeks}")
    String halamanSkor(
            @PathVariable String kode,
            @PathVariable String indeks,
            @RequestParam(required = false) Integer tahun,
            Model model) {
        IndeksDesaCalculator calc = catalogues
                .skor(indeks.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("indeksDesa.indeksTidakDikenal"));
        return halaman(calc, kode, tahun, model);
    }

    private String halaman(IndeksDesaCalculator calc, String kode, Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = idm.desaTerlihat(kode, me);
        List<IndeksDesaService.Tersimpan> series = service.riwayat(calc, desa.kode(), me);
        model.addAttribute("desa", desa);
        model.addAttribute("katalog", calc.katalog());
        model.addAttribute("labelStatus", labelStatus(calc.katalog()));
        model.addAttribute("riwayat", series);
        int thisYear = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        model.addAttribute("tahunRencana", thisYear + 1);
        model.addAttribute("tahunIni", thisYear);
        // This year's questionnaire is the Indeks Desa's (the other score indexes have none yet).
        model.addAttribute(
                "bolehMengisi",
                KatalogIndeks.INDEKS_DESA.equals(calc.katalog().kode())
                        && (KuesionerService.PENGISI.contains(me.peran())
                                || KuesionerService.PENINJAU.contains(me.peran())));
        Optional<IndeksDesaService.Tersimpan> chosen = tahun == null
                ? series.stream().reduce((a, b) -> b)
                : series.stream().filter(h -> h.tahun() == tahun).findFirst();
        chosen.ifPresent(h -> {
            model.addAttribute("h", h);
            model.addAttribute("perPelaksana", AnalisisIndeksDesa.perPelaksana(h.butir(), calc.katalog()));
            model.addAttribute("jalur", AnalisisIndeksDesa.jalurTercepat(h.butir(), calc));
        });
        return "indeks/indeks-desa";
    }

    /** Each status's label: the interface's text when it has one, else the catalogue's own. */
    private Map<String, String> labelStatus(KatalogIndeksDesa k) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KatalogIndeksDesa.Status s : k.status()) {
            out.put(
                    s.kode(),
                    messages.getMessage(
                            "status.indeksDesa." + s.kode(), null, s.label(), LocaleContextHolder.getLocale()));
        }
        return out;
    }
}
