package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.PengutipKeputusan;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells a meeting's page what planning rests on its decisions: proposals collected in a Musdus,
 * proposals prioritised, an RPJMDes or RKPDes adopted — the way back from a decision to the plan.
 */
@Component
class KutipanRencana implements PengutipKeputusan {

    private final JdbcClient jdbc;

    KutipanRencana(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Kutipan> kutipan(long musyawarahId, String kodeDesa, PenggunaSaatIni me) {
        List<Kutipan> out = new ArrayList<>();
        if (!me.mencakup(kodeDesa)) {
            return out;
        }
        jdbc.sql("SELECT musdus_agenda, tahun, COUNT(*) FROM usulan WHERE kode_desa = :k AND musdus_id = :m"
                        + " GROUP BY musdus_agenda, tahun ORDER BY tahun")
                .param("k", kodeDesa)
                .param("m", musyawarahId)
                .query(rs -> {
                    out.add(new Kutipan(
                            rs.getInt(1),
                            "musyawarah.kutipan.usulanDihimpun",
                            List.of(String.valueOf(rs.getLong(3)), String.valueOf(rs.getInt(2))),
                            "/perencanaan/usulan/" + kodeDesa + "/" + rs.getInt(2)));
                });
        jdbc.sql("SELECT musdes_agenda, tahun, COUNT(*), SUM(CASE WHEN status = 'DIPRIORITASKAN' THEN 1 ELSE 0 END)"
                        + " FROM usulan WHERE kode_desa = :k AND musdes_id = :m GROUP BY musdes_agenda, tahun"
                        + " ORDER BY tahun")
                .param("k", kodeDesa)
                .param("m", musyawarahId)
                .query(rs -> {
                    out.add(new Kutipan(
                            rs.getInt(1),
                            "musyawarah.kutipan.usulanDiprioritaskan",
                            List.of(
                                    String.valueOf(rs.getLong(4)),
                                    String.valueOf(rs.getLong(3)),
                                    String.valueOf(rs.getInt(2))),
                            "/jejak/" + kodeDesa + "/" + rs.getInt(2)));
                });
        jdbc.sql("SELECT musdes_agenda, tahun FROM rkpdes WHERE kode_desa = :k AND musdes_id = :m")
                .param("k", kodeDesa)
                .param("m", musyawarahId)
                .query(rs -> {
                    out.add(new Kutipan(
                            rs.getInt("musdes_agenda"),
                            "musyawarah.kutipan.rkpdes",
                            List.of(String.valueOf(rs.getInt("tahun"))),
                            "/perencanaan/rkpdes/" + kodeDesa + "/" + rs.getInt("tahun")));
                });
        jdbc.sql("SELECT musdes_agenda, tahun_awal FROM rpjmdes WHERE kode_desa = :k AND musdes_id = :m")
                .param("k", kodeDesa)
                .param("m", musyawarahId)
                .query(rs -> {
                    out.add(new Kutipan(
                            rs.getInt("musdes_agenda"),
                            "musyawarah.kutipan.rpjmdes",
                            List.of(rs.getInt("tahun_awal") + "–" + (rs.getInt("tahun_awal") + 5)),
                            "/perencanaan/rpjmdes/" + kodeDesa + "?tahun=" + rs.getInt("tahun_awal")));
                });
        return out;
    }
}
