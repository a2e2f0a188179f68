package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.wilayah.Wilayah;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
    private final IdmService idm;
    private final AkunApi akun;
    private final Clock clock;

    IndeksDesaPageController(IndeksDesaService service, IdmService idm, AkunApi akun, Clock clock) {
        this.service = service;
        this.idm = idm;
        this.akun = akun;
        this.clock = clock;
    }

    @GetMapping("/indeks/desa/{kode}/indeks-desa")
    String halaman(@PathVariable String kode, @RequestParam(required = false) Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = idm.desaTerlihat(kode, me);
        List<IndeksDesaService.Tersimpan> series = service.riwayat(desa.kode(), me);
        IndeksDesaCalculator calc = service.kalkulator();
        model.addAttribute("desa", desa);
        model.addAttribute("katalog", calc.katalog());
        model.addAttribute("riwayat", series);
        int thisYear = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        model.addAttribute("tahunRencana", thisYear + 1);
        model.addAttribute("tahunIni", thisYear);
        model.addAttribute(
                "bolehMengisi",
                KuesionerService.PENGISI.contains(me.peran()) || KuesionerService.PENINJAU.contains(me.peran()));
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
}
