package id.pandudesa.platform.privasi;

import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of data subjects' requests and their steps. */
@Service
public class PermintaanSubjek {

    /** What the person asked for. */
    public enum Jenis {
        AKSES,
        KOREKSI,
        PENGHAPUSAN
    }

    /** A request. {@code kodeWilayah}: the scope it is handled in ({@code nasional} for the whole country). */
    public record Permintaan(
            long id,
            String kodeWilayah,
            Jenis jenis,
            String pemohon,
            SubjekData.Kriteria kriteria,
            LocalDate diterima,
            String status,
            String hasil,
            Instant selesai,
            String dicatatOleh,
            Instant dicatat,
            int versi) {

        public boolean terbuka() {
            return "TERBUKA".equals(status);
        }
    }

    /** One step of a request. */
    public record Langkah(Instant waktu, String oleh, String aksi, String rincian) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SubjekData subjek;
    private final Clock clock;

    PermintaanSubjek(JdbcClient jdbc, AuditTrail audit, SubjekData subjek, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.subjek = subjek;
        this.clock = clock;
    }

    /**
     * Anonymises the chosen findings of an open request (each must be the person's, inside the
     * scope, and not kept by a legal duty), in one transaction; each is a step and an audit entry
     * without the values. Returns how many.
     */
    @Transactional
    public int anonimkan(long id, List<String> refs, SubjekData.SaringWilayah scope, String oleh) {
        Permintaan p = terbuka(id);
        int n = 0;
        for (String ref : refs) {
            SubjekData.Temuan t = subjek.satu(ref, p.kriteria(), scope);
            subjek.anonimkan(t);
            langkah(id, oleh, "DIANONIMKAN", ref);
            audit.record(
                    AuditAction.UBAH,
                    "privasi.Subjek",
                    ref,
                    t.kodeWilayah(),
                    null,
                    Map.of("permintaan", id, "dianonimkan", true));
            n++;
        }
        return n;
    }

    /** Corrects one name or contact of a finding of an open request; a step and an audit entry. */
    @Transactional
    public void koreksi(long id, String ref, String kolom, String nilai, SubjekData.SaringWilayah scope, String oleh) {
        Permintaan p = terbuka(id);
        SubjekData.Temuan t = subjek.satu(ref, p.kriteria(), scope);
        subjek.koreksi(t, kolom, nilai);
        langkah(id, oleh, "DIKOREKSI", ref + " " + kolom);
        audit.record(
                AuditAction.UBAH,
                "privasi.Subjek",
                ref,
                t.kodeWilayah(),
                null,
                Map.of("permintaan", id, "kolom", kolom));
    }

    private Permintaan terbuka(long id) {
        Permintaan p = satu(id);
        if (!p.terbuka()) {
            throw new ConflictException("subjek.sudahDitutup");
        }
        return p;
    }

    @Transactional
    public long buka(
            String kodeWilayah, Jenis jenis, String pemohon, SubjekData.Kriteria k, LocalDate diterima, String oleh) {
        Instant now = Instant.now(clock);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO permintaan_subjek (kode_wilayah, jenis, pemohon, cari_nama, cari_telepon, cari_email,
                            diterima, status, dicatat_oleh, dicatat, versi)
                        VALUES (:w, :j, :p, :n, :t, :e, :d, 'TERBUKA', :o, :c, 0)""")
                .param("w", kodeWilayah)
                .param("j", jenis.name())
                .param("p", pemohon)
                .param("n", k.nama())
                .param("t", k.telepon())
                .param("e", k.email())
                .param("d", Date.valueOf(diterima))
                .param("o", oleh)
                .param("c", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        langkah(id, oleh, "DIBUKA", jenis.name());
        audit.record(AuditAction.BUAT, "privasi.PermintaanSubjek", id, null, null, Map.of("jenis", jenis.name()));
        return id;
    }

    /** Records a step (searched, exported, corrected, anonymised) in the caller's transaction or its own. */
    @Transactional
    public void langkah(long id, String oleh, String aksi, String rincian) {
        jdbc.sql("""
                        INSERT INTO permintaan_subjek_langkah (permintaan_id, waktu, oleh, aksi, rincian)
                        VALUES (:p, :w, :o, :a, :r)""")
                .param("p", id)
                .param("w", Timestamp.from(Instant.now(clock)))
                .param("o", oleh)
                .param("a", aksi)
                .param("r", rincian == null || rincian.length() <= 1000 ? rincian : rincian.substring(0, 1000))
                .update();
    }

    /** Closes a request with its outcome, at the version the page showed (409 when it changed meanwhile). */
    @Transactional
    public void tutup(long id, int versi, boolean dipenuhi, String hasil, String oleh) {
        String status = dipenuhi ? "SELESAI" : "DITOLAK";
        int n = jdbc.sql("""
                        UPDATE permintaan_subjek SET status = :s, hasil = :h, selesai = :w, versi = versi + 1
                        WHERE id = :id AND versi = :v AND status = 'TERBUKA'""")
                .param("s", status)
                .param("h", hasil)
                .param("w", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .param("v", versi)
                .update();
        if (n == 0) {
            throw new ConflictException("subjek.sudahBerubah");
        }
        langkah(id, oleh, status, hasil);
        audit.record(AuditAction.UBAH, "privasi.PermintaanSubjek", id, null, null, Map.of("status", status));
    }

    public Permintaan satu(long id) {
        return jdbc.sql("SELECT * FROM permintaan_subjek WHERE id = :id")
                .param("id", id)
                .query(PermintaanSubjek::baca)
                .optional()
                .orElseThrow(() -> new NotFoundException("subjek.tidakAda"));
    }

    public List<Langkah> langkah(long id) {
        return jdbc.sql(
                        "SELECT waktu, oleh, aksi, rincian FROM permintaan_subjek_langkah WHERE permintaan_id = :p ORDER BY id")
                .param("p", id)
                .query((rs, n) -> new Langkah(
                        rs.getTimestamp("waktu").toInstant(),
                        rs.getString("oleh"),
                        rs.getString("aksi"),
                        rs.getString("rincian")))
                .list();
    }

    /** Requests inside a region filter over {@code kode_wilayah}, newest first. */
    public PageResult<Permintaan> daftar(String wilayahSql, Map<String, Object> params, PageQuery page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM permintaan_subjek WHERE " + wilayahSql)
                .params(params)
                .query(Long.class)
                .single();
        List<Permintaan> rows = jdbc.sql("SELECT * FROM permintaan_subjek WHERE " + wilayahSql
                        + " ORDER BY diterima DESC, id DESC OFFSET " + page.offset() + " ROWS FETCH NEXT "
                        + page.ukuran()
                        + " ROWS ONLY")
                .params(params)
                .query(PermintaanSubjek::baca)
                .list();
        return PageResult.of(rows, page, total);
    }

    private static Permintaan baca(ResultSet rs, int n) throws SQLException {
        Timestamp selesai = rs.getTimestamp("selesai");
        return new Permintaan(
                rs.getLong("id"),
                rs.getString("kode_wilayah"),
                Jenis.valueOf(rs.getString("jenis")),
                rs.getString("pemohon"),
                new SubjekData.Kriteria(
                        rs.getString("cari_nama"), rs.getString("cari_telepon"), rs.getString("cari_email")),
                rs.getDate("diterima").toLocalDate(),
                rs.getString("status"),
                rs.getString("hasil"),
                selesai == null ? null : selesai.toInstant(),
                rs.getString("dicatat_oleh"),
                rs.getTimestamp("dicatat").toInstant(),
                rs.getInt("versi"));
    }
}
