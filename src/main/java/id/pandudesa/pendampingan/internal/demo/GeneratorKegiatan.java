package id.pandudesa.pendampingan.internal.demo;

import id.pandudesa.akun.Peran;
import id.pandudesa.akun.TenagaNasional;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code generator} only: a year of the national log ({@code pandu.generator.kegiatan},
 * default ten million entries) for the generated workforce — four fifths by PLD, the rest by PD —
 * spread over every desa and every day of the last year, in batched inserts with progress in the
 * log; then the per-desa summary is recounted. For PostgreSQL (benchmarks); never in production.
 */
@Component
@Order(70)
class GeneratorKegiatan extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorKegiatan.class);
    private static final int BATCH = 10_000;

    private final JdbcTemplate jdbc;
    private final WilayahApi wilayah;
    private final TransactionTemplate tx;
    private final long target;

    GeneratorKegiatan(
            JdbcTemplate jdbc,
            WilayahApi wilayah,
            TransactionTemplate tx,
            @Value("${pandu.generator.kegiatan:10000000}") long target) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.tx = tx;
        this.target = target;
    }

    @Override
    protected void jalankan() {
        Long existing = jdbc.queryForObject(
                "SELECT COUNT(*) FROM kegiatan_pendampingan WHERE penulis LIKE 'gen.%'", Long.class);
        long present = existing == null ? 0 : existing;
        if (present >= target) {
            log.info("Generator: {} generated log entries already present", present);
            // A run stopped after the last batch but before the recount left the summary empty.
            Long summarised =
                    jdbc.queryForObject("SELECT COUNT(*) FROM pendampingan_desa WHERE jumlah_kegiatan > 0", Long.class);
            if (summarised == null || summarised == 0) {
                recount(System.nanoTime(), present);
            }
            return;
        }
        if (present > 0) {
            // Every batch commits on its own: a stopped run is continued, not started again.
            log.info("Generator: {} generated log entries present, continuing to {}", present, target);
        }
        List<String> desa = new ArrayList<>();
        wilayah.setiapKodeDesa(10_000, desa::addAll);
        List<TenagaNasional.Tugas> authors = TenagaNasional.pembagian(desa).stream()
                .filter(t -> t.peran() != Peran.TA)
                .toList();
        List<TenagaNasional.Tugas> pd =
                authors.stream().filter(t -> t.peran() == Peran.PD).toList();
        List<TenagaNasional.Tugas> pld =
                authors.stream().filter(t -> t.peran() == Peran.PLD).toList();
        LocalDate end = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        SplittableRandom random = new SplittableRandom(83_000 + present);
        long start = System.nanoTime();
        long written = present;
        List<Object[]> batch = new ArrayList<>(BATCH);
        String sql = "INSERT INTO kegiatan_pendampingan (kode_desa, penulis, peran_penulis, tanggal, status, metode,"
                + " ruang_lingkup, sub_topik, uraian, hasil, peserta_laki, peserta_perempuan, unsur, tindak_lanjut,"
                + " tenggat_tindak_lanjut, tindak_lanjut_selesai, dibuat, diubah, versi)"
                + " VALUES (?, ?, ?, ?, 'FINAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        while (written < target) {
            boolean byPld = random.nextInt(5) != 0;
            TenagaNasional.Tugas author =
                    byPld ? pld.get(random.nextInt(pld.size())) : pd.get(random.nextInt(pd.size()));
            String code =
                    byPld ? author.kode().get(random.nextInt(author.kode().size())) : desaOf(author, desa, random);
            DemoPendampingan.Pola pola = DemoPendampingan.POLA.get(random.nextInt(DemoPendampingan.POLA.size()));
            LocalDate day = end.minusDays(random.nextInt(365));
            boolean followUp = pola.tindakLanjut() != null && random.nextInt(4) == 0;
            LocalDate due = followUp ? day.plusDays(7 + random.nextInt(21)) : null;
            LocalDate done = followUp && random.nextInt(10) < 8 ? due : null;
            Timestamp at = Timestamp.from(
                    day.atTime(16, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
            batch.add(new Object[] {
                code,
                author.username(),
                author.peran().name(),
                Date.valueOf(day),
                pola.metode().name(),
                pola.lingkup().name(),
                pola.subTopik(),
                pola.uraian(),
                pola.hasil(),
                random.nextInt(20),
                random.nextInt(25),
                "PEMERINTAH_DESA,KELOMPOK_PEREMPUAN",
                followUp ? pola.tindakLanjut() : null,
                due == null ? null : Date.valueOf(due),
                done == null ? null : Date.valueOf(done),
                at,
                at
            });
            written++;
            if (batch.size() == BATCH || written == target) {
                List<Object[]> rows = List.copyOf(batch);
                tx.executeWithoutResult(s -> jdbc.batchUpdate(sql, rows));
                batch.clear();
                if (written % 500_000 < BATCH || written == target) {
                    long seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000);
                    log.info(
                            "Generator: {} / {} log entries ({} per second)",
                            written,
                            target,
                            (written - present) / seconds);
                }
            }
        }
        recount(start, written);
    }

    private void recount(long start, long written) {
        log.info("Generator: recounting the per-desa summary");
        jdbc.update("UPDATE pendampingan_desa d SET terakhir = x.t, jumlah_kegiatan = x.n FROM"
                + " (SELECT kode_desa, MAX(tanggal) AS t, COUNT(*) AS n FROM kegiatan_pendampingan"
                + " WHERE status = 'FINAL' GROUP BY kode_desa) x WHERE d.kode_desa = x.kode_desa");
        jdbc.execute("ANALYZE");
        log.info("Generator: {} log entries in {} s", written, (System.nanoTime() - start) / 1_000_000_000);
    }

    /** A PD logs in any desa of their kecamatan. */
    private static String desaOf(TenagaNasional.Tugas pd, List<String> desa, SplittableRandom random) {
        String kec = pd.kode().getFirst();
        int from = java.util.Collections.binarySearch(desa, kec + "0000");
        int index = from < 0 ? -from - 1 : from;
        int last = index;
        while (last < desa.size() && desa.get(last).startsWith(kec)) {
            last++;
        }
        return desa.get(index + random.nextInt(Math.max(1, last - index)));
    }
}
