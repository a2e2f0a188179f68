package id.pandudesa.wilayah;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Kemendagri region codes: normalising, formatting and walking up the tree. */
public final class KodeWilayah {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private KodeWilayah() {}

    /** Removes dots and spaces: {@code "35.17.08.2007"} → {@code "3517082007"}. */
    public static String normalisasi(String kode) {
        return kode == null ? "" : kode.replace(".", "").replace(" ", "").trim();
    }

    /** Whether a code (without dots) has the shape of a region code of some level. */
    public static boolean formatValid(String kode) {
        return kode != null && DIGITS.matcher(kode).matches() && Tingkat.dariKode(kode) != null;
    }

    public static String bertitik(String kode) {
        if (kode == null || kode.length() < 2) {
            return kode;
        }
        StringBuilder out = new StringBuilder(kode.substring(0, 2));
        if (kode.length() >= 4) {
            out.append('.').append(kode, 2, 4);
        }
        if (kode.length() >= 6) {
            out.append('.').append(kode, 4, 6);
        }
        if (kode.length() > 6) {
            out.append('.').append(kode.substring(6));
        }
        return out.toString();
    }

    /** The codes of a region's ancestors and itself, from provinsi down. */
    public static List<String> garisInduk(String kode) {
        List<String> codes = new ArrayList<>();
        for (Tingkat t : Tingkat.values()) {
            if (kode.length() >= t.panjangKode()) {
                codes.add(kode.substring(0, t.panjangKode()));
            }
        }
        return codes;
    }

    public static String induk(String kode) {
        Tingkat tingkat = Tingkat.dariKode(kode);
        if (tingkat == null || tingkat == Tingkat.PROVINSI) {
            return null;
        }
        return kode.substring(0, Tingkat.values()[tingkat.ordinal() - 1].panjangKode());
    }

    /**
     * The SQL condition that keeps rows whose {@code column} (a region code) lies under one of the
     * given codes, with its named parameters: a full desa code is an {@code IN} list, each shorter
     * code a range {@code [code, code + "A")}, which any B-tree index on the column serves, on H2 and
     * PostgreSQL alike, also in generic plans. No codes: nothing matches. An empty code: everything.
     *
     * @param paramPrefix makes the parameter names unique when a query uses several conditions
     */
    public static SqlRentang rentang(java.util.Collection<String> kode, String column, String paramPrefix) {
        if (kode.contains("")) {
            return new SqlRentang("1 = 1", java.util.Map.of());
        }
        if (kode.isEmpty()) {
            return new SqlRentang("1 = 0", java.util.Map.of());
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        java.util.SortedSet<String> sorted = new java.util.TreeSet<>(kode);
        // A desa code is the longest code there is: its prefix rule is equality, which the database
        // estimates well and answers from an index alone.
        java.util.List<String> desa =
                sorted.stream().filter(k -> k.length() >= 10).toList();
        if (!desa.isEmpty()) {
            parts.add(column + " IN (:" + paramPrefix + "_e)");
            params.put(paramPrefix + "_e", desa);
        }
        int i = 0;
        for (String k : sorted) {
            if (k.length() >= 10) {
                continue;
            }
            String from = paramPrefix + "_d" + i;
            String to = paramPrefix + "_s" + i;
            parts.add("(" + column + " >= :" + from + " AND " + column + " < :" + to + ")");
            params.put(from, k);
            params.put(to, k + "A");
            i++;
        }
        return new SqlRentang("(" + String.join(" OR ", parts) + ")", params);
    }

    /** A WHERE-clause fragment with its named parameters, for {@code JdbcClient}. */
    public record SqlRentang(String sql, java.util.Map<String, Object> params) {}
}
