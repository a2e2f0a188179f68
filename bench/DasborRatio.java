// Every dashboard level against the raw SQL aggregate, measured in one run (docs/benchmarks.md).
//   java -cp <postgresql.jar> bench/DasborRatio.java <base-url> <jdbc-url> <token> <year> <runs> <code>...
// For each region code ("nasional" for the country): the median of <runs> calls of
// GET /api/v1/dasbor/{code}?tahun=<year> (HTTP, authentication, scope check, every module's grouped
// query, the region lookups and the JSON), against the median of <runs> executions, on one JDBC
// connection, of hand-written aggregates that give the same figures straight from the
// tables, in two ways: planned (sent as text, planned on every run, as psql does) and prepared
// (kept prepared on the server, as the application's statements are). The raw set gives every
// figure of the API answer (-Dset=utama: the headline figures of earlier runs). After a warm-up of
// all sides (up to 60 s or 5,000 rounds per region), the timed calls run in alternating blocks of
// up to 25 (-Dblock=N) per side.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class DasborRatio {

    /** Which raw set: {@code lengkap} (every figure of the answer, default) or {@code utama} (headline figures). */
    static final String SET = System.getProperty("set", "lengkap");

    /** Timed calls per side in a row. */
    static final int BLOCK = Integer.getInteger("block", 25);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[2];
        int year = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf(
                "%-12s %-10s %9s %11s %7s %12s %7s %6s %6s%n",
                "region",
                "level",
                "api ms",
                "sql ms",
                "ratio",
                "prepared ms",
                "ratio",
                "timed",
                "warm");
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
                List<String> sql = SET.equals("utama") ? utama(prefix, child, year) : lengkap(prefix, child, year);
                List<Long> api = new ArrayList<>();
                List<Long> raw = new ArrayList<>();
                List<Long> prepared = new ArrayList<>();
                // Warm all sides first (the app's request path and this client are compiled by the
                // JIT only after some thousand calls): rounds for up to 60 s or 5,000 rounds, at least 1.
                int warm = 0;
                long warmUntil = System.nanoTime() + 60_000_000_000L;
                while (warm < 1 || (warm < 5_000 && System.nanoTime() < warmUntil)) {
                    api(http, base, token, code, year);
                    raw(db, sql, false);
                    raw(db, sql, true);
                    warm++;
                }
                // Then the timed calls in blocks of up to BLOCK per side (API, planned, prepared, API,
                // ...): each side runs in a row as it would serve its own traffic, and none pays for
                // another having just evicted its code and data from the two cores' caches. Levels
                // whose calls take seconds stop after 150 s of timing, with at least 3 of each.
                long timedUntil = System.nanoTime() + 150_000_000_000L;
                while (api.size() < runs && (api.size() < 3 || System.nanoTime() < timedUntil)) {
                    // Slow levels (few warm-up rounds in 60 s) time in blocks of 3, so that the time limit holds.
                    int block = Math.min(warm < 100 ? 3 : BLOCK, runs - api.size());
                    for (int i = 0; i < block; i++) {
                        api.add(api(http, base, token, code, year));
                    }
                    for (int i = 0; i < block; i++) {
                        raw.add(raw(db, sql, false));
                    }
                    for (int i = 0; i < block; i++) {
                        prepared.add(raw(db, sql, true));
                    }
                }
                double a1 = median(api);
                double s1 = median(raw);
                double p1 = median(prepared);
                System.out.printf(
                        "%-12s %-10s %9.1f %11.1f %7.2f %12.1f %7.2f %6d %6d%n",
                        code,
                        level(prefix.length()),
                        a1,
                        s1,
                        a1 / s1,
                        p1,
                        a1 / p1,
                        api.size(),
                        warm);
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

    /**
     * The raw statements, one after the other, every row read; their time in nanoseconds. Planned:
     * sent as text and planned on every run, as psql runs them. Prepared: prepared statements, which
     * the driver keeps prepared on the server after a few runs (as the application's are), so only
     * their execution counts.
     */
    static long raw(Connection db, List<String> sql, boolean prepared) throws Exception {
        long t0 = System.nanoTime();
        for (String s : sql) {
            if (prepared) {
                try (PreparedStatement st = db.prepareStatement(s);
                        ResultSet rs = st.executeQuery()) {
                    read(rs);
                }
            } else {
                try (Statement st = db.createStatement();
                        ResultSet rs = st.executeQuery(s)) {
                    read(rs);
                }
            }
        }
        return System.nanoTime() - t0;
    }

    static void read(ResultSet rs) throws Exception {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
                rs.getString(c);
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

    /**
     * Every figure the API answer has, per child region, in plain grouped statements written by hand
     * (grouping by status or kind where the application writes one conditional sum per value).
     */
    static List<String> lengkap(String prefix, int child, int year) {
        String g = "SUBSTRING(kode_desa, 1, " + child + ")";
        String w = where(prefix, "kode_desa");
        String from = "'" + year + "-01-01'";
        String to = "'" + year + "-12-31'";
        String wibFrom = "TIMESTAMP WITH TIME ZONE '" + year + "-01-01 00:00:00+07'";
        String wibTo = "TIMESTAMP WITH TIME ZONE '" + (year + 1) + "-01-01 00:00:00+07'";
        return List.of(
                // pendampingan: entries, participants and located entries by method and scope; visited desa
                "SELECT " + g + ", metode, ruang_lingkup, COUNT(*), SUM(peserta_laki), SUM(peserta_perempuan),"
                        + " COUNT(lintang), SUM(lintang), SUM(bujur) FROM kegiatan_pendampingan WHERE " + w
                        + " AND status = 'FINAL' AND tanggal BETWEEN " + from + " AND " + to + " GROUP BY 1, 2, 3",
                "SELECT " + g + ", COUNT(DISTINCT kode_desa) FROM kegiatan_pendampingan WHERE " + w
                        + " AND status = 'FINAL' AND tanggal BETWEEN " + from + " AND " + to + " GROUP BY 1",
                // idm: the latest year with results, status now and a year before, mean score
                "SELECT SUBSTRING(h.kode_desa, 1, " + child + "), h.status, l.status, COUNT(*), SUM(h.idm)"
                        + " FROM indeks_hasil h LEFT JOIN indeks_hasil l ON l.kode_desa = h.kode_desa"
                        + " AND l.tahun = h.tahun - 1 WHERE " + where(prefix, "h.kode_desa") + " AND h.tahun ="
                        + " (SELECT MAX(tahun) FROM indeks_hasil WHERE " + w + " AND tahun <= " + year + ")"
                        + " GROUP BY 1, 2, 3",
                // musyawarah: meetings by status and kind; attendance of those held
                "SELECT " + g + ", status, jenis, COUNT(*) FROM musyawarah WHERE " + w + " AND tanggal BETWEEN "
                        + from + " AND " + to + " GROUP BY 1, 2, 3",
                "SELECT SUBSTRING(m.kode_desa, 1, " + child + "), SUM(h.laki + h.perempuan), SUM(h.perempuan),"
                        + " SUM(h.miskin), SUM(h.disabilitas) FROM musyawarah m JOIN musyawarah_hadir h"
                        + " ON h.musyawarah_id = m.id WHERE " + where(prefix, "m.kode_desa")
                        + " AND m.status IN ('SELESAI', 'DITANDATANGANI') AND m.tanggal BETWEEN " + from + " AND "
                        + to + " GROUP BY 1",
                // apbdes: the newest adopted version of each desa, its villages and totals per account group
                "SELECT SUBSTRING(a.kode_desa, 1, " + child + "), COUNT(DISTINCT a.id),"
                        + " SUM(CASE WHEN b.kode_rekening LIKE '4%' THEN b.anggaran ELSE 0 END),"
                        + " SUM(CASE WHEN b.kode_rekening LIKE '5%' THEN b.anggaran ELSE 0 END),"
                        + " SUM(CASE WHEN b.kode_rekening LIKE '6.1%' THEN b.anggaran ELSE 0 END),"
                        + " SUM(CASE WHEN b.kode_rekening LIKE '6.2%' THEN b.anggaran ELSE 0 END),"
                        + " SUM(CASE WHEN b.kode_rekening LIKE '4.2.1%' THEN b.anggaran ELSE 0 END)"
                        + " FROM apbdes a JOIN apbdes_baris b ON b.apbdes_id = a.id WHERE "
                        + where(prefix, "a.kode_desa") + " AND a.tahun = " + year + " AND a.status = 'DITETAPKAN'"
                        + " AND NOT EXISTS (SELECT 1 FROM apbdes x WHERE x.kode_desa = a.kode_desa AND x.tahun = a.tahun"
                        + " AND x.status = 'DITETAPKAN' AND x.nomor > a.nomor) GROUP BY 1",
                // apbdes realisation: each desa's latest point of the year, its totals
                "SELECT SUBSTRING(r.kode_desa, 1, " + child + "), SUM(r.pendapatan), SUM(r.belanja),"
                        + " SUM(r.dana_desa_diterima), SUM(r.dana_desa_dibelanjakan) FROM apbdes_realisasi r WHERE "
                        + where(prefix, "r.kode_desa") + " AND r.tahun = " + year + " AND r.terbaru = TRUE GROUP BY 1",
                // pelaksanaan: the year's projects with their latest progress report; Dana Desa received
                "SELECT SUBSTRING(p.kode_desa, 1, " + child + "), COUNT(*), SUM(p.anggaran),"
                        + " SUM(COALESCE(p.lpj_realisasi, r.realisasi, 0)),"
                        + " SUM(CASE WHEN p.lpj_tanggal IS NOT NULL OR r.fisik >= 100 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.lpj_tanggal IS NULL AND COALESCE(r.fisik, 0) < 100"
                        + " AND p.selesai < CURRENT_DATE THEN 1 ELSE 0 END), SUM(COALESCE(r.fisik, 0))"
                        + " FROM proyek p LEFT JOIN (SELECT l.proyek_id, MAX(l.fisik) AS fisik,"
                        + " MAX(l.realisasi) AS realisasi FROM proyek_laporan l JOIN proyek q ON q.id = l.proyek_id"
                        + " WHERE " + where(prefix, "q.kode_desa") + " AND q.tahun = " + year
                        + " GROUP BY l.proyek_id) r ON r.proyek_id = p.id WHERE " + where(prefix, "p.kode_desa")
                        + " AND p.tahun = " + year + " GROUP BY 1",
                "SELECT " + g + ", SUM(jumlah) FROM dana_desa_tahap WHERE " + w + " AND tahun = " + year
                        + " GROUP BY 1",
                // pengaduan: the year's complaints by status, overdue ones, response and resolution times
                "SELECT " + g + ", status, COUNT(*), SUM(CASE WHEN tenggat < now() THEN 1 ELSE 0 END),"
                        + " COUNT(detik_tanggap), SUM(detik_tanggap), SUM(detik_selesai) FROM pengaduan WHERE " + w
                        + " AND dibuat >= " + wibFrom + " AND dibuat < " + wibTo + " GROUP BY 1, 2",
                // kapasitas: active cadres by sex; the year's trainees and certificates
                "SELECT " + g + ", jenis_kelamin, COUNT(*) FROM kader WHERE " + w + " AND status = 'AKTIF'"
                        + " GROUP BY 1, 2",
                "SELECT SUBSTRING(s.kode_desa, 1, " + child + "), COUNT(*), COUNT(s.sertifikat)"
                        + " FROM pelatihan_peserta s JOIN pelatihan t ON t.id = s.pelatihan_id WHERE "
                        + where(prefix, "s.kode_desa") + " AND t.mulai BETWEEN " + from + " AND " + to
                        + " GROUP BY 1",
                // ekonomi: BUMDes, the year's classification, village potentials
                "SELECT " + g + ", COUNT(*) FROM bumdes WHERE " + w + " GROUP BY 1",
                "SELECT " + g + ", kelas, COUNT(*) FROM bumdes_penilaian WHERE " + w + " AND tahun = " + year
                        + " GROUP BY 1, 2",
                "SELECT " + g + ", COUNT(*) FROM potensi_desa WHERE " + w + " GROUP BY 1",
                // kerjasama: agreements drafted, in force, expired, signed this year
                "SELECT " + g + ", status, CASE WHEN selesai < CURRENT_DATE THEN 1 ELSE 0 END, COUNT(*),"
                        + " SUM(CASE WHEN ditandatangani BETWEEN " + from + " AND " + to + " THEN 1 ELSE 0 END)"
                        + " FROM kerjasama WHERE " + w + " GROUP BY 1, 2, 3");
    }

    /** The same index-friendly filter the application uses: equality for a desa, a code range above. */
    static String where(String prefix, String column) {
        return prefix.isEmpty()
                ? "1 = 1"
                : prefix.length() == 10
                        ? column + " = '" + prefix + "'"
                        : column + " >= '" + prefix + "' AND " + column + " < '" + prefix + "A'";
    }

    /**
     * The headline set of earlier runs (-Dset=utama): one aggregate per module, the plainest SQL that
     * gives its headline figures per child region.
     */
    static List<String> utama(String prefix, int child, int year) {
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
