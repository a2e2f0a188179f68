// Every dashboard level against the raw SQL aggregate, measured in one run (docs/benchmarks.md).
//   java -cp <postgresql.jar> bench/DasborRatio.java <base-url> <jdbc-url> <token> <year> <runs> <code>...
// For each region code ("nasional" for the country): the median of <runs> calls of
// GET /api/v1/dasbor/{code}?tahun=<year> (HTTP, authentication, scope check, every module's grouped
// query, the region lookups and the JSON), against the median of <runs> executions, on one JDBC
// connection, of hand-written aggregates that give the same headline figures straight from the
// tables (one statement per module, grouped by child region). Calls alternate, after a warm-up of
// both (up to 20 s or 500 pairs per region).
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
                // JIT only after some thousand calls): pairs for up to 20 s or 500 pairs, at least 2.
                int warm = 0;
                long warmUntil = System.nanoTime() + 20_000_000_000L;
                while (warm < 2 || (warm < 500 && System.nanoTime() < warmUntil)) {
                    pair(http, base, token, code, year, db, sql);
                    warm++;
                }
                for (int i = 0; i < runs; i++) {
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
                    for (String s : sql) {
                        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(s)) {
                            while (rs.next()) {
                                rs.getString(1);
                            }
                        }
                    }
                    long t2 = System.nanoTime();
                    api.add(t1 - t0);
                    raw.add(t2 - t1);
                }
                double a1 = median(api);
                double s1 = median(raw);
                System.out.printf(
                        "%-12s %-10s %10.1f %10.1f %7.2f %6d%n", code, level(prefix.length()), a1, s1, a1 / s1, warm);
            }
        }
    }

    /** One API call and the raw statements, untimed (warm-up). */
    static void pair(HttpClient http, String base, String token, String code, int year, Connection db, List<String> sql)
            throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/dasbor/" + code + "?tahun=" + year))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(code + ": HTTP " + r.statusCode() + " " + r.body());
        }
        for (String s : sql) {
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery(s)) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
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
