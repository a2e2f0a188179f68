package id.pandudesa.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts for the integration tests' "nothing was stored" checks, on H2 or PostgreSQL.
 * Injected into every {@link PanduIntegrationTest}.
 */
public class Tabel {

    private final JdbcClient jdbc;

    public Tabel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows of a table. */
    public long baris(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** Rows of a table in one village. */
    public long barisDesa(String table, String kodeDesa) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE kode_desa = :k")
                .param("k", kodeDesa)
                .query(Long.class)
                .single();
    }
}
