package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the log: lists filtered by region scope and paginated in the database, overdue
 * follow-ups, monthly figures. Every query starts from an indexed column: the desa code range of
 * the scope with the date, or the author with the date.
 */
@Repository
@Transactional(readOnly = true)
class KegiatanQueries {

    private static final String COLUMNS =
            "k.id, k.tanggal, k.jam_mulai, k.jam_selesai, k.kode_desa, k.penulis, k.peran_penulis, k.status,"
                    + " k.metode, k.ruang_lingkup, k.sub_topik, k.uraian, k.hasil, k.peserta_laki, k.peserta_perempuan,"
                    + " k.tindak_lanjut, k.tenggat_tindak_lanjut, k.tindak_lanjut_selesai,"
                    + " (SELECT COUNT(*) FROM kegiatan_pendampingan_foto f WHERE f.kegiatan_id = k.id) AS jumlah_foto";

    private final JdbcClient jdbc;

    KegiatanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a list may be narrowed to. {@code penulis} null = everyone visible. */
    record Saring(
            String desa,
            LocalDate dari,
            LocalDate sampai,
            String penulis,
            MetodePendampingan metode,
            RuangLingkup ruangLingkup) {

        static Saring semua() {
            return new Saring(null, null, null, null, null, null);
        }

        /** From the query parameters of a list, an export or the API; bad values answer 400. */
        static Saring dari(
                String desa, String dari, String sampai, String penulis, String metode, String ruangLingkup) {
            return new Saring(
                    desa == null || desa.isBlank() ? null : desa,
                    KegiatanApiController.date("dari", dari),
                    KegiatanApiController.date("sampai", sampai),
                    penulis == null || penulis.isBlank() ? null : penulis,
                    KegiatanApiController.parse(MetodePendampingan.class, "metode", metode),
                    KegiatanApiController.parse(RuangLingkup.class, "ruangLingkup", ruangLingkup));
        }
    }

