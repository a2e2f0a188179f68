package id.pandudesa.perencanaan.internal.demo;

import id.pandudesa.platform.profil.LangkahGenerator;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code generator} only: this year's adopted APBDes for three villages in five, eleven
 * lines of real Permendagri 20/2018 codes each (Dana Desa, ADD, BUMDes income; salaries, supplies,
 * roads, health posts, capital for the BUMDes; last year's SILPA) with amounts of the usual size and
 * the source of funds of each belanja line; and two realisation points of each (end of June and the
 * latest date of the year so far: about half, then most of each line). For PostgreSQL benchmarks:
 * ids are given here and the sequences moved past them.
 */
@Component
@Order(74)
class GeneratorApbdes extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorApbdes.class);

    /** kode_kegiatan (null for income and financing), kode_rekening, uraian, typical amount in millions. */
    private static final Object[][] BARIS = {
        {null, "4.1.1.01", "Bagi hasil BUMDes", 40, null},
        {null, "4.2.1.01", "Dana Desa", 950, null},
        {null, "4.2.3.01", "Alokasi Dana Desa", 420, null},
        {"1.1.01", "5.1.1.01", "Penghasilan tetap kepala desa", 36, "ADD"},
        {"1.1.02", "5.1.1.01", "Penghasilan tetap perangkat desa", 220, "ADD"},
        {"1.1.01", "5.2.1.01", "Alat tulis kantor", 15, "ADD"},
        {"2.3.01", "5.3.5.03", "Pemeliharaan jalan desa", 380, "DDS"},
        {"2.2.01", "5.2.1.01", "Penyelenggaraan Polindes", 60, "DDS"},
        {"2.2.02", "5.2.1.01", "Penyelenggaraan Posyandu", 45, "DDS"},
        {null, "6.1.1.01", "SILPA tahun sebelumnya", 50, null},
        {null, "6.2.2.01", "Penyertaan modal BUMDes", 60, null}
    };

    private final JdbcTemplate jdbc;
    private final WilayahApi wilayah;
    private final TransactionTemplate tx;

    GeneratorApbdes(JdbcTemplate jdbc, WilayahApi wilayah, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.tx = tx;
    }

    @Override
    protected void jalankan() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM apbdes WHERE dibuat_oleh = 'gen.apbdes'", Long.class);
        if (existing != null && existing > 0) {
            log.info("Generator: {} generated APBDes already present", existing);
            return;
        }
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        Timestamp adopted = Timestamp.from(Instant.now());
        long[] id = {jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM apbdes", Long.class)};
        long[] pointId = {jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM apbdes_realisasi", Long.class)};
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        LocalDate first = LocalDate.of(year, 6, 30).isBefore(today) ? LocalDate.of(year, 6, 30) : today;
        LocalDate second = LocalDate.of(year, 12, 31).isBefore(today) ? LocalDate.of(year, 12, 31) : today;
        SplittableRandom random = new SplittableRandom(20_2018);
        long[] made = {0};
        // The region walk runs in a read-only transaction: take the codes first, write afterwards.
        List<String> all = new ArrayList<>();
        wilayah.setiapKodeDesa(10_000, all::addAll);
        for (int from = 0; from < all.size(); from += 5_000) {
            List<String> codes = all.subList(from, Math.min(all.size(), from + 5_000));
            List<Object[]> budgets = new ArrayList<>();
            List<Object[]> lines = new ArrayList<>();
            List<Object[]> points = new ArrayList<>();
            List<Object[]> pointLines = new ArrayList<>();
            for (String desa : codes) {
                if (random.nextInt(5) >= 3) {
                    continue;
                }
                long key = ++id[0];
                budgets.add(new Object[] {key, desa, year, adopted, adopted, adopted});
                long[] amounts = new long[BARIS.length];
                for (int i = 0; i < BARIS.length; i++) {
                    long millions = ((Integer) BARIS[i][3]).longValue();
                    long amount = (millions * (80 + random.nextInt(41)) / 100) * 1_000_000L;
                    amounts[i] = amount;
                    lines.add(new Object[] {key, i, desa, BARIS[i][0], BARIS[i][1], BARIS[i][2], amount, BARIS[i][4]});
                }
                List<LocalDate> dates = first.equals(second) ? List.of(first) : List.of(first, second);
                for (int d = 0; d < dates.size(); d++) {
                    long point = ++pointId[0];
                    int percentFrom = d == 0 && dates.size() > 1 ? 35 : 75;
                    long[] totals = new long[6];
                    for (int i = 0; i < BARIS.length; i++) {
                        String rekening = (String) BARIS[i][1];
                        long realised = rekening.startsWith("6.1")
                                ? amounts[i]
                                : amounts[i] * (percentFrom + random.nextInt(21)) / 100;
                        pointLines.add(new Object[] {point, i, BARIS[i][0], rekening, realised});
                        int slot = rekening.startsWith("4")
                                ? 0
                                : rekening.startsWith("5") ? 1 : rekening.startsWith("6.1") ? 2 : 3;
                        totals[slot] += realised;
                        if (rekening.startsWith("4.2.1")) {
                            totals[4] += realised;
                        }
                        if ("DDS".equals(BARIS[i][4])) {
                            totals[5] += realised;
                        }
                    }
                    points.add(new Object[] {
                        point,
                        desa,
                        year,
                        java.sql.Date.valueOf(dates.get(d)),
                        key,
                        totals[0],
                        totals[1],
                        totals[2],
                        totals[3],
                        totals[4],
                        totals[5],
                        d == dates.size() - 1,
                        adopted
                    });
                }
            }
            tx.executeWithoutResult(s -> {
                jdbc.batchUpdate(
                        "INSERT INTO apbdes (id, kode_desa, tahun, nomor, status, dibuat_oleh, dibuat, diubah_oleh,"
                                + " diubah, ditetapkan_oleh, ditetapkan, versi) VALUES (?, ?, ?, 1, 'DITETAPKAN',"
                                + " 'gen.apbdes', ?, 'gen.apbdes', ?, 'gen.apbdes', ?, 0)",
                        budgets);
                jdbc.batchUpdate(
                        "INSERT INTO apbdes_baris (apbdes_id, urutan, kode_desa, kode_kegiatan, kode_rekening, uraian,"
                                + " anggaran, sumber_dana) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        lines);
                jdbc.batchUpdate(
                        "INSERT INTO apbdes_realisasi (id, kode_desa, tahun, sampai, apbdes_id, sumber, pendapatan,"
                                + " belanja, penerimaan_pembiayaan, pengeluaran_pembiayaan, dana_desa_diterima,"
                                + " dana_desa_dibelanjakan, terbaru, dicatat_oleh, dicatat, versi)"
                                + " VALUES (?, ?, ?, ?, ?, 'LEMBAR', ?, ?, ?, ?, ?, ?, ?, 'gen.apbdes', ?, 0)",
                        points);
                jdbc.batchUpdate(
                        "INSERT INTO apbdes_realisasi_baris (realisasi_id, urutan, kode_kegiatan, kode_rekening, realisasi)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        pointLines);
            });
            made[0] += budgets.size();
        }
        jdbc.execute("SELECT setval(pg_get_serial_sequence('apbdes', 'id'), (SELECT MAX(id) FROM apbdes))");
        jdbc.execute("SELECT setval(pg_get_serial_sequence('apbdes_realisasi', 'id'),"
                + " (SELECT COALESCE(MAX(id), 1) FROM apbdes_realisasi))");
        jdbc.execute("ANALYZE apbdes_realisasi");
        jdbc.execute("ANALYZE apbdes");
        jdbc.execute("ANALYZE apbdes_baris");
        log.info("Generator: {} adopted APBDes of {}, each with its realisation points", made[0], year);
    }
}
