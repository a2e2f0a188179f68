package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.lapangan.FormulirLapangan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Progress reports of the projects under way in the user's villages (started or starting within
 * a month, ended less than two months ago): the project page with its report form and photos.
 */
@Component
class FormulirLaporanProyek implements FormulirLapangan {

    private final JdbcClient jdbc;
    private final Clock clock;

    FormulirLaporanProyek(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int urutan() {
        return 40;
    }

    @Override
    public List<Formulir> untuk(PenggunaSaatIni me) {
        if (!PelaksanaanService.PENCATAT.contains(me.peran())) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        Lingkup.SqlFilter scope = me.lingkup().sql("kode_desa");
        return jdbc.sql("SELECT id, nama FROM proyek WHERE " + scope.sql()
                        + " AND tahun >= :tahun AND mulai <= :mulai AND selesai >= :selesai"
                        + " ORDER BY kode_desa, nama, id LIMIT 30")
                .params(scope.params())
                .param("tahun", today.getYear() - 1)
                .param("mulai", today.plusDays(30))
                .param("selesai", today.minusDays(60))
                .query((rs, n) -> new Formulir(
                        "lapangan.jenis.laporanProyek",
                        rs.getString("nama"),
                        "/pelaksanaan/proyek/" + rs.getLong("id")))
                .list();
    }
}
