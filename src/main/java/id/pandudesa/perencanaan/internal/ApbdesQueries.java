package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The APBDes of a year across a scope: the newest version of each desa, a page at a time. */
@Component
class ApbdesQueries {

    record Baris(String kodeDesa, int nomor, String status, long pendapatan, long belanja) {}

    private final JdbcClient jdbc;

    ApbdesQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Baris> perDesa(Lingkup scope, int tahun, PageQuery page) {
        Lingkup.SqlFilter f = scope.sql("a.kode_desa");
        String newest = " FROM apbdes a WHERE a.tahun = :t AND " + f.sql()
                + " AND a.nomor = (SELECT MAX(b.nomor) FROM apbdes b WHERE b.kode_desa = a.kode_desa AND b.tahun = a.tahun)";
        long total = jdbc.sql("SELECT COUNT(*)" + newest)
                .params(f.params())
                .param("t", tahun)
                .query(Long.class)
                .single();
        List<Baris> rows = jdbc.sql("SELECT a.kode_desa, a.nomor, a.status,"
                        + " (SELECT COALESCE(SUM(l.anggaran), 0) FROM apbdes_baris l WHERE l.apbdes_id = a.id"
                        + " AND l.kode_rekening LIKE '4%') AS pendapatan,"
                        + " (SELECT COALESCE(SUM(l.anggaran), 0) FROM apbdes_baris l WHERE l.apbdes_id = a.id"
                        + " AND l.kode_rekening LIKE '5%') AS belanja"
                        + newest + " ORDER BY a.kode_desa LIMIT :n OFFSET :o")
                .params(f.params())
                .param("t", tahun)
                .param("n", page.ukuran())
                .param("o", page.offset())
                .query((rs, n) -> new Baris(
                        rs.getString("kode_desa"),
                        rs.getInt("nomor"),
                        rs.getString("status"),
                        rs.getLong("pendapatan"),
                        rs.getLong("belanja")))
                .list();
        return new PageResult<>(rows, page.halaman(), page.ukuran(), total);
    }
}
