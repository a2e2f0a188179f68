package id.pandudesa.akun.internal.demo;

import id.pandudesa.akun.TenagaNasional;
import id.pandudesa.akun.internal.ApiTokenService;
import id.pandudesa.platform.profil.LangkahGenerator;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code generator} only (benchmarks, never production): the national facilitator
 * workforce — a PLD for every three desa, a PD for every kecamatan, a TA for every kabupaten, about
 * 35,000 accounts — named {@code gen.pld.<desa>}, {@code gen.pd.<kecamatan>}, {@code gen.ta.<kabupaten>},
 * all with password {@code pandu-bench} and a personal API token {@code pd_bench_<username>}.
 * Bulk inserts; generated accounts are not in the audit trail.
 */
@Component
@Order(60)
class GeneratorAkun extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorAkun.class);

    private final JdbcTemplate jdbc;
    private final WilayahApi wilayah;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    GeneratorAkun(JdbcTemplate jdbc, WilayahApi wilayah, PasswordEncoder encoder, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.encoder = encoder;
        this.tx = tx;
    }

    @Override
    protected void jalankan() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM pengguna WHERE username LIKE 'gen.%'", Long.class);
        if (existing != null && existing > 0) {
            log.info("Generator: {} generated accounts already present", existing);
            return;
        }
        long start = System.nanoTime();
        String hash = encoder.encode(TenagaNasional.PASSWORD);
        List<String> desa = new ArrayList<>();
        wilayah.setiapKodeDesa(10_000, desa::addAll);
        List<Object[]> users = new ArrayList<>();
        List<String[]> scopes = new ArrayList<>();
        for (TenagaNasional.Tugas t : TenagaNasional.pembagian(desa)) {
            users.add(new Object[] {
                t.username(),
                t.peran().name() + " " + t.kode().getFirst(),
                t.peran().name()
            });
            t.kode().forEach(c -> scopes.add(new String[] {t.username(), c}));
        }
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWithoutResult(s -> {
            for (int from = 0; from < users.size(); from += 5_000) {
                List<Object[]> batch = users.subList(from, Math.min(users.size(), from + 5_000)).stream()
                        .map(u -> new Object[] {u[0], u[1], u[2], hash, now})
                        .toList();
                jdbc.batchUpdate(
                        "INSERT INTO pengguna (username, nama, peran, password_hash, aktif, wajib_ganti_password,"
                                + " dibuat, versi) VALUES (?, ?, ?, ?, TRUE, FALSE, ?, 0)",
                        batch);
            }
            List<Object[]> rows =
                    scopes.stream().map(sc -> new Object[] {sc[0], sc[1]}).toList();
            for (int from = 0; from < rows.size(); from += 5_000) {
                jdbc.batchUpdate(
                        "INSERT INTO pengguna_lingkup (pengguna_id, kode)"
                                + " SELECT id, ? FROM pengguna WHERE username = ?",
                        rows.subList(from, Math.min(rows.size(), from + 5_000)).stream()
                                .map(r -> new Object[] {r[1], r[0]})
                                .toList());
            }
            List<Object[]> tokens = users.stream()
                    .map(u -> new Object[] {"bench", "pd_bench", ApiTokenService.sha256("pd_bench_" + u[0]), now, u[0]})
                    .toList();
            for (int from = 0; from < tokens.size(); from += 5_000) {
                jdbc.batchUpdate(
                        "INSERT INTO token_api (pengguna_id, nama, awalan, hash, dibuat)"
                                + " SELECT id, ?, ?, ?, ? FROM pengguna WHERE username = ?",
                        tokens.subList(from, Math.min(tokens.size(), from + 5_000)));
            }
        });
        log.info(
                "Generator: {} facilitator accounts with scopes and API tokens in {} s",
                users.size(),
                (System.nanoTime() - start) / 1_000_000_000);
    }
}
