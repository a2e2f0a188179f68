package id.pandudesa.kerjasama.internal;

import id.pandudesa.dasbor.AngkaDasbor;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cooperation for the dashboards, counted at the desa that initiated each agreement (so that an
 * agreement between two villages counts once): drafts, agreements in force today, ended ones, and
 * those signed in the year.
 */
@Component
class DasborKerjasama implements SumberDasbor {

    private static final List<String> UKURAN = List.of("rancangan", "berlaku", "berakhir", "ditandatanganiTahunIni");

    private final JdbcClient jdbc;

    DasborKerjasama(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kunci() {
        return "kerjasama";
    }

    @Override
    public int urutan() {
        return 90;
    }

    @Override
    public List<String> ukuran() {
        return UKURAN;
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        var f = p.filter("kode_desa");
        String g = p.kelompok("kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("hari", Date.valueOf(p.hariIni()));
        params.put("dari", Date.valueOf(p.awal()));
        params.put("sampai", Date.valueOf(p.akhir()));
        String sql = "SELECT " + g + ", SUM(CASE WHEN status = 'RANCANGAN' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status = 'DITANDATANGANI' AND (selesai IS NULL OR selesai >= :hari) THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status = 'DITANDATANGANI' AND selesai < :hari THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN ditandatangani >= :dari AND ditandatangani <= :sampai THEN 1 ELSE 0 END)"
                + " FROM kerjasama WHERE " + f.sql() + " GROUP BY " + g;
        return AngkaDasbor.baca(jdbc.sql(sql).params(params), UKURAN);
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of(kodeWilayah.isEmpty() ? "/kerjasama" : "/kerjasama/" + kodeWilayah);
    }
}
