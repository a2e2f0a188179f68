package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' view of a region and month: a heat map of activity per desa and day, the desa
 * left without facilitation for N days, and the distribution by method and scope. Everything is
 * aggregated in the database within the viewer's scope, and paginated by desa.
 */
@Controller
class PantauController {

    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final WilayahTerlihat terlihat;
    private final PantauQueries queries;
    private final Clock clock;

    PantauController(AkunApi akun, WilayahApi wilayah, WilayahTerlihat terlihat, PantauQueries queries, Clock clock) {
        this.akun = akun;
        this.wilayah = wilayah;
        this.terlihat = terlihat;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/pendampingan/pantau")
    String pantau(
            @RequestParam(required = false) String bulan,
            @RequestParam(required = false) String wilayah,
            @RequestParam(defaultValue = "30") int hari,
            PageQuery page,
            Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        YearMonth month = bulan == null || bulan.isBlank()
                ? YearMonth.now(clock.withZone(ZoneId.of("Asia/Jakarta")))
                : LaporanService.bulan(bulan);
        Lingkup scope = me.lingkup();
        String region = null;
        if (wilayah != null && !wilayah.isBlank()) {
            region = terlihat.wilayah(wilayah, me, "wilayah.tidakDitemukan").kode();
            scope = Lingkup.of(List.of(region));
        }
        int days = Math.max(1, Math.min(hari, 366));
        PageQuery villagesPage = new PageQuery(page.halaman(), Math.min(page.ukuran(), 50));
        PageResult<Wilayah> villages = this.wilayah.desaDalam(scope.prefiks(), villagesPage);
        model.addAttribute("bulan", month.toString());
        model.addAttribute("wilayahDipilih", region == null ? "" : region);
        model.addAttribute("hari", days);
        model.addAttribute("hariBulan", month.lengthOfMonth());
        model.addAttribute("desa", villages);
        model.addAttribute("peta", queries.heatMap(villages.isi(), month));
        Map<String, Long> perMetode = queries.distribution("metode", MetodePendampingan.values(), scope, month);
        Map<String, Long> perLingkup = queries.distribution("ruang_lingkup", RuangLingkup.values(), scope, month);
        model.addAttribute("grafikMetode", Grafik.dari(perMetode, "metode."));
        model.addAttribute("grafikLingkup", Grafik.dari(perLingkup, "lingkup."));
        model.addAttribute(
                "jumlahKegiatan",
                perMetode.values().stream().mapToLong(Long::longValue).sum());
        LocalDate cutoff =
                LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).minusDays(days);
        model.addAttribute("tanpaPendampingan", queries.withoutFacilitation(scope, cutoff));
        model.addAttribute("jumlahTanpaPendampingan", queries.countWithoutFacilitation(scope, cutoff));
        return "pendampingan/pantau";
    }
}
