package id.pandudesa.platform.security;

import id.pandudesa.platform.web.ProblemJson;
import id.pandudesa.platform.web.UnreadableRequestFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: the JSON API (HTTP Basic, personal tokens, or the page session with its
 * CSRF token), the actuator (health public, metrics for ADMIN), and the pages (form login).
 * Roles decide actions; region scopes decide data and are checked by each module through akun.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig {

    static final String LOGIN_PAGE = "/masuk";

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemJson problems) {
        return new ProblemSecurityHandlers(problems);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ProblemSecurityHandlers problems,
            ObjectProvider<ApiTokenAuthenticator> tokens,
            List<PublicPaths> publicPaths,
            ProblemJson problemJson)
            throws Exception {
        String[] open = publicPaths.stream().flatMap(p -> p.api().stream()).toArray(String[]::new);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    if (open.length > 0) {
                        auth.requestMatchers(open).permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new UnreadableRequestFilter(problemJson), CsrfFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // Scripts authenticate per request (no cookie, no CSRF); the pages' own calls ride
                // on the session and must carry its CSRF token.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::sessionStateChange))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health", "info"))
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, List<PublicPaths> publicPaths, ProblemJson problemJson)
            throws Exception {
        String[] open = publicPaths.stream().flatMap(p -> p.pages().stream()).toArray(String[]::new);
        http.addFilterBefore(new UnreadableRequestFilter(problemJson), CsrfFilter.class)
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
                            .permitAll()
                            .requestMatchers(
                                    "/webjars/**",
                                    "/css/**",
                                    "/js/**",
                                    "/img/**",
                                    "/favicon.ico",
                                    LOGIN_PAGE,
                                    "/error",
                                    // the page for a form whose body could not be read: citizens send forms too
                                    "/galat/kiriman",
                                    "/v3/api-docs/**",
                                    "/swagger-ui/**",
                                    "/swagger-ui.html")
                            .permitAll();
                    if (open.length > 0) {
                        auth.requestMatchers(open).permitAll();
                    }
                    auth.requestMatchers("/admin/**")
                            .hasRole("ADMIN")
                            .anyRequest()
                            .authenticated();
                })
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .loginProcessingUrl(LOGIN_PAGE)
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/keluar")
                        .logoutSuccessUrl(LOGIN_PAGE + "?keluar")
                        .permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob: https:; "
                                        + "style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                        + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
                                        + "base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Back to the sign-in page with why: locked, deactivated, the database away (an internal failure
     * is not a wrong password), or wrong credentials.
     */
    static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> {
            String reason = e instanceof LockedException
                    ? "terkunci"
                    : e instanceof DisabledException
                            ? "nonaktif"
                            : e instanceof InternalAuthenticationServiceException ? "tidakTersedia" : "gagal";
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?" + reason);
        };
    }

    private static boolean sessionStateChange(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = HttpMethod.GET.matches(method)
                || HttpMethod.HEAD.matches(method)
                || HttpMethod.OPTIONS.matches(method)
                || HttpMethod.TRACE.matches(method);
        return !safe && !perPermintaan(request) && request.getSession(false) != null;
    }

    /**
     * A script's own credentials (HTTP Basic or a personal token) come with each request, so a
     * forged cross-site request cannot carry them; any other Authorization header (an unknown
     * scheme, which authenticates nothing) leaves the session's CSRF check in force.
     */
    static boolean perPermintaan(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null
                && (header.regionMatches(true, 0, "Basic ", 0, 6) || header.regionMatches(true, 0, "Bearer ", 0, 7));
    }
}
