package id.pandudesa.indeks.internal;

import id.pandudesa.akun.Lingkup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Rollups of a data year's Indeks Desa over a region, counted in the database along the code hierarchy. */
@Repository
@Transactional(readOnly = true)
class RekapIndeksDesaQueries {

    private final JdbcClient jdbc;
    private final List<String> status;

    RekapIndeksDesaQueries(JdbcClient jdbc, KatalogIndeks catalogues) {
        this.jdbc = jdbc;
        this.status = catalogues.indeksDesa().katalog().status().stream()
                .map(KatalogIndeksDesa.Status::kode)
                .toList()
                .reversed();
    }

    /** A region's (or the scope's) figures: desa with a result, per status, the mean score. */
    record Rekap(long jumlahDesa, Map<String, Long> perStatus, Double rerataSkor) {}

    /** One child region (or desa) of the rollup. */
    record Anak(String kode, Map<String, Long> perStatus, long jumlah, Double rerataSkor) {}

    /** The data years with results in the scope, newest first. */
    List<Integer> tahun(Lingkup scope) {
        Lingkup.SqlFilter f = scope.sql("kode_desa");
        return jdbc.sql("SELECT DISTINCT tahun FROM indeks_skor WHERE indeks = :i AND " + f.sql()
                        + " ORDER BY tahun DESC")
                .params(f.params())
                .param("i", KatalogIndeks.INDEKS_DESA)
                .query(Integer.class)
                .list();
    }

    Rekap rekap(Lingkup scope, int tahun) {
        List<Anak> all = hitung(scope, 0, tahun);
        if (all.isEmpty() || all.getFirst().jumlah() == 0) {
            return new Rekap(0, nol(), null);
        }
        Anak a = all.getFirst();
        return new Rekap(a.jumlah(), a.perStatus(), a.rerataSkor());
    }

    List<Anak> perAnak(Lingkup scope, int childLength, int tahun) {
        return hitung(scope, childLength, tahun);
    }

    /** Grouped by the first {@code length} characters of the desa code (0: one group). */
    private List<Anak> hitung(Lingkup scope, int length, int tahun) {
        Lingkup.SqlFilter f = scope.sql("kode_desa");
        String key = length == 0 ? "'*'" : "SUBSTRING(kode_desa, 1, " + length + ")";
        StringBuilder sql = new StringBuilder("SELECT ").append(key).append(" AS kunci, COUNT(*) AS jumlah");
        for (String s : status) {
            sql.append(", SUM(CASE WHEN status = '")
                    .append(s)
                    .append("' THEN 1 ELSE 0 END) AS n_")
                    .append(s.toLowerCase());
        }
        sql.append(", AVG(skor) AS rerata FROM indeks_skor WHERE indeks = :i AND tahun = :t AND ")
                .append(f.sql());
        if (length > 0) {
            // One group per child region; with no length, one row over the whole scope.
            sql.append(" GROUP BY ").append(key).append(" ORDER BY kunci");
        }
        return jdbc.sql(sql.toString())
                .param("t", tahun)
                .param("i", KatalogIndeks.INDEKS_DESA)
                .params(f.params())
                .query((rs, n) -> {
                    Map<String, Long> per = new LinkedHashMap<>();
                    for (String s : status) {
                        per.put(s, rs.getLong("n_" + s.toLowerCase()));
                    }
                    java.math.BigDecimal mean = rs.getBigDecimal("rerata");
                    return new Anak(
                            rs.getString("kunci"), per, rs.getLong("jumlah"), mean == null ? null : mean.doubleValue());
                })
                .list();
    }

    private Map<String, Long> nol() {
        Map<String, Long> out = new LinkedHashMap<>();
        status.forEach(s -> out.put(s, 0L));
        return out;
    }

    List<String> status() {
        return new ArrayList<>(status);
    }
}
