package id.pandudesa.pendampingan.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.wilayah.WilayahApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national log generator on a small target: it writes the target, recounts the per-desa
 * summary, and a stopped run is continued rather than started again. Everything happens in the
 * test's transaction (the generator's batches join it), which is rolled back.
 */
@PanduIntegrationTest
@Tag("db")
@Transactional
@EnabledIfSystemProperty(
        named = "pandu.test.db",
        matches = "postgres",
        disabledReason = "the generator is for PostgreSQL only (its recount is an UPDATE … FROM)")
class GeneratorKegiatanIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WilayahApi wilayah;

    @Autowired
    TransactionTemplate tx;

    @Test
    void writes_the_target_recounts_the_summary_and_continues_a_stopped_run() {
        new GeneratorKegiatan(jdbc, wilayah, tx, 2_500).jalankan();
        assertThat(generated()).isEqualTo(2_500);
        assertSummaryMatchesTheLog();

        // A run stopped after 1,500 entries: the next one writes the 1,000 missing, no more.
        jdbc.update("DELETE FROM kegiatan_pendampingan WHERE id IN (SELECT id FROM kegiatan_pendampingan"
                + " WHERE penulis LIKE 'gen.%' ORDER BY id DESC LIMIT 1000)");
        assertThat(generated()).isEqualTo(1_500);
        new GeneratorKegiatan(jdbc, wilayah, tx, 2_500).jalankan();
        assertThat(generated()).isEqualTo(2_500);
        assertSummaryMatchesTheLog();

        // A run stopped before the recount: the summary is recounted, nothing is written.
        jdbc.update("UPDATE pendampingan_desa SET jumlah_kegiatan = 0");
        new GeneratorKegiatan(jdbc, wilayah, tx, 2_500).jalankan();
        assertThat(generated()).isEqualTo(2_500);
        assertSummaryMatchesTheLog();
    }

    private long generated() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM kegiatan_pendampingan WHERE penulis LIKE 'gen.%'", Long.class);
    }

    private void assertSummaryMatchesTheLog() {
        Long wrong = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT kode_desa, COUNT(*) AS n FROM kegiatan_pendampingan"
                        + " WHERE status = 'FINAL' GROUP BY kode_desa) x JOIN pendampingan_desa d"
                        + " ON d.kode_desa = x.kode_desa WHERE d.jumlah_kegiatan <> x.n",
                Long.class);
        assertThat(wrong).as("desa whose summary differs from their log").isZero();
    }
}
