package id.pandudesa.pendampingan.internal;

import id.pandudesa.platform.privasi.AturanRetensi;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The position of a log entry after its period ({@code kegiatan-gps}, default one year after the
 * entry's date): the due entries of one desa, year and status are given their common centre,
 * distributed to the micro-degree so that their sum is exactly what it was — the dashboards place a
 * region on the map by the year's sum of positions, and their figures stay the same. Where a desa
 * had a single due entry with a position in a year, the centre is that position.
 */
@Component
class RetensiGpsKegiatan implements AturanRetensi {

    private static final String DUE = " FROM kegiatan_pendampingan WHERE tanggal < :b AND lintang IS NOT NULL"
            + " AND bujur IS NOT NULL AND NOT gps_disamarkan";

    private final JdbcClient jdbc;

    RetensiGpsKegiatan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String aturan() {
        return "kegiatan-gps";
    }

    @Override
    public String uraian() {
        return "kegiatan_pendampingan.lintang, kegiatan_pendampingan.bujur";
    }

    @Override
    public long jatuhTempo(Instant batas) {
        return jdbc.sql("SELECT COUNT(*)" + DUE)
                .param("b", AturanRetensi.tanggal(batas))
                .query(Long.class)
                .single();
    }

    record Titik(long id, String desa, int tahun, String status, BigDecimal lintang, BigDecimal bujur) {}

    @Override
    public int anonimkan(Instant batas, int maks) {
        // The first due group (desa, year, status) in order, whole: a group is never split over batches.
        List<Titik> first = jdbc.sql("SELECT id, kode_desa, tanggal, status, lintang, bujur" + DUE
                        + " ORDER BY kode_desa, tanggal, status, id FETCH FIRST 1 ROWS ONLY")
                .param("b", AturanRetensi.tanggal(batas))
                .query((rs, n) -> titik(rs))
                .list();
        int done = 0;
        while (!first.isEmpty() && done < maks) {
            Titik t = first.get(0);
            List<Titik> group = jdbc.sql(
                            "SELECT id, kode_desa, tanggal, status, lintang, bujur" + DUE
                                    + " AND kode_desa = :d AND status = :s AND tanggal >= :awal AND tanggal < :akhir ORDER BY id")
                    .param("b", AturanRetensi.tanggal(batas))
                    .param("d", t.desa())
                    .param("s", t.status())
                    .param("awal", Date.valueOf(java.time.LocalDate.of(t.tahun(), 1, 1)))
                    .param("akhir", Date.valueOf(java.time.LocalDate.of(t.tahun() + 1, 1, 1)))
                    .query((rs, n) -> titik(rs))
                    .list();
            List<long[]> lat = bagi(group.stream().map(Titik::lintang).toList());
            List<long[]> lon = bagi(group.stream().map(Titik::bujur).toList());
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                rows.add(new Object[] {
                    BigDecimal.valueOf(lat.get(i)[0], 6),
                    BigDecimal.valueOf(lon.get(i)[0], 6),
                    group.get(i).id()
                });
            }
            for (Object[] r : rows) {
                jdbc.sql("UPDATE kegiatan_pendampingan SET lintang = :la, bujur = :lo, gps_disamarkan = TRUE"
                                + " WHERE id = :id")
                        .param("la", r[0])
                        .param("lo", r[1])
                        .param("id", r[2])
                        .update();
            }
            done += group.size();
            first = jdbc.sql("SELECT id, kode_desa, tanggal, status, lintang, bujur" + DUE
                            + " ORDER BY kode_desa, tanggal, status, id FETCH FIRST 1 ROWS ONLY")
                    .param("b", AturanRetensi.tanggal(batas))
                    .query((rs, n) -> titik(rs))
                    .list();
        }
        return done;
    }

    private static Titik titik(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Titik(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                rs.getDate("tanggal").toLocalDate().getYear(),
                rs.getString("status"),
                rs.getBigDecimal("lintang"),
                rs.getBigDecimal("bujur"));
    }

    /**
     * The values' common centre in micro-degrees, one per value, summing exactly to the values' sum:
     * the remainder of the division goes one micro-degree each to the first values.
     */
    static List<long[]> bagi(List<BigDecimal> values) {
        long sum = values.stream()
                .mapToLong(v -> v.setScale(6, java.math.RoundingMode.HALF_UP)
                        .unscaledValue()
                        .longValueExact())
                .sum();
        int n = values.size();
        long base = Math.floorDiv(sum, n);
        long rem = Math.floorMod(sum, n);
        List<long[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new long[] {base + (i < rem ? 1 : 0)});
        }
        return out;
    }
}
