package id.pandudesa.platform.replika;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives a connection to the standby for a read that may use it ({@link Replika#boleh()}, outside
 * a transaction or inside a read-only one, the standby fit), to the primary otherwise. Sits under a
 * {@code LazyConnectionDataSourceProxy}, so a transaction's connection is chosen at its first
 * statement, when whether the transaction is read-only is known.
 */
final class PengalihBaca extends DelegatingDataSource {

    private final SumberReplika replika;

    PengalihBaca(DataSource utama, SumberReplika replika) {
        super(utama);
        this.replika = replika;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (bolehReplika()) {
            Connection c = replika.sambungan();
            if (c != null) {
                return c;
            }
        }
        return obtainTargetDataSource().getConnection();
    }

    static boolean bolehReplika() {
        if (!Replika.boleh()) {
            return false;
        }
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
