package id.pandudesa.indeks.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.indeks.HasilIdm;
import id.pandudesa.indeks.StatusIdm;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of index results; bulk writes replace a desa-year's row (delete, then insert, in batches). */
@Repository
public class HasilRepository {

    private static final String COLUMNS = "kode_desa, tahun, katalog, sumber, skor, iks, ike, ikl, idm, status,"
            + " target_status, skor_minimal, penambahan, resmi_iks, resmi_ike, resmi_ikl, resmi_idm, resmi_status,"
            + " kuesioner_id, dihitung";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public HasilRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<HasilIndeks> cari(String kodeDesa, int tahun) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indeks_hasil WHERE kode_desa = :d AND tahun = :t")
                .param("d", kodeDesa)
                .param("t", tahun)
                .query(HasilRepository::map)
                .optional();
    }

    List<HasilIndeks> riwayat(String kodeDesa) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indeks_hasil WHERE kode_desa = :d ORDER BY tahun")
                .param("d", kodeDesa)
                .query(HasilRepository::map)
                .list();
    }

    /** Replaces the rows of these desa-years, in the caller's transaction. */
    void simpanSemua(List<HasilIndeks> results) {
        for (int from = 0; from < results.size(); from += 2_000) {
            List<HasilIndeks> batch = results.subList(from, Math.min(results.size(), from + 2_000));
            template.batchUpdate(
                    "DELETE FROM indeks_hasil WHERE kode_desa = ? AND tahun = ?",
                    batch.stream()
                            .map(h -> new Object[] {h.kodeDesa(), h.tahun()})
                            .toList());
            template.batchUpdate(
                    "INSERT INTO indeks_hasil (" + COLUMNS + ") VALUES"
                            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch.stream().map(HasilRepository::row).toList());
        }
    }

    /** Adds rows for desa-years that have none yet (the generator), in the caller's transaction. */
    public void tambahSemua(List<HasilIndeks> results) {
        template.batchUpdate(
                "INSERT INTO indeks_hasil (" + COLUMNS + ") VALUES"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                results.stream().map(HasilRepository::row).toList());
    }

    /** Every stored result of a year, in code order, streamed (national recompute, export). */
    void setiap(int tahun, Lingkup lingkup, Consumer<HasilIndeks> each) {
        Lingkup.SqlFilter scope = lingkup.sql("kode_desa");
        jdbc.sql("SELECT " + COLUMNS + " FROM indeks_hasil WHERE tahun = :t AND " + scope.sql() + " ORDER BY kode_desa")
                .param("t", tahun)
                .params(scope.params())
                .query((ResultSet rs) -> {
                    each.accept(map(rs, 0));
                });
    }

    long hitung(int tahun) {
        return jdbc.sql("SELECT COUNT(*) FROM indeks_hasil WHERE tahun = :t")
                .param("t", tahun)
                .query(Long.class)
                .single();
    }

    /** Rewrites the computed columns of a year's rows from new results (national recompute). */
    void perbarui(List<HasilIndeks> results) {
        template.batchUpdate(
                "UPDATE indeks_hasil SET iks = ?, ike = ?, ikl = ?, idm = ?, status = ?, target_status = ?,"
                        + " skor_minimal = ?, penambahan = ?, dihitung = ? WHERE kode_desa = ? AND tahun = ?",
                results.stream()
                        .map(h -> new Object[] {
                            bd(h.hasil().iks()),
                            bd(h.hasil().ike()),
                            bd(h.hasil().ikl()),
                            bd(h.hasil().idm()),
                            h.hasil().status().name(),
                            h.hasil().targetStatus().name(),
                            bd(h.hasil().skorMinimal()),
                            bd(h.hasil().penambahan()),
                            Timestamp.from(h.dihitung()),
                            h.kodeDesa(),
                            h.tahun()
                        })
                        .toList());
    }

    private static Object[] row(HasilIndeks h) {
        HasilIdm r = h.hasil();
        HasilIndeks.Resmi o = h.resmi();
        return new Object[] {
            h.kodeDesa(),
            h.tahun(),
            h.katalog(),
            h.sumber(),
            h.skorTeks(),
            bd(r.iks()),
            bd(r.ike()),
            bd(r.ikl()),
            bd(r.idm()),
            r.status().name(),
            r.targetStatus().name(),
            bd(r.skorMinimal()),
            bd(r.penambahan()),
            o == null ? null : bd16(o.iks()),
            o == null ? null : bd16(o.ike()),
            o == null ? null : bd16(o.ikl()),
            o == null ? null : bd16(o.idm()),
            o == null ? null : o.status(),
            h.kuesionerId(),
            Timestamp.from(h.dihitung())
        };
    }

    private static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v).setScale(12, java.math.RoundingMode.HALF_EVEN);
    }

    private static BigDecimal bd16(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(14, java.math.RoundingMode.HALF_EVEN);
    }

    static HasilIndeks map(ResultSet rs, int n) throws SQLException {
        HasilIdm r = new HasilIdm(
                rs.getBigDecimal("iks").doubleValue(),
                rs.getBigDecimal("ike").doubleValue(),
                rs.getBigDecimal("ikl").doubleValue(),
                rs.getBigDecimal("idm").doubleValue(),
                StatusIdm.valueOf(rs.getString("status")),
                StatusIdm.valueOf(rs.getString("target_status")),
                rs.getBigDecimal("skor_minimal").doubleValue(),
                rs.getBigDecimal("penambahan").doubleValue());
        HasilIndeks.Resmi resmi = new HasilIndeks.Resmi(
                dbl(rs.getBigDecimal("resmi_iks")),
                dbl(rs.getBigDecimal("resmi_ike")),
                dbl(rs.getBigDecimal("resmi_ikl")),
                dbl(rs.getBigDecimal("resmi_idm")),
                rs.getString("resmi_status"));
        Long kuesioner = rs.getObject("kuesioner_id", Long.class);
        return new HasilIndeks(
                rs.getString("kode_desa"),
                rs.getInt("tahun"),
                rs.getString("katalog"),
                rs.getString("sumber"),
                HasilIndeks.dariTeks(rs.getString("skor")),
                r,
                resmi.kosong() ? null : resmi,
                kuesioner,
                rs.getTimestamp("dihitung").toInstant());
    }

    private static Double dbl(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
