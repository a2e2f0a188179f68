package id.pandudesa.wilayah.internal;

import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.wilayah.JenisWilayah;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.RingkasanWilayah;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Tingkat;
import id.pandudesa.wilayah.Wilayah;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the region tree. Subtrees are code ranges, {@code [prefix, prefix + "A")}, so they use the primary key. */
@Repository
public class WilayahRepository {

    private static final String COLUMNS = "kode, nama, tingkat, jenis, induk";

    private final JdbcClient jdbc;

    WilayahRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Wilayah> findByKode(String kode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wilayah WHERE kode = :kode")
                .param("kode", kode)
                .query(WilayahRepository::map)
                .optional();
    }

    public Map<String, Wilayah> findAll(Collection<String> codes) {
        Map<String, Wilayah> found = new LinkedHashMap<>();
        List<String> list = codes.stream().distinct().toList();
        for (int from = 0; from < list.size(); from += 500) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
            jdbc.sql("SELECT " + COLUMNS + " FROM wilayah WHERE kode IN (:codes) ORDER BY kode")
                    .param("codes", chunk)
                    .query(WilayahRepository::map)
                    .list()
                    .forEach(w -> found.put(w.kode(), w));
        }
        return found;
    }

    public PageResult<Wilayah> children(String kode, PageQuery page) {
        String where = kode == null ? "induk IS NULL" : "induk = :induk";
        JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*) FROM wilayah WHERE " + where);
        JdbcClient.StatementSpec rows = jdbc.sql(
                "SELECT " + COLUMNS + " FROM wilayah WHERE " + where + " ORDER BY kode LIMIT :limit OFFSET :offset");
        if (kode != null) {
            count = count.param("induk", kode);
            rows = rows.param("induk", kode);
        }
        long total = count.query(Long.class).single();
        List<Wilayah> list = rows.param("limit", page.ukuran())
                .param("offset", page.offset())
                .query(WilayahRepository::map)
                .list();
        return PageResult.of(list, page, total);
    }

    /** Name contains the text (any case), or the code starts with it when it is a code. */
    public PageResult<Wilayah> search(String text, PageQuery page) {
        String q = text == null ? "" : text.trim();
        String code = KodeWilayah.normalisasi(q);
        boolean byCode = !code.isEmpty() && code.chars().allMatch(Character::isDigit);
        String where = byCode ? "kode >= :dari AND kode < :sampai" : "nama_cari LIKE :pola";
        Map<String, Object> params = new HashMap<>();
        if (byCode) {
            params.put("dari", code);
            params.put("sampai", code + "A");
        } else {
            params.put("pola", "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM wilayah WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Wilayah> list = jdbc.sql("SELECT " + COLUMNS + " FROM wilayah WHERE " + where
                        + " ORDER BY LENGTH(kode), nama_cari, kode LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.ukuran())
                .param("offset", page.offset())
                .query(WilayahRepository::map)
                .list();
        return PageResult.of(list, page, total);
    }

    public RingkasanWilayah summary() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT jenis, COUNT(*) AS n FROM wilayah GROUP BY jenis").query((ResultSet rs) -> {
            counts.put(rs.getString("jenis"), rs.getLong("n"));
        });
        long n = 0;
        for (JenisWilayah j : List.of(JenisWilayah.DESA, JenisWilayah.DESA_ADAT, JenisWilayah.KELURAHAN)) {
            n += counts.getOrDefault(j.name(), 0L);
        }
        return new RingkasanWilayah(
                counts.getOrDefault("PROVINSI", 0L),
                counts.getOrDefault("KABUPATEN", 0L) + counts.getOrDefault("KOTA", 0L),
                counts.getOrDefault("KECAMATAN", 0L),
                n,
                counts.getOrDefault("KELURAHAN", 0L));
    }

    /**
     * For each child of a region (or each provinsi when {@code kode} is null): how many kecamatan,
     * desa and kelurahan lie under it. One grouped query over the subtree's code range.
     */
    public Map<String, JumlahAnak> childCounts(String kode) {
        Tingkat childLevel =
                kode == null ? Tingkat.PROVINSI : Tingkat.dariKode(kode).anak();
        Map<String, JumlahAnak> out = new HashMap<>();
        if (childLevel == null) {
            return out;
        }
        int len = childLevel.panjangKode();
        String range = kode == null ? "" : " AND kode >= :dari AND kode < :sampai";
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT SUBSTRING(kode, 1, " + len + ") AS anak,"
                + " SUM(CASE WHEN tingkat = 'KECAMATAN' THEN 1 ELSE 0 END) AS kec,"
                + " SUM(CASE WHEN jenis IN ('DESA', 'DESA_ADAT') THEN 1 ELSE 0 END) AS desa,"
                + " SUM(CASE WHEN jenis = 'KELURAHAN' THEN 1 ELSE 0 END) AS kel"
                + " FROM wilayah WHERE tingkat IN ('KECAMATAN', 'DESA') AND LENGTH(kode) > " + len + range
                + " GROUP BY SUBSTRING(kode, 1, " + len + ")");
        if (kode != null) {
            spec = spec.param("dari", kode).param("sampai", kode + "A");
        }
        spec.query((ResultSet rs) -> {
            out.put(rs.getString("anak"), new JumlahAnak(rs.getLong("kec"), rs.getLong("desa"), rs.getLong("kel")));
        });
        return out;
    }

    static final String KOLOM_SEBUTAN = "desa, kepala_desa, rpjm, rkp, apb, bum, bpd, sekretaris, musyawarah, perdes";

    static SebutanDesa sebutan(ResultSet rs) throws java.sql.SQLException {
        return new SebutanDesa(
                rs.getString("desa"),
                rs.getString("kepala_desa"),
                rs.getString("rpjm"),
                rs.getString("rkp"),
                rs.getString("apb"),
                rs.getString("bum"),
                rs.getString("bpd"),
                rs.getString("sekretaris"),
                rs.getString("musyawarah"),
                rs.getString("perdes"));
    }

    public Map<String, SebutanDesa> semuaSebutan() {
        Map<String, SebutanDesa> out = new java.util.TreeMap<>();
        jdbc.sql("SELECT kode, " + KOLOM_SEBUTAN + " FROM wilayah_sebutan ORDER BY kode")
                .query((ResultSet rs) -> {
                    out.put(rs.getString("kode"), sebutan(rs));
                });
        return out;
    }

    public void simpanSebutan(String kode, SebutanDesa s, String oleh) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("kode", kode);
        p.put("desa", s.desa());
        p.put("kepala", s.kepalaDesa());
        p.put("rpjm", s.rpjm());
        p.put("rkp", s.rkp());
        p.put("apb", s.apb());
        p.put("bum", s.bum());
        p.put("bpd", s.bpd());
        p.put("sekretaris", s.sekretaris());
        p.put("musyawarah", s.musyawarah());
        p.put("perdes", s.perdes());
        p.put("oleh", oleh);
        p.put("waktu", java.sql.Timestamp.from(java.time.Instant.now()));
        int updated = jdbc.sql("UPDATE wilayah_sebutan SET desa = :desa, kepala_desa = :kepala, rpjm = :rpjm,"
                        + " rkp = :rkp, apb = :apb, bum = :bum, bpd = :bpd, sekretaris = :sekretaris,"
                        + " musyawarah = :musyawarah, perdes = :perdes, diubah = :waktu, diubah_oleh = :oleh"
                        + " WHERE kode = :kode")
                .params(p)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO wilayah_sebutan (kode, desa, kepala_desa, rpjm, rkp, apb, bum, bpd, sekretaris,"
                            + " musyawarah, perdes, diubah, diubah_oleh) VALUES (:kode, :desa, :kepala, :rpjm, :rkp,"
                            + " :apb, :bum, :bpd, :sekretaris, :musyawarah, :perdes, :waktu, :oleh)")
                    .params(p)
                    .update();
        }
    }

    public SebutanDesa sebutan(String kode) {
        List<String> candidates = new ArrayList<>();
        if (kode.length() >= 4) {
            candidates.add(kode.substring(0, 4));
        }
        candidates.add(kode.substring(0, 2));
        return jdbc
                .sql("SELECT " + KOLOM_SEBUTAN
                        + " FROM wilayah_sebutan WHERE kode IN (:codes) ORDER BY LENGTH(kode) DESC")
                .param("codes", candidates)
                .query((rs, n) -> sebutan(rs))
                .list()
                .stream()
                .findFirst()
                .orElse(SebutanDesa.DESA);
    }

    public PageResult<Wilayah> villagesUnder(Collection<String> prefixes, PageQuery page) {
        if (prefixes.isEmpty()) {
            return PageResult.of(List.of(), page, 0);
        }
        StringBuilder where = new StringBuilder("tingkat = 'DESA' AND (");
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (String prefix : prefixes) {
            if (i > 0) {
                where.append(" OR ");
            }
            if (prefix.isEmpty()) {
                where.append("1 = 1");
            } else {
                where.append("(kode >= :d")
                        .append(i)
                        .append(" AND kode < :s")
                        .append(i)
                        .append(')');
                params.put("d" + i, prefix);
                params.put("s" + i, prefix + "A");
            }
            i++;
        }
        where.append(')');
        long total = jdbc.sql("SELECT COUNT(*) FROM wilayah WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Wilayah> list = jdbc.sql("SELECT " + COLUMNS + " FROM wilayah WHERE " + where
                        + " ORDER BY kode LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.ukuran())
                .param("offset", page.offset())
                .query(WilayahRepository::map)
                .list();
        return PageResult.of(list, page, total);
    }

    /**
     * How many desa (desa and desa adat, not kelurahan) lie under the given prefixes ({@code ""} the
     * whole country), counted per prefix of {@code length} characters of their code.
     */
    public Map<String, Long> villageCounts(Collection<String> prefixes, int length) {
        // the same code ranges as every scope filter (an empty prefix: the whole country)
        KodeWilayah.SqlRentang range = KodeWilayah.rentang(prefixes.isEmpty() ? List.of("") : prefixes, "kode", "v");
        String where = "tingkat = 'DESA' AND jenis IN ('DESA', 'DESA_ADAT') AND " + range.sql();
        Map<String, Object> params = range.params();
        Map<String, Long> out = new java.util.TreeMap<>();
        // One total needs no grouping (PostgreSQL refuses GROUP BY a constant).
        String sql = length == 0
                ? "SELECT '', COUNT(*) FROM wilayah WHERE " + where
                : "SELECT SUBSTRING(kode, 1, " + length + "), COUNT(*) FROM wilayah WHERE " + where
                        + " GROUP BY SUBSTRING(kode, 1, " + length + ")";
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }

    public void villageCodes(int batchSize, java.util.function.Consumer<List<String>> consumer) {
        List<String> batch = new ArrayList<>(batchSize);
        jdbc.sql("SELECT kode FROM wilayah WHERE tingkat = 'DESA' AND jenis IN ('DESA', 'DESA_ADAT') ORDER BY kode")
                .query((ResultSet rs) -> {
                    batch.add(rs.getString(1));
                    if (batch.size() == batchSize) {
                        consumer.accept(List.copyOf(batch));
                        batch.clear();
                    }
                });
        if (!batch.isEmpty()) {
            consumer.accept(List.copyOf(batch));
        }
    }

    static Wilayah map(ResultSet rs, int row) throws SQLException {
        return new Wilayah(
                rs.getString("kode"),
                rs.getString("nama"),
                Tingkat.valueOf(rs.getString("tingkat")),
                JenisWilayah.valueOf(rs.getString("jenis")),
                rs.getString("induk"));
    }

    /** Counts under one child region. */
    public record JumlahAnak(long kecamatan, long desa, long kelurahan) {}
}
