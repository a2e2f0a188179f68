package id.pandudesa.indeks.internal;

import id.pandudesa.dasbor.AngkaDasbor;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indeks Desa for the dashboards (CONTRACTS: {@code "indeksDesa":{"tahun","perStatus":{…}}}): for
 * the year asked for, how many desa of the region have each status, how many have a result, and
 * their mean score. The statuses are the catalogue's; the counts are made in the database.
 */
@Component
class DasborIndeksDesa implements SumberDasbor {

    private final JdbcClient jdbc;
    private final List<String> status;
    private final List<String> ukuran;

    DasborIndeksDesa(JdbcClient jdbc, KatalogIndeks catalogues) {
        this.jdbc = jdbc;
        this.status = catalogues.indeksDesa().katalog().status().stream()
                .map(KatalogIndeksDesa.Status::kode)
                .toList()
                .reversed();
        List<String> u = new ArrayList<>(List.of("dinilai"));
        status.forEach(s -> u.add("perStatus." + s));
        u.add("_skorSeratus");
        this.ukuran = List.copyOf(u);
    }

    @Override
    public String kunci() {
        return "indeksDesa";
    }

    @Override
    public int urutan() {
        return 21;
    }

    @Override
    public List<String> ukuran() {
        return ukuran.subList(0, ukuran.size() - 1);
    }

    @Override
    public Map<String, Object> keterangan(PermintaanDasbor p) {
        return Map.of("tahun", p.tahun());
    }

    @Override
    public String labelKelompok(String kelompok) {
        return "status.indeksDesa.";
    }

    @Override
    public List<Turunan> turunan() {
        return List.of(new Turunan("rataSkor", "_skorSeratus", "dinilai", 0.01, 2));
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        var f = p.filter("kode_desa");
        StringBuilder sql =
                new StringBuilder("SELECT ").append(p.kelompok("kode_desa")).append(", COUNT(*)");
        for (String s : status) {
            sql.append(", SUM(CASE WHEN status = '").append(s).append("' THEN 1 ELSE 0 END)");
        }
        sql.append(", SUM(CAST(skor * 100 AS BIGINT)) FROM indeks_skor WHERE indeks = :i AND tahun = :t AND ")
                .append(f.sql())
                .append(" GROUP BY ")
                .append(p.kelompok("kode_desa"));
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("t", p.tahun());
        params.put("i", KatalogIndeks.INDEKS_DESA);
        return AngkaDasbor.baca(jdbc.sql(sql.toString()).params(params), ukuran);
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return kodeWilayah.length() == 10 ? Optional.of("/indeks/desa/" + kodeWilayah) : Optional.empty();
    }
}
