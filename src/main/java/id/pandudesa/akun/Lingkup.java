package id.pandudesa.akun;

import id.pandudesa.platform.NotFoundException;
import id.pandudesa.wilayah.KodeWilayah;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user's region scope: a set of Kemendagri codes. A record belongs to the code of its desa and
 * is visible when one of the scope's codes is a prefix of it. {@value #NASIONAL} stands for the
 * whole country. This is the whole data authorisation model: every module's queries use {@link
 * #sql} and every single-record check uses {@link #mencakup}.
 */
public record Lingkup(Set<String> kode) {

    public static final String NASIONAL = "nasional";

    public Lingkup {
        kode = Set.copyOf(new TreeSet<>(kode));
    }

    public static Lingkup of(Collection<String> kode) {
        return new Lingkup(Set.copyOf(kode));
    }

    public static Lingkup nasional() {
        return new Lingkup(Set.of(NASIONAL));
    }

    public boolean isNasional() {
        return kode.contains(NASIONAL);
    }

    public boolean isKosong() {
        return kode.isEmpty();
    }

    /** Whether a record of this region (a desa code, or any region code) lies inside the scope. */
    public boolean mencakup(String kodeWilayah) {
        if (kodeWilayah == null) {
            return false;
        }
        if (isNasional()) {
            return true;
        }
        for (String k : kode) {
            if (kodeWilayah.startsWith(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a region (a desa, or any level above) shares at least one village with this scope. */
    public boolean bersinggungan(String kodeWilayah) {
        if (kodeWilayah == null || kodeWilayah.isEmpty()) {
            return false;
        }
        return mencakup(kodeWilayah) || kode.stream().anyMatch(k -> k.startsWith(kodeWilayah));
    }

    /**
     * A list's region filter ({@code ?desa=}, dots allowed) as a code without dots, when it shares
     * villages with this scope; otherwise 404, as for any record outside the scope — an empty list
     * would confirm that the filter was understood and the region exists.
     */
    public String saringan(String kodeWilayah) {
        String code = KodeWilayah.normalisasi(kodeWilayah);
        if (!bersinggungan(code)) {
            throw new NotFoundException("akun.wilayahDiLuarLingkup", code);
        }
        return code;
    }

    /** Whether every region of the other scope lies inside this one. */
    public boolean mencakupSemua(Lingkup other) {
        if (isNasional()) {
            return true;
        }
        if (other.isNasional()) {
            return false;
        }
        return other.kode.stream().allMatch(this::mencakup);
    }

    /** The prefixes as plain strings; the whole country is the empty prefix. */
    public List<String> prefiks() {
        return isNasional() ? List.of("") : List.copyOf(new TreeSet<>(kode));
    }

    /**
     * The SQL condition that keeps rows whose {@code column} (a region code) lies inside this
     * scope, with its named parameters. Each shorter code is a range {@code [code, code + "A")},
     * which any B-tree index on the column serves, on H2 and on PostgreSQL alike, also in generic
     * plans; desa codes are one {@code IN} list.
     *
     * @param paramPrefix makes the parameter names unique when a query uses several filters
     */
    public SqlFilter sql(String column, String paramPrefix) {
        if (isNasional()) {
            return new SqlFilter("1 = 1", Map.of());
        }
        KodeWilayah.SqlRentang range = KodeWilayah.rentang(kode, column, paramPrefix);
        return new SqlFilter(range.sql(), range.params());
    }

    public SqlFilter sql(String column) {
        return sql(column, "lingkup");
    }

    /** A WHERE-clause fragment with its named parameters, for {@code JdbcClient}. */
    public record SqlFilter(String sql, Map<String, Object> params) {}
}
