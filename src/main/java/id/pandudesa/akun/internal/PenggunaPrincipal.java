package id.pandudesa.akun.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated user kept in the session (serialised into the database, so small). Scope and
 * role are read fresh on every request through {@link id.pandudesa.akun.AkunApi}, so an admin's
 * change takes effect at once.
 */
class PenggunaPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String peran;
    private final boolean aktif;
    private final boolean terkunci;
    private String passwordHash;

    PenggunaPrincipal(long id, String username, String peran, String passwordHash, boolean aktif, boolean terkunci) {
        this.id = id;
        this.username = username;
        this.peran = peran;
        this.passwordHash = passwordHash;
        this.aktif = aktif;
        this.terkunci = terkunci;
    }

    long id() {
        return id;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + peran));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !terkunci;
    }

    @Override
    public boolean isEnabled() {
        return aktif;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
