package id.pandudesa.musyawarah.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings across a scope, newest first, a page at a time, with their attendance totals. */
@Repository
class MusyawarahQueries {

    record Baris(
            long id,
            String kodeDesa,
            JenisMusyawarah jenis,
            String judul,
            LocalDate tanggal,
            String status,
            int nomor,
            long laki,
            long perempuan) {}

    private final JdbcClient jdbc;

    MusyawarahQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Baris> daftar(Lingkup scope, String kodeDesa, PageQuery page) {
        Lingkup.SqlFilter f = (kodeDesa == null ? scope : Lingkup.of(List.of(kodeDesa))).sql("m.kode_desa");
        String where = " FROM musyawarah m WHERE " + f.sql() + " AND m.status <> 'DIKOREKSI'";
        long total = jdbc.sql("SELECT COUNT(*)" + where)
                .params(f.params())
                .query(Long.class)
                .single();
        List<Baris> rows = jdbc.sql("SELECT m.id, m.kode_desa, m.jenis, m.judul, m.tanggal, m.status, m.nomor,"
                        + " (SELECT COALESCE(SUM(h.laki), 0) FROM musyawarah_hadir h WHERE h.musyawarah_id = m.id) AS laki,"
                        + " (SELECT COALESCE(SUM(h.perempuan), 0) FROM musyawarah_hadir h WHERE h.musyawarah_id = m.id) AS perempuan"
                        + where + " ORDER BY m.tanggal DESC, m.id DESC LIMIT :n OFFSET :o")
                .params(f.params())
                .param("n", page.ukuran())
                .param("o", page.offset())
                .query((rs, n) -> new Baris(
                        rs.getLong("id"),
                        rs.getString("kode_desa"),
                        JenisMusyawarah.valueOf(rs.getString("jenis")),
                        rs.getString("judul"),
                        rs.getDate("tanggal").toLocalDate(),
                        rs.getString("status"),
                        rs.getInt("nomor"),
                        rs.getLong("laki"),
                        rs.getLong("perempuan")))
                .list();
        return new PageResult<>(rows, page.halaman(), page.ukuran(), total);
    }
}
