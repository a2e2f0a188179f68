package id.pandudesa.platform.replika;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The app's data source while a replica is configured: a transaction's connection is chosen at its
 * first statement ({@link PengalihBaca}), when whether it is read-only is known. Closing it closes
 * both pools (the bean's destroy method is Spring Boot's pool's {@code close}).
 */
public final class DataSourceReplika extends LazyConnectionDataSourceProxy implements AutoCloseable {

    private final HikariDataSource utama;
    private final SumberReplika sumber;

    DataSourceReplika(HikariDataSource utama, SumberReplika sumber) {
        super(new PengalihBaca(utama, sumber));
        this.utama = utama;
        this.sumber = sumber;
    }

    /** The standby's side: its lag and fitness. */
    public SumberReplika sumber() {
        return sumber;
    }

    @Override
    public void close() {
        try {
            sumber.close();
        } finally {
            utama.close();
        }
    }
}
