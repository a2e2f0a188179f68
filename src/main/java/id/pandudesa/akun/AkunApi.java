package id.pandudesa.akun;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules ask of accounts: who is calling and what is their scope, who serves a
 * desa. The caller is read fresh from the database once per request, so a changed role or scope
 * or a deactivation takes effect at once, on every node.
 */
public interface AkunApi {

    /** The logged-in, active user, or empty for a citizen (not logged in). */
    Optional<PenggunaSaatIni> saatIni();

    /** The logged-in user; a request without one is refused (401 on the API, login page otherwise). */
    PenggunaSaatIni wajibSaatIni();

    /** The scope of any user, e.g. the author of a report (empty scope for an unknown user). */
    Lingkup lingkupDari(String username);

    Optional<PenggunaSaatIni> cariPengguna(String username);

    /** Any user, active or not (reports of a facilitator who has left stay readable). */
    Optional<PenggunaSaatIni> profil(String username);

    /**
     * Everyone with an account who serves this desa: assigned to it directly (KPMD, PEMDES, PLD,
     * MITRA) or through its kecamatan (PD, CAMAT) or kabupaten (TA). Admins are not listed.
     */
    List<PetugasDesa> petugasDesa(String kodeDesa);

    /** For each of these desa: how many active users are assigned to it directly (not via kecamatan). */
    Map<String, Long> jumlahPetugasLangsung(Collection<String> kodeDesa);

    /**
     * Active users of these roles with at least one scope code inside {@code lingkup} (the
     * facilitators a supervisor may assess), by name, at most {@code batas}, with their whole scope.
     */
    List<PenggunaSaatIni> penggunaDalam(Lingkup lingkup, Collection<Peran> peran, int batas);

    /** Name, role, phone and e-mail of each of these users (for names in lists and for notifications). */
    List<PetugasDesa> kontak(Collection<String> username);

    /**
     * The desa inside {@code lingkup} where a MITRA assignment ended before {@code sebelum}, the
     * latest end first, at most {@code batas} (the kaderisasi view follows what happened after).
     */
    List<PenugasanBerakhir> penugasanMitraBerakhir(Lingkup lingkup, java.time.LocalDate sebelum, int batas);
}
