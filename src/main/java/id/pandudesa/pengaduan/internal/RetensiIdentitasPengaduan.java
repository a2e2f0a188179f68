package id.pandudesa.pengaduan.internal;

import id.pandudesa.platform.privasi.AturanRetensi;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A closed complaint's identity after its period ({@code pengaduan-identitas}, default two years
 * after it closed): the complainant's name and contact and the dispute's parties become "(dihapus)".
 * The case, its steps and every count stay; an anonymous complaint stays anonymous.
 */
@Component
class RetensiIdentitasPengaduan implements AturanRetensi {

    static final String DIHAPUS = "(dihapus)";

    private static final String DUE = " FROM pengaduan p WHERE p.status IN ('SELESAI', 'DITOLAK') AND p.selesai < :b"
            + " AND ((p.nama IS NOT NULL AND p.nama <> '" + DIHAPUS + "')"
            + " OR (p.kontak IS NOT NULL AND p.kontak <> '" + DIHAPUS + "')"
            + " OR EXISTS (SELECT 1 FROM perselisihan_pihak x WHERE x.pengaduan_id = p.id AND x.nama <> '"
            + DIHAPUS + "'))";

    private final JdbcClient jdbc;

    RetensiIdentitasPengaduan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String aturan() {
        return "pengaduan-identitas";
    }

    @Override
    public String uraian() {
        return "pengaduan.nama, pengaduan.kontak, perselisihan_pihak.nama";
    }

    @Override
    public long jatuhTempo(Instant batas) {
        return jdbc.sql("SELECT COUNT(*)" + DUE)
                .param("b", Timestamp.from(batas))
                .query(Long.class)
                .single();
    }

    @Override
    public int anonimkan(Instant batas, int maks) {
        List<Long> ids = jdbc.sql("SELECT p.id" + DUE + " ORDER BY p.id FETCH FIRST " + maks + " ROWS ONLY")
                .param("b", Timestamp.from(batas))
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.sql("UPDATE pengaduan SET nama = CASE WHEN nama IS NULL THEN NULL ELSE :x END,"
                        + " kontak = CASE WHEN kontak IS NULL THEN NULL ELSE :x END, nama_sidik = NULL, kontak_sidik = NULL,"
                        + " versi = versi + 1 WHERE id IN (:ids)")
                .param("x", DIHAPUS)
                .param("ids", ids)
                .update();
        jdbc.sql("UPDATE perselisihan_pihak SET nama = :x, nama_sidik = NULL WHERE pengaduan_id IN (:ids)")
                .param("x", DIHAPUS)
                .param("ids", ids)
                .update();
        return ids.size();
    }
}
