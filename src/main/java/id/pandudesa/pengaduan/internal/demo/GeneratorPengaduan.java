package id.pandudesa.pengaduan.internal.demo;

import id.pandudesa.pengaduan.KategoriPengaduan;
import id.pandudesa.platform.profil.LangkahGenerator;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code generator} only: complaints of the last year ({@code pandu.generator.pengaduan},
 * default 200,000) in random desa, most resolved with their response and resolution times, some
 * open, some rejected; no identity. For PostgreSQL benchmarks.
 */
@Component
@Order(76)
class GeneratorPengaduan extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorPengaduan.class);

    private final JdbcTemplate jdbc;
    private final WilayahApi wilayah;
    private final TransactionTemplate tx;
    private final int target;

    GeneratorPengaduan(
            JdbcTemplate jdbc,
            WilayahApi wilayah,
            TransactionTemplate tx,
            @Value("${pandu.generator.pengaduan:200000}") int target) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.tx = tx;
        this.target = target;
    }

    @Override
    protected void jalankan() {
        Long existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM pengaduan WHERE dicatat_oleh = 'gen.pengaduan'", Long.class);
        if (existing != null && existing > 0) {
            log.info("Generator: {} generated complaints already present", existing);
            return;
        }
        List<String> desa = new ArrayList<>();
        wilayah.setiapKodeDesa(10_000, desa::addAll);
        KategoriPengaduan[] kinds = KategoriPengaduan.values();
        SplittableRandom random = new SplittableRandom(4_2016);
        Instant now = Instant.now();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < target; i++) {
            Instant filed = now.minusSeconds(60L + random.nextLong(365L * 86_400));
            int r = random.nextInt(10);
            String status = r < 6 ? "SELESAI" : r < 7 ? "DITOLAK" : r < 8 ? "DITERIMA" : "DITINDAKLANJUTI";
            boolean answered = !status.equals("DITERIMA");
            long toAnswer = 3_600L + random.nextLong(72 * 3_600L);
            long toClose = 86_400L + random.nextLong(30 * 86_400L);
            boolean closed = status.equals("SELESAI") || status.equals("DITOLAK");
            batch.add(new Object[] {
                "GEN" + Long.toString(i, 36).toUpperCase(),
                desa.get(random.nextInt(desa.size())),
                kinds[random.nextInt(kinds.length)].name(),
                "Pengaduan contoh untuk uji beban nomor " + i,
                random.nextBoolean() ? "WEB" : "POSKO",
                status,
                "DESA",
                Timestamp.from(filed.plusSeconds(5 * 86_400L)),
                Timestamp.from(filed),
                answered ? Timestamp.from(filed.plusSeconds(toAnswer)) : null,
                closed ? Timestamp.from(filed.plusSeconds(toClose)) : null,
                answered ? toAnswer : null,
                closed ? toClose : null
            });
            if (batch.size() == 10_000 || i == target - 1) {
                List<Object[]> rows = List.copyOf(batch);
                tx.executeWithoutResult(s -> jdbc.batchUpdate(
                        "INSERT INTO pengaduan (kode_lacak, kode_desa, kategori, uraian, saluran, status, tingkat,"
                                + " tenggat, dicatat_oleh, dibuat, ditanggapi, selesai, detik_tanggap, detik_selesai,"
                                + " versi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'gen.pengaduan', ?, ?, ?, ?, ?, 0)",
                        rows));
                batch.clear();
            }
        }
        jdbc.execute("ANALYZE pengaduan");
        log.info("Generator: {} complaints", target);
    }
}
