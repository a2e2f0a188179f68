package id.pandudesa.pelaksanaan.internal.demo;

import id.pandudesa.platform.profil.LangkahGenerator;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
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
 * Profile {@code generator} only: for every desa with an adopted APBDes this year, three road
 * projects with two progress reports each (some finished, some behind). For PostgreSQL benchmarks:
 * ids are given here and the sequence moved past them.
 */
@Component
@Order(75)
class GeneratorProyek extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorProyek.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    GeneratorProyek(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    protected void jalankan() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM proyek WHERE dibuat_oleh = 'gen.proyek'", Long.class);
        if (existing != null && existing > 0) {
            log.info("Generator: {} generated projects already present", existing);
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        int year = today.getYear();
        List<String> desa = jdbc.queryForList(
                "SELECT kode_desa FROM apbdes WHERE tahun = ? AND dibuat_oleh = 'gen.apbdes' ORDER BY kode_desa",
                String.class,
                year);
        long[] id = {jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM proyek", Long.class)};
        SplittableRandom random = new SplittableRandom(3_2014);
        Timestamp now = Timestamp.from(java.time.Instant.now());
        long made = 0;
        for (int from = 0; from < desa.size(); from += 5_000) {
            List<Object[]> projects = new ArrayList<>();
            List<Object[]> reports = new ArrayList<>();
            for (String d : desa.subList(from, Math.min(desa.size(), from + 5_000))) {
                for (int j = 0; j < 3; j++) {
                    long key = ++id[0];
                    long budget = (80 + random.nextInt(200)) * 1_000_000L;
                    LocalDate start = LocalDate.of(year, 3 + j * 2, 1);
                    LocalDate end = start.plusDays(60 + random.nextInt(60));
                    projects.add(new Object[] {
                        key,
                        d,
                        year,
                        "2.3.01",
                        "Pemeliharaan jalan desa ruas " + (j + 1),
                        budget,
                        "Ketua TPK; Sekretaris TPK; Anggota TPK",
                        Date.valueOf(start),
                        Date.valueOf(end),
                        "Dusun " + (j + 1),
                        new BigDecimal(100 + random.nextInt(900)),
                        "m",
                        now
                    });
                    int fisik = random.nextInt(3) == 0 ? 100 : 30 + random.nextInt(60);
                    reports.add(new Object[] {
                        key,
                        d,
                        Date.valueOf(start.plusDays(20)),
                        new BigDecimal(Math.min(fisik, 30)),
                        budget * Math.min(fisik, 30) / 100,
                        now
                    });
                    reports.add(new Object[] {
                        key, d, Date.valueOf(start.plusDays(45)), new BigDecimal(fisik), budget * fisik / 100, now
                    });
                }
            }
            tx.executeWithoutResult(s -> {
                jdbc.batchUpdate(
                        "INSERT INTO proyek (id, kode_desa, tahun, kode_kegiatan, nama, anggaran, tpk, mulai, selesai,"
                                + " lokasi, volume, satuan, padat_karya, dibuat_oleh, dibuat, versi)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 'gen.proyek', ?, 0)",
                        projects);
                jdbc.batchUpdate(
                        "INSERT INTO proyek_laporan (proyek_id, kode_desa, tanggal, fisik, realisasi, pekerja_laki,"
                                + " pekerja_perempuan, pekerja_miskin, hok, upah, dicatat_oleh, dicatat)"
                                + " VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 'gen.proyek', ?)",
                        reports);
            });
            made += projects.size();
        }
        jdbc.execute("SELECT setval(pg_get_serial_sequence('proyek', 'id'), (SELECT MAX(id) FROM proyek))");
        jdbc.execute("ANALYZE proyek");
        jdbc.execute("ANALYZE proyek_laporan");
        log.info("Generator: {} projects", made);
    }
}
