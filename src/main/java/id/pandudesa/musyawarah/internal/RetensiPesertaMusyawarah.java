package id.pandudesa.musyawarah.internal;

import id.pandudesa.platform.privasi.AturanRetensi;
import id.pandudesa.platform.privasi.AturanRetensiBaris;
import id.pandudesa.platform.privasi.SubjekData;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attendees' and invitees' names after their period ({@code peserta-nama}, default five years after
 * the meeting): names become "(dihapus)", invitees' contacts are cleared. Each attendance row keeps
 * its counts (men, women, poor households, people with disabilities), so the meeting's quorum and
 * inclusion figures stay; the minutes already signed are files and are not rewritten.
 */
@Component
class RetensiPesertaMusyawarah extends AturanRetensiBaris {

    /** The placeholder every anonymisation writes (the subject requests use the same). */
    static final String DIHAPUS = SubjekData.DIHAPUS;

    private static final String DUE = " FROM musyawarah m WHERE m.tanggal < :b"
            + " AND (EXISTS (SELECT 1 FROM musyawarah_hadir h WHERE h.musyawarah_id = m.id AND h.nama IS NOT NULL"
            + " AND h.nama <> '" + DIHAPUS + "')"
            + " OR EXISTS (SELECT 1 FROM musyawarah_undangan u WHERE u.musyawarah_id = m.id"
            + " AND (u.nama <> '" + DIHAPUS + "' OR u.kontak IS NOT NULL)))";

    RetensiPesertaMusyawarah(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    protected String jatuhTempoSql() {
        return DUE;
    }

    @Override
    protected String kolomId() {
        return "m.id";
    }

    @Override
    protected Object batas(Instant batas) {
        return AturanRetensi.tanggal(batas);
    }

    @Override
    public String aturan() {
        return "peserta-nama";
    }

    @Override
    public String uraian() {
        return "musyawarah_hadir.nama, musyawarah_undangan.nama, musyawarah_undangan.kontak";
    }

    @Override
    protected void anonimkan(List<Long> ids) {
        jdbc.sql("UPDATE musyawarah_hadir SET nama = :x WHERE nama IS NOT NULL AND musyawarah_id IN (:ids)")
                .param("x", DIHAPUS)
                .param("ids", ids)
                .update();
        jdbc.sql(
                        "UPDATE musyawarah_undangan SET nama = :x, kontak = NULL, kontak_sidik = NULL WHERE musyawarah_id IN (:ids)")
                .param("x", DIHAPUS)
                .param("ids", ids)
                .update();
    }
}
