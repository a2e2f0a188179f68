package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.wilayah.Wilayah;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village's potential (seed 004's first step): natural resources (SDA), human resources (SDM),
 * products and assets, each with an optional size and place; a kecamatan view counts them per
 * village in the database.
 */
@Service
public class PotensiService {

    enum Jenis {
        SDA,
        SDM,
        PRODUK,
        ASET
    }

    record Potensi(
            long id,
            Jenis jenis,
            String nama,
            String uraian,
            BigDecimal besaran,
            String satuan,
            BigDecimal lintang,
            BigDecimal bujur) {}

    /** One village of a region: how many potentials of each kind it recorded. */
    record Ringkas(String kodeDesa, Map<Jenis, Long> jumlah) {
        public long total() {
            return jumlah.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    public PotensiService(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Potensi> daftar(String kodeDesa) {
        return jdbc.sql(
                        "SELECT id, jenis, nama, uraian, besaran, satuan, lintang, bujur FROM potensi_desa WHERE kode_desa = :d"
                                + " ORDER BY jenis, nama")
                .param("d", kodeDesa)
                .query((rs, n) -> new Potensi(
                        rs.getLong("id"),
                        Jenis.valueOf(rs.getString("jenis")),
                        rs.getString("nama"),
                        rs.getString("uraian"),
                        rs.getBigDecimal("besaran"),
                        rs.getString("satuan"),
                        rs.getBigDecimal("lintang"),
                        rs.getBigDecimal("bujur")))
                .list();
    }

    @Transactional
    public void catat(
            Wilayah desa,
            String jenis,
            String nama,
            String uraian,
            BigDecimal besaran,
            String satuan,
            BigDecimal lintang,
            BigDecimal bujur,
            PenggunaSaatIni me) {
        if (!BumdesService.PENCATAT.contains(me.peran()) || !me.mencakup(desa.kode())) {
            throw new ForbiddenException("ekonomi.bukanPencatat");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Jenis j = Teks.pilihan(Jenis.class, jenis);
        if (j == null) {
            problems.add(FieldProblem.of("jenis", "ekonomi.jenisPotensiTidakSah"));
        }
        String n = Teks.baris(nama);
        if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("nama", "ekonomi.namaWajib"));
        }
        String u = Teks.baris(uraian);
        if (u != null && u.length() > 2000) {
            problems.add(FieldProblem.of("uraian", "ekonomi.terlaluPanjang", 2000));
        }
        String s = Teks.baris(satuan);
        if (besaran != null && (besaran.signum() < 0 || s == null || s.length() > 30)) {
            problems.add(FieldProblem.of("besaran", "ekonomi.besaranTidakSah"));
        }
        if ((lintang == null) != (bujur == null)
                || (lintang != null
                        && (lintang.abs().compareTo(BigDecimal.valueOf(90)) > 0
                                || bujur.abs().compareTo(BigDecimal.valueOf(180)) > 0))) {
            problems.add(FieldProblem.of("lintang", "ekonomi.lokasiTidakSah"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO potensi_desa (kode_desa, jenis, nama, uraian, besaran, satuan, lintang, bujur, dicatat_oleh, dibuat)"
                                + " VALUES (:d, :j, :n, :u, :b, :s, :la, :lo, :o, :t)")
                .param("d", desa.kode())
                .param("j", j.name())
                .param("n", n)
                .param("u", u)
                .param("b", besaran)
                .param("s", besaran == null ? null : s)
                .param("la", lintang)
                .param("lo", bujur)
                .param("o", me.username())
                .param("t", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        audit.record(
                AuditAction.BUAT, "ekonomi.Potensi", keys.getKey().longValue(), desa.kode(), null, Map.of("nama", n));
    }

    /** For a page of the region's villages: the count of each kind of potential, aggregated in the database. */
    @Transactional(readOnly = true)
    public List<Ringkas> ringkas(PageResult<Wilayah> desa) {
        List<String> codes = desa.isi().stream().map(Wilayah::kode).toList();
        Map<String, Map<Jenis, Long>> counts = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql(
                            "SELECT kode_desa, jenis, COUNT(*) FROM potensi_desa WHERE kode_desa IN (:d) GROUP BY kode_desa, jenis")
                    .param("d", codes)
                    .query((rs, n) -> counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Jenis.class))
                            .put(Jenis.valueOf(rs.getString(2)), rs.getLong(3)))
                    .list();
        }
        List<Ringkas> out = new ArrayList<>();
        for (String c : codes) {
            Map<Jenis, Long> m = new EnumMap<>(Jenis.class);
            for (Jenis j : Jenis.values()) {
                m.put(j, counts.getOrDefault(c, Map.of()).getOrDefault(j, 0L));
            }
            out.add(new Ringkas(c, m));
        }
        return out;
    }
}
