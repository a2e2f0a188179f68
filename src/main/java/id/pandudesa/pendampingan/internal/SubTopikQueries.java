package id.pandudesa.pendampingan.internal;

import id.pandudesa.pendampingan.RuangLingkup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The maintainable list of sub-topics per facilitation scope. */
@Repository
class SubTopikQueries {

    private final JdbcClient jdbc;

    SubTopikQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SubTopik> aktif() {
        return jdbc.sql("SELECT kode, ruang_lingkup, nama, urutan, aktif FROM pendampingan_sub_topik"
                        + " WHERE aktif = TRUE ORDER BY ruang_lingkup, urutan")
                .query((rs, n) -> map(rs))
                .list();
    }

    private static SubTopik map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SubTopik(
                rs.getString("kode"),
                RuangLingkup.valueOf(rs.getString("ruang_lingkup")),
                rs.getString("nama"),
                rs.getInt("urutan"),
                rs.getBoolean("aktif"));
    }

    /** Every sub-topic, retired ones too, for the admin's list. */
    List<SubTopik> semua() {
        return jdbc.sql("SELECT kode, ruang_lingkup, nama, urutan, aktif FROM pendampingan_sub_topik"
                        + " ORDER BY ruang_lingkup, urutan, kode")
                .query((rs, n) -> map(rs))
                .list();
    }

    Map<String, RuangLingkup> lingkupPerKode() {
        Map<String, RuangLingkup> out = new LinkedHashMap<>();
        aktif().forEach(s -> out.put(s.kode(), s.ruangLingkup()));
        return out;
    }

    Map<String, String> nama() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT kode, nama FROM pendampingan_sub_topik").query((java.sql.ResultSet rs) -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    record SubTopik(String kode, RuangLingkup ruangLingkup, String nama, int urutan, boolean aktif) {}
}
