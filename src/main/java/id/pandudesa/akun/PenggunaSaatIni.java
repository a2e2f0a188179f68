package id.pandudesa.akun;

/** The logged-in user as other modules see them: who, which role, which scope. */
public record PenggunaSaatIni(long id, String username, String nama, Peran peran, Lingkup lingkup) {

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
