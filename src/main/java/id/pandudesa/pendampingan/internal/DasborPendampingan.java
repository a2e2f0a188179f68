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
import org.springframework.transaction.annotation.Transactional;

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
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        var f = p.filter("k.kode_desa");
        List<String> names = new ArrayList<>(UKURAN);
        names.addAll(List.of("_titik", "_lintang", "_bujur"));
        // Two steps: per desa (a hash aggregate over the year's entries), then per group, where each
        // desa row counts once as a visited desa; a COUNT(DISTINCT) would sort ten million rows.
        StringBuilder inner = new StringBuilder("SELECT k.kode_desa, COUNT(*) AS n,")
                .append(" SUM(k.peserta_laki) AS pl, SUM(k.peserta_perempuan) AS pp");
        StringBuilder outer = new StringBuilder("SELECT ")
                .append(p.kelompok("d.kode_desa"))
                .append(", SUM(d.n), COUNT(*), SUM(d.pl), SUM(d.pp)");
        int i = 0;
        for (MetodePendampingan m : MetodePendampingan.values()) {
            inner.append(", SUM(CASE WHEN k.metode = '")
                    .append(m.name())
                    .append("' THEN 1 ELSE 0 END) AS c")
                    .append(i);
            outer.append(", SUM(d.c").append(i++).append(")");
        }
        for (RuangLingkup r : RuangLingkup.values()) {
            inner.append(", SUM(CASE WHEN k.ruang_lingkup = '")
                    .append(r.name())
                    .append("' THEN 1 ELSE 0 END) AS c")
                    .append(i);
            outer.append(", SUM(d.c").append(i++).append(")");
        }
        inner.append(", SUM(CASE WHEN k.lintang IS NOT NULL AND k.bujur IS NOT NULL THEN 1 ELSE 0 END) AS t")
                .append(
                        ", SUM(CASE WHEN k.bujur IS NOT NULL THEN CAST(k.lintang * 1000000 AS BIGINT) ELSE 0 END) AS la")
                .append(
                        ", SUM(CASE WHEN k.lintang IS NOT NULL THEN CAST(k.bujur * 1000000 AS BIGINT) ELSE 0 END) AS lo")
                .append(" FROM kegiatan_pendampingan k WHERE ")
                .append(f.sql())
                .append(" AND k.status = 'FINAL' AND k.tanggal >= :dari AND k.tanggal <= :sampai GROUP BY k.kode_desa");
        outer.append(", SUM(d.t), SUM(d.la), SUM(d.lo) FROM (")
                .append(inner)
                .append(") d GROUP BY ")
                .append(p.kelompok("d.kode_desa"));
        String sql = outer.toString();
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("dari", Date.valueOf(p.awal()));
        params.put("sampai", Date.valueOf(p.akhir()));
        return AngkaDasbor.baca(jdbc.sql(sql).params(params), names);
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of(
                "/pendampingan?desa=" + kodeWilayah + "&dari=" + tahun + "-01-01&sampai=" + tahun + "-12-31");
    }
}
