package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final Clock clock;

    PantauController(AkunApi akun, WilayahApi wilayah, JdbcClient jdbc, Clock clock) {
        this.akun = akun;
        this.wilayah = wilayah;
        this.jdbc = jdbc;
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
            region = KodeWilayah.normalisasi(wilayah);
            if (!me.mencakup(region) || this.wilayah.cari(region).isEmpty()) {
                throw new NotFoundException("wilayah.tidakDitemukan", wilayah);
            }
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
        model.addAttribute("peta", heatMap(villages.isi(), month));
        Map<String, Long> perMetode = distribution("metode", MetodePendampingan.values(), scope, month);
        Map<String, Long> perLingkup = distribution("ruang_lingkup", RuangLingkup.values(), scope, month);
        model.addAttribute("grafikMetode", Grafik.dari(perMetode, "metode."));
        model.addAttribute("grafikLingkup", Grafik.dari(perLingkup, "lingkup."));
        model.addAttribute(
                "jumlahKegiatan",
                perMetode.values().stream().mapToLong(Long::longValue).sum());
        LocalDate cutoff =
                LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).minusDays(days);
        model.addAttribute("tanpaPendampingan", withoutFacilitation(scope, cutoff));
        model.addAttribute("jumlahTanpaPendampingan", countWithoutFacilitation(scope, cutoff));
        return "pendampingan/pantau";
    }

    /** Counts per desa and day of the month, for the desa on this page. */
    private Map<String, long[]> heatMap(List<Wilayah> villages, YearMonth month) {
        Map<String, long[]> out = new LinkedHashMap<>();
        villages.forEach(w -> out.put(w.kode(), new long[month.lengthOfMonth() + 1]));
        if (villages.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT kode_desa, tanggal, COUNT(*) FROM kegiatan_pendampingan WHERE kode_desa IN (:codes)"
                        + " AND status = 'FINAL' AND tanggal >= :d AND tanggal <= :s GROUP BY kode_desa, tanggal")
                .param("codes", villages.stream().map(Wilayah::kode).toList())
                .param("d", Date.valueOf(month.atDay(1)))
                .param("s", Date.valueOf(month.atEndOfMonth()))
                .query((ResultSet rs) -> {
                    long[] days = out.get(rs.getString(1));
                    days[rs.getDate(2).toLocalDate().getDayOfMonth()] = rs.getLong(3);
                });
        return out;
    }

    private Map<String, Long> distribution(String column, Enum<?>[] values, Lingkup scope, YearMonth month) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            out.put(v.name(), 0L);
        }
        Lingkup.SqlFilter filter = scope.sql("kode_desa");
        jdbc.sql("SELECT " + column + ", COUNT(*) FROM kegiatan_pendampingan WHERE " + filter.sql()
                        + " AND status = 'FINAL' AND tanggal >= :d AND tanggal <= :s GROUP BY " + column)
                .params(filter.params())
                .param("d", Date.valueOf(month.atDay(1)))
                .param("s", Date.valueOf(month.atEndOfMonth()))
                .query((ResultSet rs) -> {
                    if (rs.getString(1) != null) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                });
        return out;
    }

    private List<TanpaPendampingan> withoutFacilitation(Lingkup scope, LocalDate cutoff) {
        Lingkup.SqlFilter filter = scope.sql("kode_desa");
        List<Object[]> rows = jdbc.sql(
                        "SELECT kode_desa, terakhir FROM pendampingan_desa WHERE " + filter.sql()
                                + " AND (terakhir IS NULL OR terakhir < :batas) ORDER BY terakhir NULLS FIRST, kode_desa LIMIT 50")
                .params(filter.params())
                .param("batas", Date.valueOf(cutoff))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getDate(2)})
                .list();
        Map<String, Wilayah> names =
                wilayah.semua(rows.stream().map(r -> (String) r[0]).toList());
        Map<String, String> out = new HashMap<>();
        names.forEach((k, w) -> out.put(k, w.nama()));
        return rows.stream()
                .map(r -> new TanpaPendampingan(
                        (String) r[0],
                        out.getOrDefault((String) r[0], (String) r[0]),
                        r[1] == null ? null : ((Date) r[1]).toLocalDate()))
                .toList();
    }

    private long countWithoutFacilitation(Lingkup scope, LocalDate cutoff) {
        Lingkup.SqlFilter filter = scope.sql("kode_desa");
        return jdbc.sql("SELECT COUNT(*) FROM pendampingan_desa WHERE " + filter.sql()
                        + " AND (terakhir IS NULL OR terakhir < :batas)")
                .params(filter.params())
                .param("batas", Date.valueOf(cutoff))
                .query(Long.class)
                .single();
    }

    /** A desa and its last facilitation (null: never). */
    record TanpaPendampingan(String kodeDesa, String nama, LocalDate terakhir) {}
}
