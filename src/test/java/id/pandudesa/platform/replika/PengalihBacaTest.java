package id.pandudesa.platform.replika;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a read goes: two H2 databases stand for the primary and the standby (each answers its own
 * name), the standby's lag is a row the test sets, and the check interval runs on a test clock.
 */
class PengalihBacaTest {

    static final AtomicLong SEQ = new AtomicLong();

    final AtomicLong nanos = new AtomicLong(1);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    String n;
    JdbcTemplate replikaLangsung;
    SumberReplika replika;
    JdbcTemplate jdbc;
    DataSourceTransactionManager tx;

    @BeforeEach
    void databases() {
        n = "pb" + SEQ.incrementAndGet();
        DataSource utama = h2("jdbc:h2:mem:utama-" + n + ";DB_CLOSE_DELAY=-1");
        new JdbcTemplate(utama).execute("CREATE TABLE asal (nama VARCHAR(10)); INSERT INTO asal VALUES ('utama')");
        replikaLangsung = new JdbcTemplate(h2("jdbc:h2:mem:replika-" + n + ";DB_CLOSE_DELAY=-1"));
        replikaLangsung.execute("CREATE TABLE asal (nama VARCHAR(10)); INSERT INTO asal VALUES ('replika');"
                + " CREATE TABLE lag (detik DOUBLE PRECISION); INSERT INTO lag VALUES (0)");
        replika = sumber("jdbc:h2:mem:replika-" + n);
        DataSource app = new LazyConnectionDataSourceProxy(new PengalihBaca(utama, replika));
        jdbc = new JdbcTemplate(app);
        tx = new DataSourceTransactionManager(app);
        asal(); // the proxy reads the connection defaults once, as at the app's start
    }

    @AfterEach
    void close() {
        replika.close();
    }

    SumberReplika sumber(String url) {
        var setelan = new ReplikaSetelan(
                url, "sa", "", 2, Duration.ofSeconds(10), Duration.ofSeconds(2), "SELECT detik FROM lag");
        HikariDataSource pool = SumberReplika.pool(setelan, "sa", "");
        return new SumberReplika(pool, setelan, meters, nanos::get);
    }

    static DataSource h2(String url) {
        return new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
    }

    String asal() {
        return jdbc.queryForObject("SELECT nama FROM asal", String.class);
    }

    String asalBaca() {
        return Replika.baca(this::asal);
    }

    double dihitung(String sumber) {
        return meters.counter("pandu.replika.baca", "sumber", sumber).count();
    }

    void tunggu(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void only_marked_work_reads_from_the_replica() {
        assertThat(asal()).isEqualTo("utama");
        assertThat(asalBaca()).isEqualTo("replika");
        assertThat(asal()).as("the mark ends with the work").isEqualTo("utama");
        assertThat(dihitung("replika")).isEqualTo(1);
    }

    @Test
    void a_standby_behind_the_limit_sends_reads_to_the_primary_until_it_catches_up() {
        assertThat(asalBaca()).isEqualTo("replika");
        replikaLangsung.update("UPDATE lag SET detik = 30");
        assertThat(asalBaca()).as("the last verdict holds until the next check").isEqualTo("replika");
        tunggu(Duration.ofSeconds(2));
        assertThat(asalBaca()).isEqualTo("utama");
        assertThat(replika.lagDetik()).isEqualTo(30.0);
        replikaLangsung.update("UPDATE lag SET detik = 9.5");
        tunggu(Duration.ofSeconds(2));
        assertThat(asalBaca()).isEqualTo("replika");
        assertThat(dihitung("utama")).isEqualTo(1);
        assertThat(dihitung("replika")).isEqualTo(3);
    }

    @Test
    void a_standby_that_is_away_sends_reads_to_the_primary() {
        replika.close();
        replika = sumber("jdbc:h2:mem:tidak-ada-" + n + ";IFEXISTS=TRUE");
        jdbc = new JdbcTemplate(new LazyConnectionDataSourceProxy(
                new PengalihBaca(h2("jdbc:h2:mem:utama-" + n + ";DB_CLOSE_DELAY=-1"), replika)));
        asal();
        assertThat(asalBaca()).isEqualTo("utama");
        assertThat(replika.lagDetik()).isNaN();
        assertThat(dihitung("utama")).isEqualTo(1);
    }

    @Test
    void writes_inside_marked_work_stay_on_the_primary() {
        TransactionTemplate tulis = new TransactionTemplate(tx);
        TransactionTemplate baca = new TransactionTemplate(tx);
        baca.setReadOnly(true);
        Replika.baca(() -> {
            String ditulis = tulis.execute(s -> {
                jdbc.update("INSERT INTO asal VALUES ('baru')");
                return jdbc.queryForObject("SELECT MIN(nama) FROM asal", String.class);
            });
            assertThat(ditulis).as("a read-write transaction uses the primary").isEqualTo("baru");
            String dibaca = baca.execute(s -> asal());
            assertThat(dibaca).as("a read-only one may use the standby").isEqualTo("replika");
            return null;
        });
        assertThat(replikaLangsung.queryForObject("SELECT COUNT(*) FROM asal", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void work_handed_to_another_thread_keeps_the_mark() throws Exception {
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            String there = Replika.baca(() -> {
                try {
                    return pool.submit(Replika.ikut(this::asal)).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(there).isEqualTo("replika");
            assertThat(pool.submit(Replika.ikut(this::asal)).get()).isEqualTo("utama");
        } finally {
            pool.shutdown();
        }
    }
}
