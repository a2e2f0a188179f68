// The facilitator cycle's supervision reads at national size against raw SQL (docs/benchmarks.md):
//   java -cp <postgresql.jar> bench/SiklusRatio.java <base-url> <jdbc-url> <token> <runs> <scenario>...
// Scenarios: kabupaten:<kode>:<bulan> (GET /api/v1/pendampingan/laporan-kabupaten/{kode}/{bulan}) and
// peringkat:<wilayah>:<triwulan> (GET /api/v1/evaluasi/peringkat, first page of 50 and the
// distribution). Each against the median of the same figures from hand-written statements on one
// JDBC connection, planned and prepared, after a warm-up (up to 60 s or 5,000 rounds), timed in
// alternating blocks of up to 25 calls per side, as bench/DasborRatio.java does for the dashboards
// (whose timing and reading it uses: JDK 22+ compiles the sibling source file along).
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

public class SiklusRatio {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[2];
        int runs = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf("%-28s %9s %11s %7s %12s %7s %6s %6s%n", "scenario", "api ms", "sql ms", "ratio",
                "prepared ms", "ratio", "timed", "warm");
        try (Connection db = DriverManager.getConnection(args[1], "postgres", "")) {
            for (int a = 4; a < args.length; a++) {
                String[] s = args[a].split(":");
                String path;
                List<String> sql;
                if (s[0].equals("kabupaten")) {
                    path = "/api/v1/pendampingan/laporan-kabupaten/" + s[1] + "/" + s[2];
                    sql = kabupaten(s[1], YearMonth.parse(s[2]));
                } else {
                    path = "/api/v1/evaluasi/peringkat?triwulan=" + s[2] + "&wilayah=" + s[1];
                    sql = peringkat(s[1], s[2]);
                }
                List<Long> api = new ArrayList<>();
                List<Long> raw = new ArrayList<>();
                List<Long> prepared = new ArrayList<>();
                int warm = 0;
                long warmUntil = System.nanoTime() + 60_000_000_000L;
                while (warm < 1 || (warm < 5_000 && System.nanoTime() < warmUntil)) {
                    api(http, base + path, token);
                    DasborRatio.raw(db, sql, false);
                    DasborRatio.raw(db, sql, true);
                    warm++;
                }
                long timedUntil = System.nanoTime() + 150_000_000_000L;
                while (api.size() < runs && (api.size() < 3 || System.nanoTime() < timedUntil)) {
                    int block = Math.min(warm < 100 ? 3 : 25, runs - api.size());
                    for (int i = 0; i < block; i++) {
                        api.add(api(http, base + path, token));
                    }
                    for (int i = 0; i < block; i++) {
                        raw.add(DasborRatio.raw(db, sql, false));
                    }
                    for (int i = 0; i < block; i++) {
                        prepared.add(DasborRatio.raw(db, sql, true));
                    }
                }
                double a1 = DasborRatio.median(api);
                double s1 = DasborRatio.median(raw);
                double p1 = DasborRatio.median(prepared);
                System.out.printf("%-28s %9.1f %11.1f %7.2f %12.1f %7.2f %6d %6d%n", args[a], a1, s1, a1 / s1, p1,
                        a1 / p1, api.size(), warm);
            }
        }
    }

    /** The compilation's figures: the month's log per kecamatan, the reports, the kecamatan and their desa. */
    static List<String> kabupaten(String kab, YearMonth month) {
        String range = "'" + kab + "' AND '" + kab + "A'";
        String from = "'" + month.atDay(1) + "'";
        String to = "'" + month.atEndOfMonth() + "'";
        return List.of(
                "SELECT SUBSTRING(kode_desa, 1, 6), COUNT(*), COUNT(DISTINCT kode_desa), COALESCE(SUM(menit_kerja), 0)"
                        + " FROM kegiatan_pendampingan WHERE kode_desa >= '" + kab + "' AND kode_desa < '" + kab
                        + "A' AND status = 'FINAL' AND tanggal >= " + from + " AND tanggal <= " + to
                        + " GROUP BY SUBSTRING(kode_desa, 1, 6)",
                "SELECT kode_kecamatan, status, diketahui_oleh, diterima_oleh FROM laporan_kecamatan WHERE bulan = '"
                        + month + "' AND kode_kecamatan BETWEEN " + range,
                "SELECT SUBSTRING(kode_wilayah, 1, 6), COUNT(*) FROM laporan_bulanan WHERE bulan = '" + month
                        + "' AND kode_wilayah BETWEEN " + range + " AND status IN ('DIAJUKAN', 'DISETUJUI')"
                        + " GROUP BY SUBSTRING(kode_wilayah, 1, 6)",
                "SELECT k.kode, k.nama, (SELECT COUNT(*) FROM wilayah d WHERE d.induk = k.kode AND d.jenis <> 'KELURAHAN')"
                        + " FROM wilayah k WHERE k.induk = '" + kab + "' ORDER BY k.kode");
    }

    /** The ranking's figures: the count, the first page with names, the distribution. */
    static List<String> peringkat(String region, String quarter) {
        String where = " FROM evaluasi_kinerja WHERE triwulan = '" + quarter + "' AND kode_wilayah >= '" + region
                + "' AND kode_wilayah < '" + region + "A'";
        return List.of(
                "SELECT COUNT(*)" + where,
                "SELECT e.username, e.peran, e.kode_wilayah, e.nilai_akhir, p.nama FROM (SELECT username, peran,"
                        + " kode_wilayah, nilai_akhir" + where + " ORDER BY nilai_akhir DESC NULLS LAST, username"
                        + " LIMIT 50) e LEFT JOIN pengguna p ON p.username = e.username",
                "SELECT CASE WHEN nilai_akhir IS NULL THEN 'BELUM' WHEN nilai_akhir >= 90 THEN '90-100'"
                        + " WHEN nilai_akhir >= 80 THEN '80-89' WHEN nilai_akhir >= 70 THEN '70-79'"
                        + " WHEN nilai_akhir >= 60 THEN '60-69' ELSE '0-59' END, COUNT(*)" + where + " GROUP BY 1");
    }

    static long api(HttpClient http, String url, String token) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return t1 - t0;
    }
}
