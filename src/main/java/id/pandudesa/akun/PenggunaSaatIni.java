package id.pandudesa.akun;

/**
 * The logged-in user as other modules see them: who, which role, which scope. {@code lingkup} is
 * what they may read — also regions of assignments that ended; {@code berakhir} are the codes of
 * {@code lingkup} whose assignment has ended, where they record nothing new ({@link #bolehMencatat}).
 */
public record PenggunaSaatIni(
        long id, String username, String nama, Peran peran, Lingkup lingkup, java.util.Set<String> berakhir) {

    public PenggunaSaatIni {
        berakhir = berakhir == null ? java.util.Set.of() : java.util.Set.copyOf(berakhir);
    }

    /** A user whose whole scope is current. */
    public PenggunaSaatIni(long id, String username, String nama, Peran peran, Lingkup lingkup) {
        this(id, username, nama, peran, lingkup, java.util.Set.of());
    }

    /** The part of the scope whose assignment still runs. */
    public Lingkup lingkupAktif() {
        if (berakhir.isEmpty()) {
            return lingkup;
        }
        return Lingkup.of(
                lingkup.kode().stream().filter(k -> !berakhir.contains(k)).toList());
    }

    /** Whether the user may record something new at this region: inside a scope whose assignment runs. */
    public boolean bolehMencatat(String kodeWilayah) {
        return lingkupAktif().mencakup(kodeWilayah);
    }

    /** The application itself acting nationally (demo seeding, start-up tasks), for the audit trail "sistem". */
    public static PenggunaSaatIni sistem() {
        return new PenggunaSaatIni(0, "sistem", "Sistem", Peran.ADMIN, Lingkup.nasional());
    }

    public boolean punya(Peran... roles) {
        for (Peran p : roles) {
            if (p == peran) {
                return true;
            }
        }
        return false;
    }

    public boolean mencakup(String kodeWilayah) {
        return lingkup.mencakup(kodeWilayah);
    }
}
