package id.pandudesa.akun;

/** The roles of DESIGN.md. Roles decide which actions a user may take; scopes decide which data. */
public enum Peran {
    /** Kader Pemberdayaan Masyarakat Desa: one desa. */
    KPMD(true),
    /** Village government (Kepala Desa, Sekdes, operator): one desa. */
    PEMDES(true),
    /** Pendamping Lokal Desa: a set of desa. */
    PLD(false),
    /** Third-party facilitator or forum mitra volunteer: the desa they are assigned to. */
    MITRA(false),
    /** Pendamping Desa at the kecamatan: one kecamatan. */
    PD(false),
    /** Head of the kecamatan: one kecamatan. */
    CAMAT(false),
    /** Tenaga Ahli at the kabupaten: one kabupaten. */
    TA(false),
    /** Dinas PMD / ministry operator: provinsi or the whole country. */
    ADMIN(false);

    private final boolean villageOwn;

    Peran(boolean villageOwn) {
        this.villageOwn = villageOwn;
    }

    /** Whether this role belongs to the village itself (its government or its cadres). */
    public boolean milikDesa() {
        return villageOwn;
    }

    /** Professional or third-party facilitators, whose work kaderisasi means to hand over. */
    public boolean pendamping() {
        return this == PLD || this == PD || this == TA || this == MITRA;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
