package id.pandudesa.pengaduan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.web.BerandaPanel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a handler's landing page: the open complaints waiting at their level, nearest deadline
 * first, with how many are already past it. The village government sees those assigned to it.
 */
@Component
class PengaduanPanel implements BerandaPanel {

    record Ringkas(long terbuka, long terlambat, List<Kasus> kasus, Instant sekarang) {}

    private final AkunApi akun;
    private final JdbcClient jdbc;
    private final Clock clock;

    PengaduanPanel(AkunApi akun, JdbcClient jdbc, Clock clock) {
        this.akun = akun;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int urutan() {
        return 12;
    }

    @Override
    public Optional<Panel> untukPenggunaSaatIni() {
        return akun.saatIni()
                .filter(me -> AlurPengaduan.PENANGAN.contains(me.peran()) || me.peran() == Peran.PEMDES)
                .map(this::ringkas)
                .filter(r -> r.terbuka() > 0)
                .map(r -> new Panel("pengaduan.panel.judul", "pengaduan/panel", "panel", r));
    }

    Ringkas ringkas(PenggunaSaatIni me) {
        var scope = me.lingkup().sql("kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = " WHERE " + scope.sql() + " AND status NOT IN ('SELESAI', 'DITOLAK')";
        if (me.peran() == Peran.PEMDES) {
            where += " AND ditugaskan = 'PEMDES' AND tingkat = 'DESA'";
        } else {
            where += " AND tingkat = :tingkat";
            params.put("tingkat", AlurPengaduan.tingkatPeran(me.peran()).name());
        }
        Instant now = Instant.now(clock);
        params.put("now", Timestamp.from(now));
        Map<String, Object> counts = jdbc.sql("SELECT COUNT(*) AS terbuka,"
                        + " SUM(CASE WHEN tenggat < :now THEN 1 ELSE 0 END) AS terlambat FROM pengaduan" + where)
                .params(params)
                .query()
                .singleRow();
        long open = ((Number) counts.get("terbuka")).longValue();
        Object late = counts.get("terlambat");
        List<Kasus> first = open == 0
                ? List.of()
                : jdbc
                        .sql("SELECT " + Kasus.KOLOM + " FROM pengaduan" + where
                                + " ORDER BY tenggat FETCH FIRST 5 ROWS ONLY")
                        .params(params)
                        .query(Kasus::baca)
                        .list()
                        .stream()
                        .map(Kasus::tanpaIdentitas)
                        .toList();
        return new Ringkas(open, late == null ? 0 : ((Number) late).longValue(), first, now);
    }
}
