package id.pandudesa.pendampingan.internal;

import id.pandudesa.dasbor.AngkaDasbor;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The year's final log entries for the dashboards: how many, by method and by scope, the people
 * who took part, how many desa were visited, and the mean position of the entries that carry one
 * (where the map puts a region). One pass over the log, every figure a conditional sum.
 */
@Component
class DasborPendampingan implements SumberDasbor {

    private static final List<String> UKURAN;

    static {
        List<String> u = new ArrayList<>(List.of("kegiatan", "desaDidampingi", "pesertaLaki", "pesertaPerempuan"));
        u.addAll(AngkaDasbor.perJenis("perMetode", MetodePendampingan.class));
        u.addAll(AngkaDasbor.perJenis("perRuangLingkup", RuangLingkup.class));
        UKURAN = List.copyOf(u);
    }

    private final JdbcClient jdbc;

    DasborPendampingan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kunci() {
        return "pendampingan";
    }

    @Override
    public int urutan() {
        return 10;
    }

    @Override
    public List<String> ukuran() {
        return UKURAN;
    }

    @Override
    public String labelKelompok(String kelompok) {
        return kelompok.equals("perMetode") ? "metode." : "lingkup.";
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        var f = p.filter("k.kode_desa");
        // One pass with every figure as a conditional sum (the database runs it in parallel), and the
        // visited desa apart: a DISTINCT of the year's desa codes, grouped afterwards.
        String g = p.kelompok("k.kode_desa");
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(g)
                .append(", COUNT(*), SUM(k.peserta_laki), SUM(k.peserta_perempuan)");
        for (MetodePendampingan m : MetodePendampingan.values()) {
            sql.append(", SUM(CASE WHEN k.metode = '").append(m.name()).append("' THEN 1 ELSE 0 END)");
        }
        for (RuangLingkup r : RuangLingkup.values()) {
            sql.append(", SUM(CASE WHEN k.ruang_lingkup = '").append(r.name()).append("' THEN 1 ELSE 0 END)");
        }
        String where = " FROM kegiatan_pendampingan k WHERE " + f.sql()
                + " AND k.status = 'FINAL' AND k.tanggal >= :dari AND k.tanggal <= :sampai";
        sql.append(", SUM(CASE WHEN k.lintang IS NOT NULL AND k.bujur IS NOT NULL THEN 1 ELSE 0 END)")
                .append(", SUM(CASE WHEN k.bujur IS NOT NULL THEN CAST(k.lintang * 1000000 AS BIGINT) ELSE 0 END)")
                .append(", SUM(CASE WHEN k.lintang IS NOT NULL THEN CAST(k.bujur * 1000000 AS BIGINT) ELSE 0 END)")
                .append(where)
                .append(" GROUP BY ")
                .append(g);
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("dari", Date.valueOf(p.awal()));
        params.put("sampai", Date.valueOf(p.akhir()));
        List<String> names = new ArrayList<>(List.of("kegiatan", "pesertaLaki", "pesertaPerempuan"));
        names.addAll(UKURAN.subList(4, UKURAN.size()));
        names.addAll(List.of("_titik", "_lintang", "_bujur"));
        Map<String, Map<String, Long>> out =
                AngkaDasbor.baca(jdbc.sql(sql.toString()).params(params), names);
        String gd = p.kelompok("d.kode_desa");
        AngkaDasbor.baca(
                        jdbc.sql("SELECT " + gd + ", COUNT(*) FROM (SELECT DISTINCT k.kode_desa" + where
                                        + ") d GROUP BY " + gd)
                                .params(params),
                        List.of("desaDidampingi"))
                .forEach(AngkaDasbor.ke(out));
        return out;
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of(
                "/pendampingan?desa=" + kodeWilayah + "&dari=" + tahun + "-01-01&sampai=" + tahun + "-12-31");
    }
}
