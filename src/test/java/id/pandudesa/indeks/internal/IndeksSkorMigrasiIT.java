package id.pandudesa.indeks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.support.PanduIntegrationTest;
import java.math.BigDecimal;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V28 moves the Indeks Desa results of V26's own table into the one store of every score index
 * without losing a figure: run in a schema of its own, migrated to V27, given a result, then to V28.
 */
@PanduIntegrationTest
@Tag("db")
class IndeksSkorMigrasiIT {

    /** Flyway creates it as written; the SQL below quotes it (H2 folds unquoted names up, PostgreSQL down). */
    static final String SCHEMA = "UJI_MIGRASI_V28";

    static final String Q = '"' + SCHEMA + '"';

    @Autowired
    DataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .target(target)
                .load();
    }

    @Test
    void a_stored_indeks_desa_result_keeps_every_figure_in_the_one_store() {
        flyway("27").clean();
        flyway("27").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String items = "5".repeat(60) + "1".repeat(67);
        jdbc.sql("INSERT INTO " + Q + ".indeks_desa_hasil (kode_desa, tahun, katalog, sumber, butir, total, skor,"
                        + " status, layanan_dasar, sosial, ekonomi, lingkungan, aksesibilitas, tata_kelola,"
                        + " kuesioner_id, dihitung) VALUES ('3517082004', 2025, 'INDEKS_DESA-2024', 'IMPOR', :b, 367,"
                        + " 57.80, 'BERKEMBANG', 100.00, 41.18, 20.00, 20.00, 20.00, 20.00, NULL, CURRENT_TIMESTAMP)")
                .param("b", items)
                .update();
        try {
            flyway("28").migrate();
            Map<String, Object> row = jdbc.sql("SELECT indeks, kode_desa, tahun, katalog, sumber, butir, total, skor,"
                            + " status, dimensi FROM " + Q + ".indeks_skor")
                    .query()
                    .singleRow();
            assertThat(row.get("indeks")).isEqualTo("INDEKS_DESA");
            assertThat(row.get("kode_desa")).isEqualTo("3517082004");
            assertThat(((Number) row.get("tahun")).intValue()).isEqualTo(2025);
            assertThat(row.get("sumber")).isEqualTo("IMPOR");
            assertThat(row.get("butir")).isEqualTo(items);
            assertThat(((Number) row.get("total")).intValue()).isEqualTo(367);
            assertThat((BigDecimal) row.get("skor")).isEqualByComparingTo("57.80");
            assertThat(row.get("status")).isEqualTo("BERKEMBANG");
            KatalogIndeksDesa k = new KatalogIndeks().indeksDesa().katalog();
            assertThat(PenyimpananSkor.bacaDimensi(k, row.get("dimensi").toString()))
                    .containsEntry("LAYANAN_DASAR", new BigDecimal("100.00"))
                    .containsEntry("SOSIAL", new BigDecimal("41.18"))
                    .containsEntry("TATA_KELOLA_PEMERINTAHAN_DESA", new BigDecimal("20.00"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) = :s"
                                    + " AND LOWER(table_name) = 'indeks_desa_hasil'")
                            .param("s", SCHEMA.toLowerCase(java.util.Locale.ROOT))
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            flyway("28").clean();
        }
    }
}
