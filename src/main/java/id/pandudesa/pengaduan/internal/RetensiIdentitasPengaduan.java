package id.pandudesa.pengaduan.internal;

import id.pandudesa.platform.privasi.AturanRetensiBaris;
import id.pandudesa.platform.privasi.SubjekData;
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
class RetensiIdentitasPengaduan extends AturanRetensiBaris {

    /** The placeholder every anonymisation writes (the subject requests use the same). */
    static final String DIHAPUS = SubjekData.DIHAPUS;

    private static final String DUE = " FROM pengaduan p WHERE p.status IN ('SELESAI', 'DITOLAK') AND p.selesai < :b"
            + " AND ((p.nama IS NOT NULL AND p.nama <> '" + DIHAPUS + "')"
            + " OR (p.kontak IS NOT NULL AND p.kontak <> '" + DIHAPUS + "')"
            + " OR EXISTS (SELECT 1 FROM perselisihan_pihak x WHERE x.pengaduan_id = p.id AND x.nama <> '"
            + DIHAPUS + "'))";

    RetensiIdentitasPengaduan(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected String jatuhTempoSql() {
        return DUE;
    }

    @Override
    protected String kolomId() {
        return "p.id";
    }

    @Override
    protected Object batas(Instant batas) {
        return Timestamp.from(batas);
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
    protected void anonimkan(List<Long> ids) {
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
    }
}
