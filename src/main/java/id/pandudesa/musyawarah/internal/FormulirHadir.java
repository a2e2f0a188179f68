package id.pandudesa.musyawarah.internal;

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
 * Attendance of the meetings an organiser will hold soon (planned, from three days ago to two
 * weeks ahead, in the user's region): the door list to take along.
 */
@Component
class FormulirHadir implements FormulirLapangan {

    private final JdbcClient jdbc;
    private final Clock clock;

    FormulirHadir(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int urutan() {
        return 20;
    }

    @Override
    public List<Formulir> untuk(PenggunaSaatIni me) {
        if (!MusyawarahService.PENYELENGGARA.contains(me.peran())) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        Lingkup.SqlFilter scope = me.lingkup().sql("kode_desa");
        return jdbc.sql("SELECT id, judul, tanggal FROM musyawarah WHERE " + scope.sql()
                        + " AND status = 'RENCANA' AND tanggal BETWEEN :dari AND :sampai ORDER BY tanggal, id LIMIT 20")
                .params(scope.params())
                .param("dari", today.minusDays(3))
                .param("sampai", today.plusDays(14))
                .query((rs, n) -> new Formulir(
                        "lapangan.jenis.hadir",
                        rs.getString("judul") + " · " + rs.getDate("tanggal").toLocalDate(),
                        "/musyawarah/" + rs.getLong("id") + "/hadir"))
                .list();
    }
}
