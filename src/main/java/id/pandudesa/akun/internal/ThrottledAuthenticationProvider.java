package id.pandudesa.akun.internal;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password, for the sign-in form and HTTP Basic alike: the {@link LoginThrottle} turn
 * is claimed before the account is read or any hash computed, so a locked name — real or not —
 * answers "locked" at once and the same way.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final org.slf4j.Logger log =
            org.slf4j.LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(PenggunaUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String alamat = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        try {
            LoginThrottle.Giliran turn =
                    throttle.klaim(authentication.getName(), alamat).orElseThrow(() -> new LockedException("locked"));
            try {
                Authentication result = passwords.authenticate(authentication);
                turn.berhasil();
                return result;
            } catch (BadCredentialsException e) {
                turn.gagal();
                throw e;
            } finally {
                turn.batal();
            }
        } catch (DataAccessException e) {
            // The database is away: not a wrong password (the form and Basic say "try again shortly").
            log.warn("Sign-in check failed in the database: {}", e.toString());
            throw new InternalAuthenticationServiceException(e.getMessage(), e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
