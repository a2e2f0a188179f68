package id.pandudesa.akun.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.PetugasDesa;
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

/** The implementation of {@link AkunApi}. */
@Service
class AkunApiImpl implements AkunApi {

    private final AkunQueries queries;

    AkunApiImpl(AkunQueries queries) {
        this.queries = queries;
    }

    @Override
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

    @Override
    public PenggunaSaatIni wajibSaatIni() {
        return saatIni().orElseThrow(() -> new InsufficientAuthenticationException("login required"));
    }

    @Override
    public Lingkup lingkupDari(String username) {
        return queries.lingkup(username);
    }

    @Override
    public Optional<PenggunaSaatIni> cariPengguna(String username) {
        return queries.aktif(username);
    }

    @Override
    public Optional<PenggunaSaatIni> profil(String username) {
        return queries.siapa(username);
    }

    @Override
    public List<PetugasDesa> petugasDesa(String kodeDesa) {
        return queries.petugasDesa(kodeDesa);
    }

    @Override
    public Map<String, Long> jumlahPetugasLangsung(Collection<String> kodeDesa) {
        return queries.jumlahPetugasLangsung(kodeDesa);
    }

    @Override
    public List<PenggunaSaatIni> penggunaDalam(Lingkup lingkup, Collection<Peran> peran, int batas) {
        return queries.penggunaDalam(lingkup, peran, batas);
    }

    @Override
    public List<PetugasDesa> kontak(Collection<String> username) {
        return queries.kontak(username);
    }

    @Override
    public List<id.pandudesa.akun.PenugasanBerakhir> penugasanMitraBerakhir(
            Lingkup lingkup, java.time.LocalDate sebelum, int batas) {
        return queries.penugasanMitraBerakhir(lingkup, sebelum, batas);
    }
}
