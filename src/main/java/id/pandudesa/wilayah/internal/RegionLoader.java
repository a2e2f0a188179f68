package id.pandudesa.wilayah.internal;

import id.pandudesa.wilayah.JenisWilayah;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Tingkat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the national region tree (idn-area-data 4.0.1, from the Kemendagri list) on first start:
 * 38 provinsi, 514 kabupaten/kota, 7,285 kecamatan, 83,762 desa/kelurahan, in one transaction with
 * batched inserts. A second node starting at the same moment loses the race and carries on.
 */
@Component
@Order(10)
class RegionLoader implements ApplicationRunner {

    static final String SOURCE = "idn-area-data 4.0.1 (Kemendagri; ODbL)";
    private static final Logger log = LoggerFactory.getLogger(RegionLoader.class);
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    RegionLoader(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Long loaded = jdbc.queryForObject("SELECT COUNT(*) FROM wilayah", Long.class);
        if (loaded != null && loaded > 0) {
            log.info("Region tree present: {} regions", loaded);
            return;
        }
        long start = System.nanoTime();
        List<Object[]> rows = new ArrayList<>(92_000);
        read("provinces", Tingkat.PROVINSI, rows);
        read("regencies", Tingkat.KABUPATEN, rows);
        read("districts", Tingkat.KECAMATAN, rows);
        read("villages", Tingkat.DESA, rows);
        log.info("Loading the national region tree: {} regions from {}", rows.size(), SOURCE);
        try {
            tx.executeWithoutResult(status -> insert(rows, start));
        } catch (DataIntegrityViolationException e) {
            log.info("Region tree was loaded by another node meanwhile");
        }
    }

    private void insert(List<Object[]> rows, long start) {
        String sql = "INSERT INTO wilayah (kode, nama, tingkat, jenis, induk, nama_cari) VALUES (?, ?, ?, ?, ?, ?)";
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.batchUpdate(sql, batch);
            int done = from + batch.size();
            if (done % 20_000 < BATCH || done == rows.size()) {
                log.info("  regions loaded: {} / {}", done, rows.size());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        jdbc.update(
                "INSERT INTO wilayah_sumber (id, sumber, dimuat, jumlah, durasi_ms) VALUES (1, ?, ?, ?, ?)",
                SOURCE,
                Timestamp.from(Instant.now()),
                rows.size(),
                millis);
        log.info("Region tree loaded: {} regions in {} ms", rows.size(), millis);
    }

    private static void read(String file, Tingkat tingkat, List<Object[]> rows) throws IOException {
        ClassPathResource resource = new ClassPathResource("wilayah/" + file + ".csv.gz");
        try (InputStream in = new GZIPInputStream(resource.getInputStream());
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord record : format.parse(reader)) {
                String kode = KodeWilayah.normalisasi(record.get("code"));
                String nama = record.get("name").trim();
                rows.add(new Object[] {
                    kode,
                    nama,
                    tingkat.name(),
                    jenis(tingkat, kode, nama).name(),
                    KodeWilayah.induk(kode),
                    nama.toLowerCase(Locale.ROOT)
                });
            }
        }
    }

    static JenisWilayah jenis(Tingkat tingkat, String kode, String nama) {
        return switch (tingkat) {
            case PROVINSI -> JenisWilayah.PROVINSI;
            case KABUPATEN -> nama.startsWith("Kota ") ? JenisWilayah.KOTA : JenisWilayah.KABUPATEN;
            case KECAMATAN -> JenisWilayah.KECAMATAN;
            case DESA ->
                switch (kode.charAt(6)) {
                    case '1' -> JenisWilayah.KELURAHAN;
                    case '3' -> JenisWilayah.DESA_ADAT;
                    default -> JenisWilayah.DESA;
                };
        };
    }
}
