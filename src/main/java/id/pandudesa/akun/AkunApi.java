package id.pandudesa.akun;

import id.pandudesa.akun.internal.AkunQueries;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What other modules ask of accounts: who is calling and what is their scope, who serves a
 * desa. The caller is read fresh from the database once per request, so a changed role or scope
 * or a deactivation takes effect at once, on every node.
 */
@Service
public class AkunApi {

    private final AkunQueries queries;

    AkunApi(AkunQueries queries) {
        this.queries = queries;
    }

    /** The logged-in, active user, or empty for a citizen (not logged in). */
    public Optional<PenggunaSaatIni> saatIni() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(AkunQueries.SAAT_INI, RequestAttributes.SCOPE_REQUEST)
                        instanceof PenggunaSaatIni p
                && p.username().equals(auth.getName())) {
            return Optional.of(p);
        }
        Optional<PenggunaSaatIni> current = queries.aktif(auth.getName());
        if (request != null) {
            current.ifPresent(p -> request.setAttribute(AkunQueries.SAAT_INI, p, RequestAttributes.SCOPE_REQUEST));
        }
        return current;
    }

    /** The logged-in user; a request without one is refused (401 on the API, login page otherwise). */
    public PenggunaSaatIni wajibSaatIni() {
        return saatIni().orElseThrow(() -> new InsufficientAuthenticationException("login required"));
    }

    /** The scope of any user, e.g. the author of a report (empty scope for an unknown user). */
    public Lingkup lingkupDari(String username) {
        return queries.lingkup(username);
    }

    public Optional<PenggunaSaatIni> cariPengguna(String username) {
        return queries.aktif(username);
    }

    /** Any user, active or not (reports of a facilitator who has left stay readable). */
    public Optional<PenggunaSaatIni> profil(String username) {
        return queries.siapa(username);
    }

    /**
     * Everyone with an account who serves this desa: assigned to it directly (KPMD, PEMDES, PLD,
     * MITRA) or through its kecamatan (PD, CAMAT) or kabupaten (TA). Admins are not listed.
     */
    public List<PetugasDesa> petugasDesa(String kodeDesa) {
        return queries.petugasDesa(kodeDesa);
    }

    /** For each of these desa: how many active users are assigned to it directly (not via kecamatan). */
    public Map<String, Long> jumlahPetugasLangsung(Collection<String> kodeDesa) {
        return queries.jumlahPetugasLangsung(kodeDesa);
    }
}
