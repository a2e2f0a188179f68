package id.pandudesa.pengaduan.internal;

import id.pandudesa.pengaduan.KategoriPengaduan;
import id.pandudesa.pengaduan.StatusPengaduan;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only views of complaints beyond a case's own page: what the public sees by tracking code
 * (no identity, no description, no internal notes) and the cases that may be about the same thing.
 */
@Repository
class PengaduanQueries {

    /** What anyone with the tracking code sees: no identity, no description, no internal notes. */
    record Lacak(
            String kodeLacak,
            String kodeDesa,
            String namaDesa,
            KategoriPengaduan kategori,
            StatusPengaduan status,
            Instant dibuat,
            List<Tanggapan> tanggapan) {

        /** The day it was filed, as the village counts days (WIB, as every complaint page shows times). */
        public java.time.LocalDate tanggal() {
            return dibuat.atZone(java.time.ZoneId.of("Asia/Jakarta")).toLocalDate();
        }
    }

    record Tanggapan(Instant waktu, String isi) {}

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;

    PengaduanQueries(JdbcClient jdbc, WilayahApi wilayah) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
    }

    /** The public view of a case by its tracking code. */
    @Transactional(readOnly = true)
    public Optional<Lacak> lacak(String kodeLacak) {
        String kode = kodeLacak == null ? "" : kodeLacak.trim().toUpperCase(Locale.ROOT);
        if (!kode.matches("[A-Z0-9-]{4,20}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + Kasus.KOLOM + " FROM pengaduan WHERE kode_lacak = :k")
                .param("k", kode)
                .query(Kasus::baca)
                .optional()
                .map(k -> new Lacak(
                        k.kodeLacak(),
                        k.kodeDesa(),
                        wilayah.cari(k.kodeDesa()).map(Wilayah::nama).orElse(k.kodeDesa()),
                        k.kategori(),
                        k.status(),
                        k.dibuat(),
                        jdbc.sql("""
                                        SELECT waktu, tanggapan FROM pengaduan_langkah
                                        WHERE pengaduan_id = :p AND tanggapan IS NOT NULL ORDER BY id""")
                                .param("p", k.id())
                                .query((rs, n) ->
                                        new Tanggapan(rs.getTimestamp("waktu").toInstant(), rs.getString("tanggapan")))
                                .list()));
    }

    /** Another case that may be about the same thing, with how alike the texts are (0–100). */
    record Mirip(long id, String kodeLacak, StatusPengaduan status, Instant dibuat, int persen) {}

    /**
     * Open or recent cases of the same desa and category whose description is alike: a suggestion
     * for the handler that two villagers may report the same thing (the newest 200 looked at).
     */
    @Transactional(readOnly = true)
    public List<Mirip> mirip(Kasus k) {
        return jdbc
                .sql("SELECT id, kode_lacak, status, dibuat, uraian FROM pengaduan WHERE kode_desa = :d"
                        + " AND kategori = :k AND id <> :id AND dibuat >= :sejak ORDER BY dibuat DESC"
                        + " FETCH FIRST 200 ROWS ONLY")
                .param("d", k.kodeDesa())
                .param("k", k.kategori().name())
                .param("id", k.id())
                .param("sejak", Timestamp.from(k.dibuat().minus(java.time.Duration.ofDays(90))))
                .query((rs, n) -> new Mirip(
                        rs.getLong("id"),
                        rs.getString("kode_lacak"),
                        StatusPengaduan.valueOf(rs.getString("status")),
                        rs.getTimestamp("dibuat").toInstant(),
                        (int) Math.round(100 * Kemiripan.skor(k.uraian(), rs.getString("uraian")))))
                .list()
                .stream()
                .filter(m -> m.persen() >= Math.round(100 * Kemiripan.AMBANG))
                .sorted(java.util.Comparator.comparingInt(Mirip::persen).reversed())
                .limit(5)
                .toList();
    }
}
