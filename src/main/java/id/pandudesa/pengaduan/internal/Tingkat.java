package id.pandudesa.pengaduan.internal;

/**
 * Who handles a case: the desa, the kecamatan, the kabupaten, or SP4N-LAPOR! (the national
 * complaint system, outside Pandu Desa). A case starts in its desa and goes up when referred or
 * when a deadline passes.
 */
enum Tingkat {
    DESA,
    KECAMATAN,
    KABUPATEN,
    SP4N_LAPOR;

    /** The next level up for an automatic escalation; none above the kabupaten. */
    Tingkat berikut() {
        return switch (this) {
            case DESA -> KECAMATAN;
            case KECAMATAN -> KABUPATEN;
            default -> null;
        };
    }
}
