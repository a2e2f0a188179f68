package id.pandudesa.platform.security;

import id.pandudesa.platform.web.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of the API as Problem Details in the caller's language. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemJson problems;

    ProblemSecurityHandlers(ProblemJson problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            // HTTP Basic could not look the account up (the database is away): not the caller's fault.
            tidakTersedia(request, response);
            return;
        }
        String key = e instanceof LockedException
                ? "masuk.terkunci"
                : e instanceof BadCredentialsException && request.getHeader("Authorization") != null
                        ? "masuk.kredensialSalah"
                        : "masuk.diperlukan";
        response.setHeader("WWW-Authenticate", "Basic realm=\"Pandu Desa\"");
        write(request, response, HttpStatus.UNAUTHORIZED, key);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "akses.ditolak");
    }

    /** The database is away while a request is being authenticated: 503, send again shortly. */
    void tidakTersedia(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "5");
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "galat.sementara");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        problems.tulis(request, response, status, key);
    }
}
