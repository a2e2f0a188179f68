package id.pandudesa.platform.replika;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code pandu.replika.url} set: the primary's pool as Spring Boot would make it, the
 * standby's pool, and the data source every component uses, which sends the reads of {@link
 * BacaReplika} work to the standby. The health check, migrations, sessions and locks keep using
 * the primary (they never ask for the replica); a standby that is away does not make the node
 * unready.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "pandu.replika", name = "url")
@EnableConfigurationProperties(ReplikaSetelan.class)
class ReplikaConfig {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSourceUtama(DataSourceProperties properties) {
        return properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
    }

    @Bean
    SumberReplika sumberReplika(ReplikaSetelan setelan, DataSourceProperties properties, MeterRegistry meters) {
        return new SumberReplika(
                SumberReplika.pool(setelan, properties.determineUsername(), properties.determinePassword()),
                setelan,
                meters,
                System::nanoTime);
    }

    @Bean
    @Primary
    DataSource dataSource(HikariDataSource dataSourceUtama, SumberReplika sumberReplika) {
        return new LazyConnectionDataSourceProxy(new PengalihBaca(dataSourceUtama, sumberReplika));
    }
}
