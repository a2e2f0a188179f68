package id.pandudesa.pendampingan.internal.demo;

import id.pandudesa.akun.Peran;
import id.pandudesa.akun.TenagaNasional;
import id.pandudesa.platform.profil.LangkahGenerator;
import id.pandudesa.wilayah.WilayahApi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Profile {@code generator} only: the last finished quarter's performance evaluation of every
 * generated facilitator (PLD, PD, TA) — a coordinator's and a service user's five scores and the
 * weighted result (0.7/0.3, as configured by default) — in batched inserts, for the ranked-list
 * benchmark. Skipped when that quarter is already there.
 */
@Component
@Order(75)
class GeneratorEvaluasi extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorEvaluasi.class);

    private final JdbcTemplate jdbc;
    private final WilayahApi wilayah;

    GeneratorEvaluasi(JdbcTemplate jdbc, WilayahApi wilayah) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
    }

    @Override
    protected void jalankan() {
        LocalDate inLast =
                LocalDate.now(ZoneId.of("Asia/Jakarta")).withDayOfMonth(1).minusMonths(3);
        String quarter = inLast.getYear() + "-Q" + ((inLast.getMonthValue() - 1) / 3 + 1);
        Long present = jdbc.queryForObject(
                "SELECT COUNT(*) FROM evaluasi_kinerja WHERE triwulan = ? AND username LIKE 'gen.%'",
                Long.class, quarter);
        if (present != null && present > 0) {
            log.info("Generator: {} evaluations of {} already present", present, quarter);
            return;
        }
        long start = System.nanoTime();
        List<String> desa = new ArrayList<>();
        wilayah.setiapKodeDesa(10_000, desa::addAll);
        List<TenagaNasional.Tugas> people = TenagaNasional.pembagian(desa);
        SplittableRandom random = new SplittableRandom(294_2025);
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, int[][]> scores = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (TenagaNasional.Tugas t : people) {
            int base = 60 + random.nextInt(35);
            int[][] s = new int[2][5];
            for (int k = 0; k < 2; k++) {
                for (int a = 0; a < 5; a++) {
                    s[k][a] = Math.max(0, Math.min(100, base + random.nextInt(-10, 11)));
                }
            }
            scores.put(t.username(), s);
            BigDecimal result = BigDecimal.valueOf(sum(s[0]))
                    .multiply(new BigDecimal("0.7"))
                    .add(BigDecimal.valueOf(sum(s[1])).multiply(new BigDecimal("0.3")))
                    .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
            rows.add(new Object[] {t.username(), t.peran().name(), quarter, region(t), result, now, now});
        }
        jdbc.batchUpdate(
                "INSERT INTO evaluasi_kinerja (username, peran, triwulan, kode_wilayah, nilai_akhir, dibuat, diubah, versi)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                "SELECT id, username FROM evaluasi_kinerja WHERE triwulan = ? AND username LIKE 'gen.%'",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                },
                quarter);
        List<Object[]> assessments = new ArrayList<>();
        for (TenagaNasional.Tugas t : people) {
            int[][] s = scores.get(t.username());
            String[] by = assessors(t);
            for (int k = 0; k < 2; k++) {
                assessments.add(new Object[] {
                    ids.get(t.username()),
                    k,
                    by[k],
                    k == 0 ? "KOORDINATOR" : "PENGGUNA_LAYANAN",
                    s[k][0],
                    s[k][1],
                    s[k][2],
                    s[k][3],
                    s[k][4],
                    now
                });
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO evaluasi_penilaian (evaluasi_id, urutan, penilai, sebagai, administrasi, kepatuhan,"
                        + " kemampuan_fasilitasi, keaktifan, capaian_hasil, waktu) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                assessments);
        log.info(
                "Generator: {} evaluations of {} in {} s",
                rows.size(),
                quarter,
                (System.nanoTime() - start) / 1_000_000_000);
    }

    /** The person's region as the app stores it: the kecamatan of a PLD's villages, else their code. */
    private static String region(TenagaNasional.Tugas t) {
        return t.peran() == Peran.PLD
                ? t.kode().getFirst().substring(0, 6)
                : t.kode().getFirst();
    }

    private static String[] assessors(TenagaNasional.Tugas t) {
        String code = t.kode().getFirst();
        return switch (t.peran()) {
            case PLD -> new String[] {"gen.pd." + code.substring(0, 6), "gen.pemdes." + code};
            case PD -> new String[] {"gen.ta." + code.substring(0, 4), "gen.camat." + code};
            default -> new String[] {"gen.admin." + code.substring(0, 2), "gen.admin2." + code.substring(0, 2)};
        };
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