    /** Entries visible to a user: in scope; final ones, plus the user's own drafts. Newest first. */
    PageResult<KegiatanRingkas> daftar(Lingkup lingkup, String viewer, Saring saring, PageQuery page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        where(lingkup, viewer, saring, where, params);
        long total = saring.equals(Saring.semua())
                ? totalTanpaSaring(lingkup, viewer)
                : jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan k WHERE " + where)
                        .params(params)
                        .query(Long.class)
                        .single();
        // The page's ids first (from the index alone where possible), then their rows. A narrow scope
        // (kabupaten or smaller) sorts its own range: COALESCE keeps the planner from walking the
        // national date index backwards through millions of rows of other regions.
        String order = lingkup.isNasional() || lingkup.kode().stream().anyMatch(c -> c.length() < 4)
                ? "k.tanggal DESC, k.id DESC"
                : "COALESCE(k.tanggal, k.tanggal) DESC, k.id DESC";
        List<KegiatanRingkas> rows = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM kegiatan_pendampingan k JOIN"
                                + " (SELECT k.id FROM kegiatan_pendampingan k WHERE " + where + " ORDER BY " + order
                                + " LIMIT :limit OFFSET :offset) halaman ON halaman.id = k.id ORDER BY k.tanggal DESC, k.id DESC")
                .params(params)
                .param("limit", page.ukuran())
                .param("offset", page.offset())
                .query(KegiatanQueries::map)
                .list();
        return PageResult.of(rows, page, total);
    }

    /**
     * The unfiltered total of a scope without counting millions of log rows: the final entries
     * from the per-desa summary (kept exact on every write), plus the viewer's own drafts.
     */
    private long totalTanpaSaring(Lingkup lingkup, String viewer) {
        Lingkup.SqlFilter scope = lingkup.sql("kode_desa", "t");
        long finals = jdbc.sql("SELECT COALESCE(SUM(jumlah_kegiatan), 0) FROM pendampingan_desa WHERE " + scope.sql())
                .params(scope.params())
                .query(Long.class)
                .single();
        long drafts = jdbc.sql("SELECT COUNT(*) FROM kegiatan_pendampingan WHERE penulis = :p AND status = 'DRAF' AND "
                        + scope.sql())
                .param("p", viewer)
                .params(scope.params())
                .query(Long.class)
                .single();
        return finals + drafts;
    }

    /** Every visible entry of a filter, oldest first, streamed (for exports). */
    void setiap(Lingkup lingkup, String viewer, Saring saring, java.util.function.Consumer<KegiatanRingkas> each) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        where(lingkup, viewer, saring, where, params);
        jdbc.sql("SELECT " + COLUMNS + " FROM kegiatan_pendampingan k WHERE " + where + " ORDER BY k.tanggal, k.id")
                .params(params)
                .query((ResultSet rs) -> {
                    each.accept(map(rs, 0));
                });
    }

    private static void where(
            Lingkup lingkup, String viewer, Saring saring, StringBuilder where, Map<String, Object> params) {
        Lingkup.SqlFilter scope = lingkup.sql("k.kode_desa");
        where.append(scope.sql());
        params.putAll(scope.params());
        where.append(" AND (k.status = 'FINAL' OR k.penulis = :viewer)");
        params.put("viewer", viewer);
        if (saring.desa() != null && !saring.desa().isBlank()) {
            // A desa code, or any region code above it (the dashboards link here per region).
            Lingkup.SqlFilter region =
                    Lingkup.of(List.of(lingkup.saringan(saring.desa()))).sql("k.kode_desa", "sd");
            where.append(" AND ").append(region.sql());
            params.putAll(region.params());
        }
        if (saring.dari() != null) {
            where.append(" AND k.tanggal >= :dari");
            params.put("dari", Date.valueOf(saring.dari()));
        }
        if (saring.sampai() != null) {
            where.append(" AND k.tanggal <= :sampai");
            params.put("sampai", Date.valueOf(saring.sampai()));
        }
        if (saring.penulis() != null && !saring.penulis().isBlank()) {
            where.append(" AND k.penulis = :penulis");
            params.put("penulis", saring.penulis().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (saring.metode() != null) {
            where.append(" AND k.metode = :metode");
            params.put("metode", saring.metode().name());
        }
        if (saring.ruangLingkup() != null) {
            where.append(" AND k.ruang_lingkup = :lingkupKegiatan");
            params.put("lingkupKegiatan", saring.ruangLingkup().name());
        }
    }

    /** The author's follow-ups that are not done and due on or before {@code today}. */
    List<KegiatanRingkas> tindakLanjutTerlambat(String penulis, LocalDate today, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kegiatan_pendampingan k WHERE k.penulis = :p"
                        + " AND k.tenggat_tindak_lanjut IS NOT NULL AND k.tenggat_tindak_lanjut < :t"
                        + " AND k.tindak_lanjut_selesai IS NULL ORDER BY k.tenggat_tindak_lanjut LIMIT :limit")
                .param("p", penulis)
                .param("t", Date.valueOf(today))
                .param("limit", limit)
                .query(KegiatanQueries::map)
                .list();
    }

    /** The author's last desa, method and scope: the form's defaults for a routine visit. */
    java.util.Optional<Terakhir> terakhir(String penulis) {
        return jdbc.sql("SELECT kode_desa, metode, ruang_lingkup FROM kegiatan_pendampingan WHERE penulis = :p"
                        + " ORDER BY tanggal DESC, id DESC LIMIT 1")
                .param("p", penulis)
                .query((rs, n) ->
                        new Terakhir(rs.getString("kode_desa"), rs.getString("metode"), rs.getString("ruang_lingkup")))
                .optional();
    }

    record Terakhir(String kodeDesa, String metode, String ruangLingkup) {}

    static KegiatanRingkas map(ResultSet rs, int row) throws SQLException {
        Date selesai = rs.getDate("tindak_lanjut_selesai");
        Date tenggat = rs.getDate("tenggat_tindak_lanjut");
        String metode = rs.getString("metode");
        String lingkup = rs.getString("ruang_lingkup");
        return new KegiatanRingkas(
                rs.getLong("id"),
                rs.getDate("tanggal").toLocalDate(),
                jam(rs.getObject("jam_mulai", java.time.LocalTime.class)),
                jam(rs.getObject("jam_selesai", java.time.LocalTime.class)),
                rs.getString("kode_desa"),
                rs.getString("penulis"),
                rs.getString("peran_penulis"),
                rs.getString("status"),
                metode == null ? null : MetodePendampingan.valueOf(metode),
                lingkup == null ? null : RuangLingkup.valueOf(lingkup),
                rs.getString("sub_topik"),
                rs.getString("uraian"),
                rs.getString("hasil"),
                rs.getInt("peserta_laki"),
                rs.getInt("peserta_perempuan"),
                rs.getString("tindak_lanjut"),
                tenggat == null ? null : tenggat.toLocalDate(),
                selesai == null ? null : selesai.toLocalDate(),
                rs.getInt("jumlah_foto"));
    }

    private static String jam(java.time.LocalTime t) {
        return t == null ? null : JamKerja.FORMAT.format(t);
    }

    /** A log entry in a list. */
    record KegiatanRingkas(
            long id,
            LocalDate tanggal,
            String jamMulai,
            String jamSelesai,
            String kodeDesa,
            String penulis,
            String peranPenulis,
            String status,
            MetodePendampingan metode,
            RuangLingkup ruangLingkup,
            String subTopik,
            String uraian,
            String hasil,
            int pesertaLaki,
            int pesertaPerempuan,
            String tindakLanjut,
            LocalDate tenggatTindakLanjut,
            LocalDate tindakLanjutSelesai,
            int jumlahFoto) {

        public boolean draf() {
            return "DRAF".equals(status);
        }
    }
}
