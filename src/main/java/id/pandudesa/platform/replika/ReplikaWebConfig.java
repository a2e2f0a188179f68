package id.pandudesa.platform.replika;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the reads of an endpoint marked {@link BacaReplika} use the replica while it is served. */
@Configuration(proxyBeanMethods = false)
class ReplikaWebConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod m
                        && (m.hasMethodAnnotation(BacaReplika.class)
                                || m.getBeanType().isAnnotationPresent(BacaReplika.class))) {
                    Replika.mulai();
                }
                return true;
            }

            @Override
            public void afterCompletion(
                    HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                Replika.selesai();
            }
        });
    }
}
