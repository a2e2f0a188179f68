package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.wilayah.WilayahApi;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence beside the evaluation form, counted from the log of the quarter, and the ranked
 * list of a region's evaluations with its distribution — aggregated in the database.
 */
@Repository
@Transactional(readOnly = true)
class EvaluasiQueries {

    /**
     * What the log says about a person's quarter. {@code laporanTepatWaktu} of {@code
     * laporanJatuhTempo}: monthly reports submitted by the closing day of the following month, of
     * the months whose closing day has passed. {@code porsiKader}: the share (0–100) of the final
     * entries in the person's villages written by the village's own cadres (KPMD), or null without
     * entries.
     */
    record Bukti(
            long hariKerja,
            BigDecimal jamKerja,
            long kegiatan,
            long desaDidampingi,
            long desaDalamLingkup,
            long tindakLanjutSelesai,
            long tindakLanjutTerlambat,
            long laporanTepatWaktu,
            long laporanJatuhTempo,
            Integer porsiKader) {}

    /** One line of the ranked list. */
    record Peringkat(int urutan, String username, String peran, String kodeWilayah, BigDecimal nilaiAkhir) {}

    /** The score bands of the distribution chart, highest first. */
    static final List<String> RENTANG = List.of("90-100", "80-89", "70-79", "60-69", "0-59");

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;
    private final int closingDay;

