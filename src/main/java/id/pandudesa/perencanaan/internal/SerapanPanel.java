package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.web.BerandaPanel;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the landing page of a PD, TA or Camat: the villages of their scope whose spending absorption
 * this year (belanja realised at the latest point ÷ belanja of the newest adopted APBDes; no point
 * yet counts as 0) lags their kabupaten's median by more than {@value #JARAK} points.
 */
@Component
class SerapanPanel implements BerandaPanel {

    static final int JARAK = 20;
    private static final Set<Peran> UNTUK = EnumSet.of(Peran.PD, Peran.TA, Peran.CAMAT);

    /** A lagging village: its absorption and its kabupaten's median, in whole percent. */
    record Tertinggal(String kodeDesa, String nama, int tahun, long serapan, long median) {}

    private final AkunApi akun;
    private final JdbcClient jdbc;
    private final WilayahApi wilayah;
    private final Clock clock;

    SerapanPanel(AkunApi akun, JdbcClient jdbc, WilayahApi wilayah, Clock clock) {
        this.akun = akun;
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.clock = clock;
    }

    @Override
    public int urutan() {
        return 25;
    }

    @Override
    public Optional<Panel> untukPenggunaSaatIni() {
        return akun.saatIni()
                .filter(me -> UNTUK.contains(me.peran()) && !me.lingkup().isNasional())
                .map(this::tertinggal)
                .filter(list -> !list.isEmpty())
                .map(list -> new Panel("realisasi.panel.judul", "perencanaan/panel", "serapan", list));
    }

    List<Tertinggal> tertinggal(PenggunaSaatIni me) {
        int tahun = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        // The kabupaten the scope touches: their medians are the yardstick, whatever part is in scope.
        Set<String> regencies = new LinkedHashSet<>();
        me.lingkup().prefiks().forEach(p -> regencies.add(p.length() >= 4 ? p.substring(0, 4) : p));
        Lingkup area = Lingkup.of(regencies);
        Lingkup.SqlFilter f = area.sql("a.kode_desa");
        Map<String, long[]> perDesa = new LinkedHashMap<>();
        jdbc.sql("SELECT a.kode_desa, SUM(CASE WHEN b.kode_rekening LIKE '5%' THEN b.anggaran ELSE 0 END) AS anggaran,"
                        + " COALESCE((SELECT r.belanja FROM apbdes_realisasi r WHERE r.kode_desa = a.kode_desa"
                        + " AND r.tahun = a.tahun AND r.terbaru = TRUE), 0) AS realisasi"
                        + " FROM apbdes a JOIN apbdes_baris b ON b.apbdes_id = a.id"
                        + " WHERE a.tahun = :t AND a.status = 'DITETAPKAN' AND " + f.sql()
                        + " AND NOT EXISTS (SELECT 1 FROM apbdes x WHERE x.kode_desa = a.kode_desa AND x.tahun = a.tahun"
                        + " AND x.status = 'DITETAPKAN' AND x.nomor > a.nomor)"
                        + " GROUP BY a.kode_desa, a.tahun")
                .params(f.params())
                .param("t", tahun)
                .query(rs -> {
                    perDesa.put(
                            rs.getString("kode_desa"), new long[] {rs.getLong("anggaran"), rs.getLong("realisasi")});
                });
        Map<String, List<Long>> byRegency = new LinkedHashMap<>();
        Map<String, Long> share = new LinkedHashMap<>();
        perDesa.forEach((desa, v) -> {
            if (v[0] > 0) {
                long s = Math.round(100.0 * v[1] / v[0]);
                share.put(desa, s);
                byRegency
                        .computeIfAbsent(desa.substring(0, 4), k -> new ArrayList<>())
                        .add(s);
            }
        });
        Map<String, Long> median = new LinkedHashMap<>();
        byRegency.forEach((k, list) -> median.put(k, median(list)));
        List<String> lagging = share.entrySet().stream()
                .filter(e -> me.lingkup().mencakup(e.getKey()))
                .filter(e -> e.getValue() < median.get(e.getKey().substring(0, 4)) - JARAK)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Wilayah> names = wilayah.semua(lagging);
        return lagging.stream()
                .map(d -> new Tertinggal(
                        d,
                        names.containsKey(d) ? names.get(d).nama() : d,
                        tahun,
                        share.get(d),
                        median.get(d.substring(0, 4))))
                .sorted(Comparator.comparingLong((Tertinggal t) -> t.serapan() - t.median()))
                .limit(20)
                .toList();
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }
}
