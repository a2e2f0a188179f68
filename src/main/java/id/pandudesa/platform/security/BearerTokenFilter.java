package id.pandudesa.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Accepts {@code Authorization: Bearer <personal API token>} on the API. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ObjectProvider<ApiTokenAuthenticator> authenticator;
    private final ProblemSecurityHandlers entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ObjectProvider<ApiTokenAuthenticator> authenticator, ProblemSecurityHandlers entryPoint) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(PREFIX.length()).trim();
        ApiTokenAuthenticator tokens = authenticator.getIfAvailable();
        Optional<Authentication> authentication;
        try {
            authentication = tokens == null || token.isEmpty() ? Optional.empty() : tokens.authenticate(token);
        } catch (org.springframework.dao.DataAccessResourceFailureException
                | org.springframework.dao.TransientDataAccessResourceException
                | org.springframework.transaction.CannotCreateTransactionException
                | org.springframework.transaction.TransactionSystemException e) {
            // The token could not be checked because the database is away: not the caller's fault.
            contexts.clearContext();
            entryPoint.tidakTersedia(request, response);
            return;
        }
        if (authentication.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication.get());
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
