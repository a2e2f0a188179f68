package id.pandudesa.pengaduan.internal;

import id.pandudesa.dasbor.AngkaDasbor;
import id.pandudesa.dasbor.PermintaanDasbor;
import id.pandudesa.dasbor.SumberDasbor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Complaints filed in the year (Indonesian time) for the dashboards: how many, open, resolved,
 * rejected, open past their deadline, and the time to the first answer and to resolution. The
 * same rules as the complaint statistics page; no identity is read.
 */
@Component
class DasborPengaduan implements SumberDasbor {

    private static final List<String> UKURAN = List.of(
            "total", "terbuka", "selesai", "ditolak", "terlambat", "ditanggapi", "_detikTanggap", "_detikSelesai");

    private final JdbcClient jdbc;
    private final Clock clock;

    DasborPengaduan(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kunci() {
        return "pengaduan";
    }

    @Override
    public int urutan() {
        return 60;
    }

    @Override
    public List<String> ukuran() {
        return UKURAN.subList(0, 6);
    }

    @Override
    public List<Turunan> turunan() {
        return List.of(
                new Turunan("jamTanggap", "_detikTanggap", "ditanggapi", 1 / 3600.0, 1),
                new Turunan("hariSelesai", "_detikSelesai", "selesai", 1 / 86400.0, 1));
    }

    @Override
    public Map<String, Map<String, Long>> hitung(PermintaanDasbor p) {
        var f = p.filter("kode_desa");
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("dari", Timestamp.from(p.awal().atStartOfDay(wib).toInstant()));
        params.put(
                "sampai", Timestamp.from(p.akhir().plusDays(1).atStartOfDay(wib).toInstant()));
        params.put("now", Timestamp.from(Instant.now(clock)));
        String g = p.kelompok("kode_desa");
        String sql = "SELECT " + g + ", COUNT(*),"
                + " SUM(CASE WHEN status NOT IN ('SELESAI', 'DITOLAK') THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status = 'SELESAI' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status = 'DITOLAK' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status NOT IN ('SELESAI', 'DITOLAK') AND tenggat < :now THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN detik_tanggap IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(COALESCE(detik_tanggap, 0)),"
                + " SUM(CASE WHEN status = 'SELESAI' THEN COALESCE(detik_selesai, 0) ELSE 0 END)"
                + " FROM pengaduan WHERE " + f.sql() + " AND dibuat >= :dari AND dibuat < :sampai GROUP BY " + g;
        return AngkaDasbor.baca(jdbc.sql(sql).params(params), UKURAN);
    }

    @Override
    public Optional<String> tautan(String kodeWilayah, int tahun) {
        return Optional.of("/pengaduan/kelola?desa=" + kodeWilayah);
    }
}
