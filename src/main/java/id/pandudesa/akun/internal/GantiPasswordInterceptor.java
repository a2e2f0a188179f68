package id.pandudesa.akun.internal;

import id.pandudesa.platform.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user whose password was set by someone else (the first admin's one-time password, an admin
 * reset, an account an admin created) must choose their own before using any page or the API: pages
 * lead to the password page, the API answers 403 naming it.
 */
@Configuration(proxyBeanMethods = false)
class GantiPasswordInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final JdbcClient jdbc;

    GantiPasswordInterceptor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/**")
                .excludePathPatterns(
                        "/akun/password",
                        "/keluar",
                        "/masuk",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/actuator/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return true;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api && request.getAttribute(ApiTokenService.LEWAT_TOKEN) != null) {
            // A personal token: its check already refused accounts that must change the password.
            return true;
        }
        boolean mustChange = jdbc.sql("SELECT wajib_ganti_password FROM pengguna WHERE username = :u")
                .param("u", auth.getName().toLowerCase(Locale.ROOT))
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (mustChange && api) {
            throw new ForbiddenException("akun.password.wajibGantiApi");
        }
        if (mustChange) {
            response.sendRedirect(request.getContextPath() + "/akun/password?wajib");
            return false;
        }
        return true;
    }
}
