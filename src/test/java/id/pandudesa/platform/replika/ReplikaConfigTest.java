package id.pandudesa.platform.replika;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The replica is the setting's choice when the app starts (also in the ahead-of-time build). */
class ReplikaConfigTest {

    private static BeanPostProcessor pembungkus(MockEnvironment env) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("meters", new SimpleMeterRegistry());
        return ReplikaConfig.replikaBaca(env, beans.getBeanProvider(MeterRegistry.class));
    }

    private static HikariDataSource utama() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:h2:mem:replika-config");
        ds.setUsername("sa");
        return ds;
    }

    @Test
    void without_a_replica_the_pool_stays_spring_boots_own() {
        HikariDataSource pool = utama();
        assertThat(pembungkus(new MockEnvironment()).postProcessAfterInitialization(pool, "dataSource"))
                .isSameAs(pool);
        pool.close();
    }

    @Test
    void with_a_replica_url_the_data_source_routes_and_closing_it_closes_both_pools() throws Exception {
        HikariDataSource pool = utama();
        MockEnvironment env = new MockEnvironment()
                .withProperty("pandu.replika.url", "jdbc:h2:mem:replika-config-standby")
                .withProperty("pandu.replika.lag-maks", "5s");
        Object bean = pembungkus(env).postProcessAfterInitialization(pool, "dataSource");
        assertThat(bean).isInstanceOf(DataSourceReplika.class);
        assertThat(pembungkus(env).postProcessAfterInitialization(pool, "lain")).isSameAs(pool);
        try (DataSourceReplika ds = (DataSourceReplika) bean) {
            assertThat(ds.sumber()).isNotNull();
            assertThat(ds.getConnection().isValid(1)).isTrue();
        }
        assertThat(pool.isClosed()).isTrue();
    }
}
