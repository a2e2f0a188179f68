package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The supervisors' view of a region and month: a heat map of activity per desa and day, the desa
 * left without facilitation for N days, and the distribution by method and scope. Everything is
 * aggregated in the database within the viewer's scope, and paginated by desa.
 */
/** The supervisors' overview read from the log: day-by-day counts, shares, villages left without visits. */
@Repository
class PantauQueries {

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;

    PantauQueries(JdbcClient jdbc, WilayahApi wilayah) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
    }

    /** Counts per desa and day of the month, for the desa on this page. */
    Map<String, long[]> heatMap(List<Wilayah> villages, YearMonth month) {
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

    Map<String, Long> distribution(String column, Enum<?>[] values, Lingkup scope, YearMonth month) {
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

    List<TanpaPendampingan> withoutFacilitation(Lingkup scope, LocalDate cutoff) {
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

    long countWithoutFacilitation(Lingkup scope, LocalDate cutoff) {
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
