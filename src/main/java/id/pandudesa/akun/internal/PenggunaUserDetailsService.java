package id.pandudesa.akun.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Login by username and password, for the login form and HTTP Basic on the API. */
@Service
class PenggunaUserDetailsService implements UserDetailsService {

    private final PenggunaRepository users;
    private final LoginThrottle throttle;

    PenggunaUserDetailsService(PenggunaRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Pengguna user = users.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        // A locked principal fails the pre-authentication check, before the password is compared.
        return new PenggunaPrincipal(
                user.id(),
                user.username(),
                user.peran().name(),
                user.passwordHash(),
                user.aktif(),
                throttle.terkunci(name));
    }
}
