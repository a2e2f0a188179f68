package id.pandudesa.pengaduan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.pengaduan.PengaduanApi;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response and resolution times and counts of complaints by category, kecamatan or desa, within a
 * user's scope and a period, aggregated in the database; also the public figures of one desa.
 */
@Service
class PengaduanApiImpl implements PengaduanApi {

    enum Kelompok {
        KATEGORI("kategori"),
        KECAMATAN("SUBSTRING(kode_desa, 1, 6)"),
        DESA("kode_desa");

        final String kolom;

        Kelompok(String kolom) {
            this.kolom = kolom;
        }
    }

    /** Times are averages: hours to the first answer, days to the end of the case. */
    record Baris(
            String kunci,
            long total,
            long terbuka,
            long selesai,
            long ditolak,
            long terlambat,
            Double jamTanggap,
            Double hariSelesai) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    PengaduanApiImpl(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Baris> per(Kelompok kelompok, Lingkup lingkup, String prefiks, LocalDate dari, LocalDate sampai) {
        var scope = lingkup.sql("kode_desa");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        params.put("dari", Timestamp.from(dari.atStartOfDay(wib).toInstant()));
        params.put("sampai", Timestamp.from(sampai.plusDays(1).atStartOfDay(wib).toInstant()));
        params.put("now", Timestamp.from(Instant.now(clock)));
        String where = " WHERE " + scope.sql() + " AND dibuat >= :dari AND dibuat < :sampai";
        if (prefiks != null && !prefiks.isBlank()) {
            var region = Lingkup.of(List.of(prefiks)).sql("kode_desa", "w");
            where += " AND " + region.sql();
            params.putAll(region.params());
        }
        return jdbc.sql("SELECT " + kelompok.kolom + " AS kunci, COUNT(*) AS total,"
                        + " SUM(CASE WHEN status NOT IN ('SELESAI', 'DITOLAK') THEN 1 ELSE 0 END) AS terbuka,"
                        + " SUM(CASE WHEN status = 'SELESAI' THEN 1 ELSE 0 END) AS selesai,"
                        + " SUM(CASE WHEN status = 'DITOLAK' THEN 1 ELSE 0 END) AS ditolak,"
                        + " SUM(CASE WHEN status NOT IN ('SELESAI', 'DITOLAK') AND tenggat < :now THEN 1 ELSE 0 END)"
                        + " AS terlambat,"
                        + " AVG(CAST(detik_tanggap AS DOUBLE PRECISION)) / 3600 AS jam_tanggap,"
                        + " AVG(CASE WHEN status = 'SELESAI' THEN CAST(detik_selesai AS DOUBLE PRECISION) END) / 86400"
                        + " AS hari_selesai"
                        + " FROM pengaduan" + where + " GROUP BY " + kelompok.kolom + " ORDER BY " + kelompok.kolom)
                .params(params)
                .query((rs, n) -> new Baris(
                        rs.getString("kunci"),
                        rs.getLong("total"),
                        rs.getLong("terbuka"),
                        rs.getLong("selesai"),
                        rs.getLong("ditolak"),
                        rs.getLong("terlambat"),
                        rs.getObject("jam_tanggap") == null ? null : rs.getDouble("jam_tanggap"),
                        rs.getObject("hari_selesai") == null ? null : rs.getDouble("hari_selesai")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Ringkasan ringkasanDesa(String kodeDesa) {
        return jdbc.sql("SELECT COUNT(*),"
                        + " SUM(CASE WHEN status NOT IN ('SELESAI', 'DITOLAK') THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN status = 'SELESAI' THEN 1 ELSE 0 END)"
                        + " FROM pengaduan WHERE kode_desa = :k")
                .param("k", kodeDesa)
                .query((rs, n) -> new Ringkasan(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }
}