    EvaluasiQueries(
            JdbcClient jdbc, WilayahApi wilayah, @Value("${pandu.pendampingan.hari-tutup-bulan:10}") int closingDay) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.closingDay = closingDay;
    }

    Bukti bukti(PenggunaSaatIni person, AturanEvaluasi.Triwulan t, LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        p.put("u", person.username());
        p.put("dari", Date.valueOf(t.awal()));
        p.put("sampai", Date.valueOf(t.akhir()));
        p.put("hari", Date.valueOf(today));
        long[] log = jdbc.sql("""
                        SELECT COUNT(DISTINCT tanggal), COALESCE(SUM(menit_kerja), 0), COUNT(*), COUNT(DISTINCT kode_desa)
                        FROM kegiatan_pendampingan
                        WHERE penulis = :u AND status = 'FINAL' AND tanggal >= :dari AND tanggal <= :sampai""")
                .params(p)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
        long[] followUps = jdbc.sql("""
                        SELECT COALESCE(SUM(CASE WHEN tindak_lanjut_selesai IS NOT NULL THEN 1 ELSE 0 END), 0),
                               COALESCE(SUM(CASE WHEN (tindak_lanjut_selesai IS NULL AND tenggat_tindak_lanjut < :hari)
                                                   OR tindak_lanjut_selesai > tenggat_tindak_lanjut THEN 1 ELSE 0 END), 0)
                        FROM kegiatan_pendampingan
                        WHERE penulis = :u AND status = 'FINAL' AND tindak_lanjut IS NOT NULL
                          AND tenggat_tindak_lanjut >= :dari AND tenggat_tindak_lanjut <= :sampai""")
                .params(p)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        long due = 0;
        long onTime = 0;
        if (LaporanService.PELAPOR.contains(person.peran())) {
            Map<String, java.time.Instant> submitted = new HashMap<>();
            jdbc.sql("SELECT bulan, diajukan FROM laporan_bulanan WHERE penulis = :u AND bulan IN (:b)"
                            + " AND diajukan IS NOT NULL")
                    .param("u", person.username())
                    .param("b", t.bulan().stream().map(YearMonth::toString).toList())
                    .query((java.sql.ResultSet rs) -> {
                        submitted.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    });
            for (YearMonth month : t.bulan()) {
                LocalDate deadline = month.plusMonths(1)
                        .atDay(Math.min(closingDay, month.plusMonths(1).lengthOfMonth()));
                if (!deadline.isBefore(today)) {
                    continue;
                }
                due++;
                java.time.Instant at = submitted.get(month.toString());
                if (at != null
                        && !at.atZone(java.time.ZoneId.of("Asia/Jakarta"))
                                .toLocalDate()
                                .isAfter(deadline)) {
                    onTime++;
                }
            }
        }
        Integer cadreShare = null;
        if (!person.lingkup().isKosong()) {
            Lingkup.SqlFilter scope = person.lingkup().sql("kode_desa");
            long[] share = jdbc.sql(
                            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN peran_penulis = 'KPMD' THEN 1 ELSE 0 END), 0)"
                                    + " FROM kegiatan_pendampingan WHERE status = 'FINAL' AND tanggal >= :dari"
                                    + " AND tanggal <= :sampai AND " + scope.sql())
                    .params(p)
                    .params(scope.params())
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            cadreShare = share[0] == 0 ? null : (int) Math.round(100.0 * share[1] / share[0]);
        }
        long villages = person.lingkup().isKosong()
                ? 0
                : wilayah.jumlahDesa(person.lingkup().prefiks(), 0).getOrDefault("", 0L);
        return new Bukti(
                log[0],
                JamKerja.jam(log[1]),
                log[2],
                log[3],
                villages,
                followUps[0],
                followUps[1],
                onTime,
                due,
                cadreShare);
    }

    /** Which of these people the assessor already assessed as {@code sebagai} in the quarter (one query). */
    java.util.Set<String> sudahDinilai(
            String penilai,
            AturanEvaluasi.Triwulan t,
            AturanEvaluasi.Sebagai sebagai,
            java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                        SELECT e.username FROM evaluasi_kinerja e JOIN evaluasi_penilaian p ON p.evaluasi_id = e.id
                        WHERE e.triwulan = :t AND p.penilai = :p AND p.sebagai = :s AND e.username IN (:u)""")
                .param("t", t.toString())
                .param("p", penilai)
                .param("s", sebagai.name())
                .param("u", List.copyOf(usernames))
                .query(String.class)
                .list());
    }

    /** The evaluations of a quarter in the region, best first (not yet complete ones last). */
    PageResult<Peringkat> peringkat(Lingkup lingkup, AturanEvaluasi.Triwulan t, Peran peran, PageQuery page) {
        return peringkat(lingkup, t, peran, page, null);
    }

    /**
     * As above; {@code total}, when the caller already has it (the sum of {@link #sebaran}), saves
     * counting the region's evaluations a second time.
     */
    PageResult<Peringkat> peringkat(
            Lingkup lingkup, AturanEvaluasi.Triwulan t, Peran peran, PageQuery page, Long total) {
        Lingkup.SqlFilter scope = lingkup.sql("kode_wilayah");
        String where = " FROM evaluasi_kinerja WHERE triwulan = :t AND " + scope.sql()
                + (peran == null ? "" : " AND peran = :p");
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("t", t.toString());
        if (peran != null) {
            params.put("p", peran.name());
        }
        long count = total != null
                ? total
                : jdbc.sql("SELECT COUNT(*)" + where)
                        .params(params)
                        .query(Long.class)
                        .single();
        List<Peringkat> rows = new ArrayList<>();
        int[] rank = {(int) page.offset()};
        jdbc.sql("SELECT username, peran, kode_wilayah, nilai_akhir" + where
                        + " ORDER BY nilai_akhir DESC NULLS LAST, username LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.ukuran())
                .param("offset", page.offset())
                .query((java.sql.ResultSet rs) -> {
                    rows.add(new Peringkat(
                            ++rank[0], rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
                });
        return new PageResult<>(rows, page.halaman(), page.ukuran(), count);
    }

    /** How many complete evaluations fall in each band of {@link #RENTANG}, and how many are incomplete. */
    Map<String, Long> sebaran(Lingkup lingkup, AturanEvaluasi.Triwulan t, Peran peran) {
        Lingkup.SqlFilter scope = lingkup.sql("kode_wilayah");
        Map<String, Long> out = new LinkedHashMap<>();
        RENTANG.forEach(r -> out.put(r, 0L));
        out.put("BELUM", 0L);
        var query = jdbc.sql("""
                        SELECT rentang, COUNT(*) FROM (SELECT CASE WHEN nilai_akhir IS NULL THEN 'BELUM'
                                    WHEN nilai_akhir >= 90 THEN '90-100'
                                    WHEN nilai_akhir >= 80 THEN '80-89'
                                    WHEN nilai_akhir >= 70 THEN '70-79'
                                    WHEN nilai_akhir >= 60 THEN '60-69'
                                    ELSE '0-59' END AS rentang
                        FROM evaluasi_kinerja WHERE triwulan = :t AND """ + scope.sql() + (peran == null ? "" : " AND peran = :p") + ") x GROUP BY rentang")
                .params(scope.params())
                .param("t", t.toString());
        if (peran != null) {
            query = query.param("p", peran.name());
        }
        query.query((java.sql.ResultSet rs) -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }
}
