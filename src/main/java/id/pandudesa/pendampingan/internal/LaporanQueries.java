package id.pandudesa.pendampingan.internal;

import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The figures of a month, aggregated in the database over the author's (or kecamatan's) final entries. */
@Repository
@Transactional(readOnly = true)
public class LaporanQueries {

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;

    public LaporanQueries(JdbcClient jdbc, WilayahApi wilayah) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
    }

    public RingkasanBulanan bulanan(String username, YearMonth month) {
        Map<String, Object> p = Map.of(
                "p", username, "dari", Date.valueOf(month.atDay(1)), "sampai", Date.valueOf(month.atEndOfMonth()));
        String where = " FROM kegiatan_pendampingan WHERE penulis = :p AND status = 'FINAL'"
                + " AND tanggal >= :dari AND tanggal <= :sampai";
        long[] totals = jdbc.sql("SELECT COUNT(*), COUNT(DISTINCT tanggal), COALESCE(SUM(peserta_laki), 0),"
                        + " COALESCE(SUM(peserta_perempuan), 0), COALESCE(SUM(menit_kerja), 0), COUNT(menit_kerja)"
                        + where)
                .params(p)
                .query((rs, n) -> new long[] {
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)
                })
                .single();
        Map<String, Long> perMetode = zeros(MetodePendampingan.values());
        jdbc.sql("SELECT metode, COUNT(*)" + where + " GROUP BY metode")
                .params(p)
                .query((ResultSet rs) -> {
                    perMetode.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> perLingkup = zeros(RuangLingkup.values());
        jdbc.sql("SELECT ruang_lingkup, COUNT(*)" + where + " GROUP BY ruang_lingkup")
                .params(p)
                .query((ResultSet rs) -> {
                    perLingkup.put(rs.getString(1), rs.getLong(2));
                });
        List<Object[]> desaRows = new ArrayList<>();
        jdbc.sql("SELECT kode_desa, COUNT(DISTINCT tanggal), COUNT(*), SUM(peserta_laki), SUM(peserta_perempuan),"
                        + " COALESCE(SUM(menit_kerja), 0)" + where + " GROUP BY kode_desa ORDER BY kode_desa")
                .params(p)
                .query((ResultSet rs) -> {
                    desaRows.add(new Object[] {
                        rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)
                    });
                });
        List<Object[]> entryRows = jdbc.sql("SELECT id, tanggal, jam_mulai, jam_selesai, menit_kerja, kode_desa,"
                        + " metode, ruang_lingkup, uraian, hasil, peserta_laki, peserta_perempuan" + where
                        + " ORDER BY tanggal, jam_mulai NULLS LAST, id")
                .params(p)
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    rs.getDate("tanggal").toLocalDate(),
                    jam(rs.getObject("jam_mulai", java.time.LocalTime.class)),
                    jam(rs.getObject("jam_selesai", java.time.LocalTime.class)),
                    rs.getInt("menit_kerja"),
                    rs.getString("kode_desa"),
                    rs.getString("metode"),
                    rs.getString("ruang_lingkup"),
                    rs.getString("uraian"),
                    rs.getString("hasil"),
                    rs.getInt("peserta_laki"),
                    rs.getInt("peserta_perempuan")
                })
                .list();
        List<Object[]> followUps = jdbc.sql(
                        "SELECT id, kode_desa, tindak_lanjut, tenggat_tindak_lanjut," + " tindak_lanjut_selesai" + where
                                + " AND tindak_lanjut IS NOT NULL ORDER BY tenggat_tindak_lanjut")
                .params(p)
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    rs.getString("kode_desa"),
                    rs.getString("tindak_lanjut"),
                    toLocal(rs.getDate("tenggat_tindak_lanjut")),
                    toLocal(rs.getDate("tindak_lanjut_selesai"))
                })
                .list();
        List<Long> photos = jdbc.sql("SELECT f.berkas_id FROM kegiatan_pendampingan_foto f JOIN kegiatan_pendampingan k"
                        + " ON k.id = f.kegiatan_id WHERE k.penulis = :p AND k.status = 'FINAL' AND k.tanggal >= :dari"
                        + " AND k.tanggal <= :sampai ORDER BY k.tanggal DESC, f.berkas_id LIMIT 6")
                .params(p)
                .query(Long.class)
                .list();
        Set<String> codes = new HashSet<>();
        desaRows.forEach(r -> codes.add((String) r[0]));
        entryRows.forEach(r -> codes.add((String) r[5]));
        followUps.forEach(r -> codes.add((String) r[1]));
        Map<String, Wilayah> names = wilayah.semua(codes);
        return new RingkasanBulanan(
                username,
                month.toString(),
                totals[0],
                totals[1],
                JamKerja.jam(totals[4]),
                totals[0] - totals[5],
                perMetode,
                perLingkup,
                totals[2],
                totals[3],
                desaRows.stream()
                        .map(r -> new RingkasanBulanan.PerDesa(
                                (String) r[0],
                                name(names, (String) r[0]),
                                (Long) r[1],
                                JamKerja.jam((Long) r[5]),
                                (Long) r[2],
                                (Long) r[3],
                                (Long) r[4]))
                        .toList(),
                entryRows.stream()
                        .map(r -> new RingkasanBulanan.Baris(
                                (Long) r[0],
                                (LocalDate) r[1],
                                (String) r[2],
                                (String) r[3],
                                (Integer) r[4],
                                (String) r[5],
                                name(names, (String) r[5]),
                                (String) r[6],
                                (String) r[7],
                                (String) r[8],
                                (String) r[9],
                                (Integer) r[10],
                                (Integer) r[11]))
                        .toList(),
                followUps.stream()
                        .map(r -> new RingkasanBulanan.TindakLanjut(
                                (Long) r[0], name(names, (String) r[1]), (String) r[2], (LocalDate) r[3], (LocalDate)
                                        r[4]))
                        .toList(),
                photos);
    }

    /** A kecamatan's month: every final entry in its desa, by desa and by method, and by author role. */
    public RingkasanKecamatan kecamatan(String kodeKecamatan, YearMonth month) {
        Map<String, Object> p = new HashMap<>();
        p.put("dari", Date.valueOf(month.atDay(1)));
        p.put("sampai", Date.valueOf(month.atEndOfMonth()));
        p.put("k0", kodeKecamatan);
        p.put("k1", kodeKecamatan + "A");
        String where = " FROM kegiatan_pendampingan WHERE kode_desa >= :k0 AND kode_desa < :k1 AND status = 'FINAL'"
                + " AND tanggal >= :dari AND tanggal <= :sampai";
        Map<String, Map<String, Long>> byDesa = new LinkedHashMap<>();
        jdbc.sql("SELECT kode_desa, metode, COUNT(*)" + where + " GROUP BY kode_desa, metode ORDER BY kode_desa")
                .params(p)
                .query((ResultSet rs) -> {
                    byDesa.computeIfAbsent(rs.getString(1), k -> zeros(MetodePendampingan.values()))
                            .put(rs.getString(2), rs.getLong(3));
                });
        Map<String, Long> byRole = new LinkedHashMap<>();
        jdbc.sql("SELECT peran_penulis, COUNT(*)" + where + " GROUP BY peran_penulis ORDER BY peran_penulis")
                .params(p)
                .query((ResultSet rs) -> {
                    byRole.put(rs.getString(1), rs.getLong(2));
                });
        long[] totals = jdbc.sql(
                        "SELECT COUNT(*), COALESCE(SUM(peserta_laki), 0), COALESCE(SUM(peserta_perempuan), 0)" + where)
                .params(p)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        List<RingkasanKecamatan.Laporan> reports = jdbc.sql("SELECT penulis, peran_penulis, status FROM laporan_bulanan"
                        + " WHERE kode_wilayah >= :k0 AND kode_wilayah < :k1 AND bulan = :b ORDER BY penulis")
                .param("k0", kodeKecamatan)
                .param("k1", kodeKecamatan + "A")
                .param("b", month.toString())
                .query((rs, n) -> new RingkasanKecamatan.Laporan(
                        rs.getString("penulis"), rs.getString("peran_penulis"), rs.getString("status")))
                .list();
        Map<String, Wilayah> names = wilayah.semua(byDesa.keySet());
        List<RingkasanKecamatan.Desa> desa = byDesa.entrySet().stream()
                .map(e -> new RingkasanKecamatan.Desa(
                        e.getKey(),
                        name(names, e.getKey()),
                        e.getValue(),
                        e.getValue().values().stream()
                                .mapToLong(Long::longValue)
                                .sum()))
                .toList();
        return new RingkasanKecamatan(
                kodeKecamatan, month.toString(), totals[0], totals[1], totals[2], desa, byRole, reports);
    }

    private static String name(Map<String, Wilayah> names, String code) {
        Wilayah w = names.get(code);
        return w == null ? code : w.nama();
    }

    private static String jam(java.time.LocalTime t) {
        return t == null ? null : JamKerja.FORMAT.format(t);
    }

    private static LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            out.put(v.name(), 0L);
        }
        return out;
    }
}
