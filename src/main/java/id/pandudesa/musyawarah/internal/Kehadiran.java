package id.pandudesa.musyawarah.internal;

import id.pandudesa.wilayah.UnsurMasyarakat;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attendance rows of a meeting: appended at the door from several phones at once. */
@Component
class Kehadiran {

    /** One row as listed: a named person, or a count-sheet line (no name). */
    record Baris(
            long id,
            String nama,
            UnsurMasyarakat unsur,
            int laki,
            int perempuan,
            int miskin,
            int disabilitas,
            boolean peninjau,
            String dicatatOleh,
            Instant dicatat) {

        Inklusi.Hadir hadir() {
            return new Inklusi.Hadir(unsur, laki, perempuan, miskin, disabilitas, peninjau);
        }
    }

    private final JdbcClient jdbc;

    Kehadiran(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Baris> daftar(long musyawarahId) {
        return jdbc.sql("SELECT id, nama, unsur, laki, perempuan, miskin, disabilitas, peninjau, dicatat_oleh, dicatat"
                        + " FROM musyawarah_hadir WHERE musyawarah_id = :m ORDER BY id")
                .param("m", musyawarahId)
                .query((rs, n) -> new Baris(
                        rs.getLong("id"),
                        rs.getString("nama"),
                        UnsurMasyarakat.valueOf(rs.getString("unsur")),
                        rs.getInt("laki"),
                        rs.getInt("perempuan"),
                        rs.getInt("miskin"),
                        rs.getInt("disabilitas"),
                        rs.getBoolean("peninjau"),
                        rs.getString("dicatat_oleh"),
                        rs.getTimestamp("dicatat").toInstant()))
                .list();
    }

    List<Inklusi.Hadir> hadir(long musyawarahId) {
        return daftar(musyawarahId).stream().map(Baris::hadir).toList();
    }

    long tambah(long musyawarahId, String kodeDesa, String nama, Inklusi.Hadir h, String user, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO musyawarah_hadir (musyawarah_id, kode_desa, nama, unsur, laki, perempuan, miskin,"
                        + " disabilitas, peninjau, dicatat_oleh, dicatat) VALUES (:m, :k, :n, :u, :l, :p, :mi, :d, :o,"
                        + " :by, :t)")
                .param("m", musyawarahId)
                .param("k", kodeDesa)
                .param("n", nama)
                .param("u", h.unsur().name())
                .param("l", h.laki())
                .param("p", h.perempuan())
                .param("mi", h.miskin())
                .param("d", h.disabilitas())
                .param("o", h.peninjau())
                .param("by", user)
                .param("t", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    int hapus(long musyawarahId, long id) {
        return jdbc.sql("DELETE FROM musyawarah_hadir WHERE musyawarah_id = :m AND id = :id")
                .param("m", musyawarahId)
                .param("id", id)
                .update();
    }

    /** Copies the attendance of a corrected meeting to its new version. */
    void salin(long dari, long ke) {
        jdbc.sql("INSERT INTO musyawarah_hadir (musyawarah_id, kode_desa, nama, unsur, laki, perempuan, miskin,"
                        + " disabilitas, peninjau, dicatat_oleh, dicatat) SELECT :ke, kode_desa, nama, unsur, laki,"
                        + " perempuan, miskin, disabilitas, peninjau, dicatat_oleh, dicatat FROM musyawarah_hadir"
                        + " WHERE musyawarah_id = :dari ORDER BY id")
                .param("ke", ke)
                .param("dari", dari)
                .update();
    }
}
