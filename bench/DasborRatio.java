// Every dashboard level against the raw SQL aggregate, measured in one run (docs/benchmarks.md).
//   java -cp <postgresql.jar> bench/DasborRatio.java <base-url> <jdbc-url> <token> <year> <runs> <code>...
// For each region code ("nasional" for the country): the median of <runs> calls of
// GET /api/v1/dasbor/{code}?tahun=<year> (HTTP, authentication, scope check, every module's grouped
// query, the region lookups and the JSON), against the median of <runs> executions, on one JDBC
// connection, of hand-written aggregates that give the same headline figures straight from the
// tables (one statement per module, grouped by child region). After a warm-up of both (alternating,
// up to 60 s or 5,000 pairs per region), the timed calls run in alternating blocks of up to 25
// (-Dblock=N) per side.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class DasborRatio {

    /** Timed calls per side in a row. */
    static final int BLOCK = Integer.getInteger("block", 25);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[2];
        int year = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf(
                "%-12s %-10s %10s %10s %7s %6s%n", "region", "level", "api ms", "sql ms", "ratio", "warm-up");
        try (Connection db = DriverManager.getConnection(args[1], "postgres", "")) {
            for (int a = 5; a < args.length; a++) {
                String code = args[a];
                String prefix = code.equals("nasional") ? "" : code;
                int child = switch (prefix.length()) {
                    case 0 -> 2;
                    case 2 -> 4;
                    case 4 -> 6;
                    default -> 10;
                };
                List<String> sql = raw(prefix, child, year);
                List<Long> api = new ArrayList<>();
                List<Long> raw = new ArrayList<>();
                // Warm both sides first (the app's request path and this client are compiled by the
                // JIT only after some thousand calls): pairs for up to 60 s or 5,000 pairs, at least 2.
                int warm = 0;
                long warmUntil = System.nanoTime() + 60_000_000_000L;
                while (warm < 2 || (warm < 5_000 && System.nanoTime() < warmUntil)) {
                    api(http, base, token, code, year);
                    raw(db, sql);
                    warm++;
                }
                // Then the timed calls in blocks of up to BLOCK per side (API, raw, API, raw, ...):
                // each side runs in a row as it would serve its own traffic, and neither pays for the
                // other having just evicted its code and data from the two cores' caches.
                while (api.size() < runs) {
                    int block = Math.min(BLOCK, runs - api.size());
                    for (int i = 0; i < block; i++) {
                        api.add(api(http, base, token, code, year));
                    }
                    for (int i = 0; i < block; i++) {
                        raw.add(raw(db, sql));
                    }
                }
                double a1 = median(api);
                double s1 = median(raw);
                System.out.printf(
                        "%-12s %-10s %10.1f %10.1f %7.2f %6d%n", code, level(prefix.length()), a1, s1, a1 / s1, warm);
            }
        }
    }

    /** One API call; its time in nanoseconds. */
    static long api(HttpClient http, String base, String token, String code, int year) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/dasbor/" + code + "?tahun=" + year))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        if (r.statusCode() != 200) {
            throw new IllegalStateException(code + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return t1 - t0;
    }

    /** The raw statements, one after the other, every row read; their time in nanoseconds. */
    static long raw(Connection db, List<String> sql) throws Exception {
        long t0 = System.nanoTime();
        for (String s : sql) {
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery(s)) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
        return System.nanoTime() - t0;
    }

    static String level(int length) {
        return switch (length) {
            case 0 -> "nasional";
            case 2 -> "provinsi";
            case 4 -> "kabupaten";
            case 6 -> "kecamatan";
            default -> "desa";
        };
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    /** One aggregate per module, the plainest SQL that gives its headline figures per child region. */
    static List<String> raw(String prefix, int child, int year) {
        String g = "SUBSTRING(kode_desa, 1, " + child + ")";
        // The same index-friendly filter the application uses: equality for a desa, a code range above.
        String w = prefix.isEmpty()
                ? "1 = 1"
                : prefix.length() == 10
                        ? "kode_desa = '" + prefix + "'"
                        : "kode_desa >= '" + prefix + "' AND kode_desa < '" + prefix + "A'";
        String from = "'" + year + "-01-01'";
        String to = "'" + year + "-12-31'";
        return List.of(
                "SELECT " + g + ", COUNT(*), SUM(CASE WHEN metode = 'ASISTENSI' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN metode = 'FASILITASI' THEN 1 ELSE 0 END), SUM(peserta_perempuan)"
                        + " FROM kegiatan_pendampingan WHERE " + w + " AND status = 'FINAL' AND tanggal BETWEEN "
                        + from + " AND " + to + " GROUP BY 1",
                "SELECT " + g + ", COUNT(DISTINCT kode_desa) FROM kegiatan_pendampingan WHERE " + w
                        + " AND status = 'FINAL' AND tanggal BETWEEN " + from + " AND " + to + " GROUP BY 1",
                "SELECT " + g + ", status, COUNT(*) FROM indeks_hasil WHERE " + w + " AND tahun = "
                        + "(SELECT MAX(tahun) FROM indeks_hasil WHERE tahun <= " + year + ") GROUP BY 1, 2",
                "SELECT " + g + ", COUNT(*) FROM musyawarah WHERE " + w + " AND tanggal BETWEEN " + from + " AND " + to
                        + " GROUP BY 1",
                "SELECT SUBSTRING(a.kode_desa, 1, " + child + "), SUM(CASE WHEN b.kode_rekening LIKE '4%' THEN b.anggaran"
                        + " ELSE 0 END), SUM(CASE WHEN b.kode_rekening LIKE '5%' THEN b.anggaran ELSE 0 END) FROM apbdes a"
                        + " JOIN apbdes_baris b ON b.apbdes_id = a.id WHERE " + w.replace("kode_desa", "a.kode_desa")
                        + " AND a.tahun = " + year + " AND a.status = 'DITETAPKAN' GROUP BY 1",
                "SELECT " + g + ", COUNT(*), SUM(anggaran) FROM proyek WHERE " + w + " AND tahun = " + year
                        + " GROUP BY 1",
                "SELECT " + g + ", COUNT(*), SUM(CASE WHEN status = 'SELESAI' THEN 1 ELSE 0 END) FROM pengaduan WHERE "
                        + w + " AND dibuat >= " + from + " AND dibuat < '" + (year + 1) + "-01-01' GROUP BY 1",
                "SELECT " + g + ", COUNT(*) FROM kader WHERE " + w + " AND status = 'AKTIF' GROUP BY 1",
                "SELECT " + g + ", COUNT(*) FROM bumdes WHERE " + w + " GROUP BY 1",
                "SELECT " + g + ", COUNT(*) FROM kerjasama WHERE " + w + " GROUP BY 1");
    }
}
