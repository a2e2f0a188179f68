package id.pandudesa.pendampingan.internal;

import java.sql.Date;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code pendampingan_desa} (the last facilitation of every desa) current, so supervisors
 * find villages left without facilitation without scanning the whole log. Every desa gets a row
 * at first start, from the region tree.
 */
@Component
@Order(40)
public class RingkasanDesa implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RingkasanDesa.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final id.pandudesa.wilayah.WilayahApi wilayah;

    public RingkasanDesa(
            JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, id.pandudesa.wilayah.WilayahApi wilayah) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.wilayah = wilayah;
    }

    @Override
    public void run(ApplicationArguments args) {
        long present = jdbc.sql("SELECT COUNT(*) FROM pendampingan_desa")
                .query(Long.class)
                .single();
        if (present > 0) {
            return;
        }
        long[] inserted = {0};
        tx.executeWithoutResult(s -> wilayah.setiapKodeDesa(5_000, codes -> {
            template.batchUpdate(
                    "INSERT INTO pendampingan_desa (kode_desa, terakhir, jumlah_kegiatan) VALUES (?, NULL, 0)",
                    codes.stream().map(c -> new Object[] {c}).toList());
            inserted[0] += codes.size();
        }));
        log.info("Facilitation summary prepared for {} desa", inserted[0]);
    }

    /** One more final entry in this desa on this date (in the caller's transaction). */
    public void tambah(String kodeDesa, LocalDate tanggal) {
        int n = jdbc.sql("UPDATE pendampingan_desa SET jumlah_kegiatan = jumlah_kegiatan + 1,"
                        + " terakhir = CASE WHEN terakhir IS NULL OR terakhir < :t THEN :t ELSE terakhir END"
                        + " WHERE kode_desa = :d")
                .param("t", Date.valueOf(tanggal))
                .param("d", kodeDesa)
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO pendampingan_desa (kode_desa, terakhir, jumlah_kegiatan) VALUES (:d, :t, 1)")
                    .param("d", kodeDesa)
                    .param("t", Date.valueOf(tanggal))
                    .update();
        }
    }

    /** Recounts one desa after an entry changed its date or was finished from a draft. */
    void hitungUlang(String kodeDesa) {
        jdbc.sql("UPDATE pendampingan_desa SET"
                        + " terakhir = (SELECT MAX(tanggal) FROM kegiatan_pendampingan WHERE kode_desa = :d AND status = 'FINAL'),"
                        + " jumlah_kegiatan = (SELECT COUNT(*) FROM kegiatan_pendampingan WHERE kode_desa = :d AND status = 'FINAL')"
                        + " WHERE kode_desa = :d")
                .param("d", kodeDesa)
                .update();
    }
}
