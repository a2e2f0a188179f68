package id.pandudesa.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Table and column names are written unquoted in the Flyway migrations, so H2 stores them upper
 * case and PostgreSQL lower case; Spring Data JDBC must not quote them either, or the two
 * databases would need different names.
 */
@Configuration(proxyBeanMethods = false)
class JdbcNamingConfig {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
