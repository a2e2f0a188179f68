package id.pandudesa.musyawarah.internal.demo;

import id.pandudesa.platform.profil.LangkahGenerator;
import id.pandudesa.wilayah.WilayahApi;
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
 * Profile {@code generator} only: in a third of the desa, three meetings of the last year (a Musdus,
 * the planning Musdes, the APBDes Musdes; the last one sometimes still planned) with counted
 * attendance. For PostgreSQL benchmarks: ids are given here and the sequence moved past them.
 */
@Component
@Order(73)
class GeneratorMusyawarah extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorMusyawarah.class);
    private static final String[][] JENIS = {
        {"MUSDUS", "Musyawarah dusun penggalian gagasan"},
        {"MUSDES_PERENCANAAN", "Musdes perencanaan RKPDes"},
        {"MUSDES_APBDES", "Musdes pembahasan APBDes"}
    };

    private final JdbcTemplate jdbc;
    private final WilayahApi wilayah;
    private final TransactionTemplate tx;

    GeneratorMusyawarah(JdbcTemplate jdbc, WilayahApi wilayah, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.tx = tx;
    }

    @Override
    protected void jalankan() {
        Long existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM musyawarah WHERE dibuat_oleh = 'gen.musyawarah'", Long.class);
        if (existing != null && existing > 0) {
            log.info("Generator: {} generated meetings already present", existing);
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        long[] id = {jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM musyawarah", Long.class)};
        SplittableRandom random = new SplittableRandom(16_2019);
        long[] made = {0};
        // The region walk runs in a read-only transaction: take the codes first, write afterwards.
        List<String> all = new ArrayList<>();
        wilayah.setiapKodeDesa(10_000, all::addAll);
        for (int from = 0; from < all.size(); from += 5_000) {
            List<String> codes = all.subList(from, Math.min(all.size(), from + 5_000));
            List<Object[]> meetings = new ArrayList<>();
            List<Object[]> present = new ArrayList<>();
            for (String desa : codes) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                for (int j = 0; j < JENIS.length; j++) {
                    long key = ++id[0];
                    LocalDate day = today.minusDays(300 - j * 100L + random.nextInt(60));
                    boolean planned = j == 2 && random.nextInt(4) == 0;
                    if (planned) {
                        day = today.plusDays(1 + random.nextInt(30));
                    }
                    Timestamp at = Timestamp.from(
                            day.atTime(9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
                    meetings.add(new Object[] {
                        key,
                        desa,
                        JENIS[j][0],
                        JENIS[j][1],
                        Date.valueOf(day),
                        "Balai desa",
                        "Pemerintah Desa",
                        "PEMERINTAH_DESA,BPD,KELOMPOK_PEREMPUAN,MASYARAKAT_MISKIN",
                        planned ? "RENCANA" : random.nextBoolean() ? "SELESAI" : "DITANDATANGANI",
                        "gen-" + desa + "-" + key,
                        at,
                        at
                    });
                    if (!planned) {
                        present.add(new Object[] {
                            key, desa, "PEMERINTAH_DESA", 5 + random.nextInt(10), 1 + random.nextInt(5), 0, 0, at
                        });
                        present.add(new Object[] {
                            key,
                            desa,
                            "KELOMPOK_PEREMPUAN",
                            0,
                            5 + random.nextInt(20),
                            random.nextInt(6),
                            random.nextInt(2),
                            at
                        });
                    }
                }
            }
            tx.executeWithoutResult(s -> {
                jdbc.batchUpdate(
                        "INSERT INTO musyawarah (id, kode_desa, jenis, judul, tanggal, tempat, penyelenggara, unsur_wajib,"
                                + " status, nomor, token_bagikan, publik, dibuat_oleh, dibuat, diubah_oleh, diubah, versi)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, FALSE, 'gen.musyawarah', ?,"
                                + " 'gen.musyawarah', ?, 0)",
                        meetings);
                jdbc.batchUpdate(
                        "INSERT INTO musyawarah_hadir (musyawarah_id, kode_desa, unsur, laki, perempuan, miskin,"
                                + " disabilitas, peninjau, dicatat_oleh, dicatat)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, 'gen.musyawarah', ?)",
                        present);
            });
            made[0] += meetings.size();
        }
        jdbc.execute("SELECT setval(pg_get_serial_sequence('musyawarah', 'id'), (SELECT MAX(id) FROM musyawarah))");
        jdbc.execute("ANALYZE musyawarah");
        jdbc.execute("ANALYZE musyawarah_hadir");
        log.info("Generator: {} meetings", made[0]);
    }
}
