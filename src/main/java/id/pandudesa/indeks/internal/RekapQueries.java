package id.pandudesa.indeks.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.indeks.StatusIdm;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Rollups of a year's IDM over a region, aggregated in the database along the code hierarchy. */
@Repository
@Transactional(readOnly = true)
class RekapQueries {

    private static final String ORDINAL = "CASE %s WHEN 'SANGAT_TERTINGGAL' THEN 0 WHEN 'TERTINGGAL' THEN 1"
            + " WHEN 'BERKEMBANG' THEN 2 WHEN 'MAJU' THEN 3 ELSE 4 END";

    private final JdbcClient jdbc;

    RekapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Rekap(
            long jumlahDesa,
            Map<String, Long> perStatus,
            Double rerataIks,
            Double rerataIke,
            Double rerataIkl,
            Double rerataIdm,
            long naik,
            long turun,
            long tetap,
            long baru) {}

    record Anak(String kode, Map<String, Long> perStatus, long jumlah, Double rerataIdm) {}

    Rekap rekap(Lingkup scope, int tahun) {
        Lingkup.SqlFilter f = scope.sql("c.kode_desa");
        Map<String, Long> perStatus = zeros();
        double[] sums = new double[4];
        long[] count = {0};
        jdbc.sql("SELECT c.status, COUNT(*), SUM(c.iks), SUM(c.ike), SUM(c.ikl), SUM(c.idm) FROM indeks_hasil c"
                        + " WHERE c.tahun = :t AND " + f.sql() + " GROUP BY c.status")
                .param("t", tahun)
                .params(f.params())
                .query((ResultSet rs) -> {
                    long n = rs.getLong(2);
                    perStatus.put(rs.getString(1), n);
                    count[0] += n;
                    for (int i = 0; i < 4; i++) {
                        sums[i] += rs.getDouble(3 + i);
                    }
                });
        long[] movement = jdbc.sql("SELECT"
                        + " SUM(CASE WHEN p.status IS NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.status IS NOT NULL AND " + ORDINAL.formatted("c.status") + " > "
                        + ORDINAL.formatted("p.status") + " THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.status IS NOT NULL AND " + ORDINAL.formatted("c.status") + " < "
                        + ORDINAL.formatted("p.status") + " THEN 1 ELSE 0 END)"
                        + " FROM indeks_hasil c LEFT JOIN indeks_hasil p ON p.kode_desa = c.kode_desa AND p.tahun = c.tahun - 1"
                        + " WHERE c.tahun = :t AND " + f.sql())
                .param("t", tahun)
                .params(f.params())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        long baru = movement[0];
        long naik = movement[1];
        long turun = movement[2];
        long n = count[0];
        return new Rekap(
                n,
                perStatus,
                n == 0 ? null : sums[0] / n,
                n == 0 ? null : sums[1] / n,
                n == 0 ? null : sums[2] / n,
                n == 0 ? null : sums[3] / n,
                naik,
                turun,
                n - baru - naik - turun,
                baru);
    }

    /** Per child region (provinsi of the country, kabupaten of a provinsi, …): status counts and mean IDM. */
    List<Anak> perAnak(Lingkup scope, int panjangKodeAnak, int tahun) {
        Lingkup.SqlFilter f = scope.sql("kode_desa");
        Map<String, Anak> out = new LinkedHashMap<>();
        Map<String, double[]> sums = new LinkedHashMap<>();
        jdbc.sql("SELECT SUBSTRING(kode_desa, 1, " + panjangKodeAnak + ") AS anak, status, COUNT(*), SUM(idm)"
                        + " FROM indeks_hasil WHERE tahun = :t AND " + f.sql()
                        + " GROUP BY SUBSTRING(kode_desa, 1, " + panjangKodeAnak + "), status ORDER BY 1")
                .param("t", tahun)
                .params(f.params())
                .query((ResultSet rs) -> {
                    String kode = rs.getString(1);
                    Anak a = out.computeIfAbsent(kode, k -> new Anak(k, zeros(), 0, null));
                    a.perStatus().put(rs.getString(2), rs.getLong(3));
                    double[] s = sums.computeIfAbsent(kode, k -> new double[2]);
                    s[0] += rs.getLong(3);
                    s[1] += rs.getDouble(4);
                });
        return out.values().stream()
                .map(a -> {
                    double[] s = sums.get(a.kode());
                    return new Anak(a.kode(), a.perStatus(), (long) s[0], s[0] == 0 ? null : s[1] / s[0]);
                })
                .toList();
    }

    /** Years that have results inside the scope, newest first. */
    List<Integer> tahun(Lingkup scope) {
        Lingkup.SqlFilter f = scope.sql("kode_desa");
        return jdbc.sql("SELECT DISTINCT tahun FROM indeks_hasil WHERE " + f.sql() + " ORDER BY tahun DESC")
                .params(f.params())
                .query(Integer.class)
                .list();
    }

    static Map<String, Long> zeros() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (StatusIdm s : StatusIdm.values()) {
            m.put(s.name(), 0L);
        }
        return m;
    }
}
