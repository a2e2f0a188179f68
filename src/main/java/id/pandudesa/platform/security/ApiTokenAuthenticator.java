package id.pandudesa.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Turns a personal API token ({@code Authorization: Bearer …}) into an authenticated user.
 * Implemented by the module that issues tokens.
 */
public interface ApiTokenAuthenticator {

    /** The authentication for a valid, unrevoked token of an active user; empty otherwise. */
    Optional<Authentication> authenticate(String rawToken);
}
