package id.pandudesa.platform.replika;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;

/**
 * With {@code pandu.replika.url} set when the app starts, the data source every component uses
 * becomes {@link DataSourceReplika}: Spring Boot's pool for the primary, the standby's pool, and
 * the routing that sends the reads of {@link BacaReplika} work to the standby. Without it the
 * data source is Spring Boot's pool, untouched. The health check, migrations, sessions and locks
 * keep using the primary (they never ask for the replica); a standby that is away does not make the
 * node unready. Decided when the app starts (not with a condition on the beans), so that the
 * ahead-of-time processed build keeps the replica a setting.
 */
@Configuration(proxyBeanMethods = false)
class ReplikaConfig {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanPostProcessor replikaBaca(Environment env, ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!"dataSource".equals(beanName) || !(bean instanceof HikariDataSource utama)) {
                    return bean;
                }
                ReplikaSetelan setelan = Binder.get(env).bindOrCreate("pandu.replika", ReplikaSetelan.class);
                if (setelan.url() == null || setelan.url().isBlank()) {
                    return bean;
                }
                SumberReplika sumber = new SumberReplika(
                        SumberReplika.pool(setelan, utama.getUsername(), utama.getPassword()),
                        setelan,
                        meters.getObject(),
                        System::nanoTime);
                return new DataSourceReplika(utama, sumber);
            }
        };
    }
}
