package id.pandudesa.indeks.internal;

import id.pandudesa.dasbor.AngkaDasbor;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import id.pandudesa.indeks.StatusIdm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * IDM for the dashboards: how many desa have each status, the sum of their scores (for the mean),
 * and how many moved up, down or stayed against the year before. The year is the one asked for or,
 * when the region has no results of it yet, the latest earlier year that has them (IDM is published
 * once a year, after the year's data collection).
 */
@Component
class DasborIndeks implements SumberDasbor {

    private static final List<String> UKURAN;

    static {
        List<String> u = new ArrayList<>(List.of("dinilai"));
        u.addAll(AngkaDasbor.perJenis("perStatus", StatusIdm.class));
        u.addAll(List.of("naik", "tetap", "turun", "_skorJuta"));
        UKURAN = List.copyOf(u);
    }

    private final JdbcClient jdbc;

    DasborIndeks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kunci() {
        return "idm";
    }

    @Override
    public int urutan() {
        return 20;
    }

    @Override
    public List<String> ukuran() {
        return UKURAN.subList(0, UKURAN.size() - 1);
    }

    @Override
    public Map<String, Object> keterangan(PermintaanDasbor p) {
        return Map.of("tahun", tahun(p));
    }

    /** The latest year up to the one asked for with results in the region; the one asked for if none. */
    int tahun(PermintaanDasbor p) {
        var f = p.filter("kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("t", p.tahun());
        Integer latest = jdbc.sql("SELECT MAX(tahun) FROM indeks_hasil WHERE tahun <= :t AND " + f.sql())
                .params(params)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return latest == null ? p.tahun() : latest;
    }

    @Override
    public String labelKelompok(String kelompok) {
        return "status.idm.";
    }

    @Override
    public List<Turunan> turunan() {
        return List.of(new Turunan("rataIdm", "_skorJuta", "dinilai", 1e-6, 4));
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        // The year is the latest with results in the region (as in keterangan), found in the same
        // statement; last year's status of the same desa gives the movement.
        var f = p.filter("h.kode_desa");
        var fx = p.filter("x.kode_desa", "dx");
        StringBuilder sql =
                new StringBuilder("SELECT ").append(p.kelompok("h.kode_desa")).append(", COUNT(*)");
        for (StatusIdm s : StatusIdm.values()) {
            sql.append(", SUM(CASE WHEN h.status = '").append(s.name()).append("' THEN 1 ELSE 0 END)");
        }
        String now = rank("h.status");
        String before = rank("l.status");
        sql.append(", SUM(CASE WHEN l.status IS NOT NULL AND ")
                .append(now)
                .append(" > ")
                .append(before)
                .append(" THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN l.status IS NOT NULL AND ")
                .append(now)
                .append(" = ")
                .append(before)
                .append(" THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN l.status IS NOT NULL AND ")
                .append(now)
                .append(" < ")
                .append(before)
                .append(" THEN 1 ELSE 0 END)")
                .append(", SUM(CAST(h.idm * 1000000 AS BIGINT))")
                .append(
                        " FROM indeks_hasil h LEFT JOIN indeks_hasil l ON l.kode_desa = h.kode_desa AND l.tahun = h.tahun - 1")
                .append(" WHERE h.tahun = (SELECT MAX(x.tahun) FROM indeks_hasil x WHERE x.tahun <= :t AND ")
                .append(fx.sql())
                .append(") AND ")
                .append(f.sql())
                .append(" GROUP BY ")
                .append(p.kelompok("h.kode_desa"));
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.putAll(fx.params());
        params.put("t", p.tahun());
        return AngkaDasbor.baca(jdbc.sql(sql.toString()).params(params), UKURAN);
    }

    private static String rank(String column) {
        StringBuilder s = new StringBuilder("(CASE ").append(column);
        for (StatusIdm st : StatusIdm.values()) {
            s.append(" WHEN '").append(st.name()).append("' THEN ").append(st.ordinal());
        }
        return s.append(" END)").toString();
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of(
                kodeWilayah.length() == 10 ? "/indeks/desa/" + kodeWilayah : "/indeks/rekap?wilayah=" + kodeWilayah);
    }
}
