package id.pandudesa.platform.web;

import id.pandudesa.platform.idempotency.IdempotentFormInterceptor;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final IdempotentFormInterceptor idempotentForms;

    WebConfig(IdempotentFormInterceptor idempotentForms) {
        this.idempotentForms = idempotentForms;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("bahasa");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(idempotentForms).excludePathPatterns("/api/**", UnreadableRequestFilter.PAGE);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageQueryArgumentResolver());
        resolvers.add(new PageActionArgumentResolver());
    }

    /** The one clock every module reads, so tests can move time (deadlines, escalation). */
    @Bean
    static Clock clock() {
        return Clock.systemUTC();
    }
}
