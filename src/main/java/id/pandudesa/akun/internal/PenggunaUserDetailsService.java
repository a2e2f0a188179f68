package id.pandudesa.akun.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** The account behind a username, for {@link ThrottledAuthenticationProvider}. */
@Service
class PenggunaUserDetailsService implements UserDetailsService {

    private final PenggunaRepository users;

    PenggunaUserDetailsService(PenggunaRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Pengguna user = users.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        // Locking is decided before this lookup, by ThrottledAuthenticationProvider.
        return new PenggunaPrincipal(
                user.id(), user.username(), user.peran().name(), user.passwordHash(), user.aktif(), false);
    }
}
