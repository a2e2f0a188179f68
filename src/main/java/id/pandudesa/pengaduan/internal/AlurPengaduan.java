package id.pandudesa.pengaduan.internal;

import static id.pandudesa.pengaduan.StatusPengaduan.DIRUJUK;
import static id.pandudesa.pengaduan.StatusPengaduan.DITERIMA;
import static id.pandudesa.pengaduan.StatusPengaduan.DITINDAKLANJUTI;
import static id.pandudesa.pengaduan.StatusPengaduan.DITOLAK;
import static id.pandudesa.pengaduan.StatusPengaduan.DIVERIFIKASI;

import id.pandudesa.akun.Peran;
import id.pandudesa.pengaduan.StatusPengaduan;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of a case's workflow: which step may follow which status, and who may take it.
 *
 * <pre>
 * DITERIMA → DIVERIFIKASI → DITINDAKLANJUTI → MEDIASI → SELESAI
 *     any open status → DIRUJUK (kecamatan, kabupaten, SP4N-LAPOR!) → taken up again → SELESAI
 *     DITERIMA / DIVERIFIKASI → DITOLAK (with a reason)
 * </pre>
 *
 * The posko (KPMD) and the facilitators (PLD, PD, TA) handle cases, with the Camat and admins;
 * the village government (PEMDES) acts only on a case assigned to it. A role acts up to its own
 * level: once a case is referred to the kecamatan, the desa's handlers only comment.
 */
public final class AlurPengaduan {

    public enum Langkah {
        VERIFIKASI(EnumSet.of(DITERIMA), DIVERIFIKASI),
        TINDAK_LANJUT(EnumSet.of(DIVERIFIKASI, DIRUJUK, StatusPengaduan.MEDIASI), DITINDAKLANJUTI),
        MEDIASI(EnumSet.of(DITINDAKLANJUTI, DIRUJUK), StatusPengaduan.MEDIASI),
        SELESAI(EnumSet.of(DITINDAKLANJUTI, StatusPengaduan.MEDIASI, DIRUJUK), StatusPengaduan.SELESAI),
        RUJUK(EnumSet.of(DITERIMA, DIVERIFIKASI, DITINDAKLANJUTI, StatusPengaduan.MEDIASI, DIRUJUK), DIRUJUK),
        TOLAK(EnumSet.of(DITERIMA, DIVERIFIKASI), DITOLAK);

        final Set<StatusPengaduan> dari;
        final StatusPengaduan ke;

        Langkah(Set<StatusPengaduan> dari, StatusPengaduan ke) {
            this.dari = dari;
            this.ke = ke;
        }
    }

    /** Who may be assigned the follow-up of a case in the desa. */
    static final Set<Peran> PENINDAK = EnumSet.of(Peran.PEMDES, Peran.KPMD, Peran.PLD);

    /** Roles that handle complaints wherever their scope covers the desa. */
    static final Set<Peran> PENANGAN = EnumSet.of(Peran.KPMD, Peran.PLD, Peran.PD, Peran.CAMAT, Peran.TA, Peran.ADMIN);

    private AlurPengaduan() {}

    static boolean boleh(Langkah langkah, StatusPengaduan status) {
        return langkah.dari.contains(status);
    }

    /** The level a role works at. */
    static Tingkat tingkatPeran(Peran peran) {
        return switch (peran) {
            case KPMD, PEMDES, PLD, MITRA -> Tingkat.DESA;
            case PD, CAMAT -> Tingkat.KECAMATAN;
            case TA, ADMIN -> Tingkat.KABUPATEN;
        };
    }

    /**
     * Whether a user of this role (whose scope covers the desa) is one of the case's handlers: sees
     * the complainant's identity and may comment. The village government only when the case was
     * assigned to it: a complaint is often about the village government itself.
     */
    static boolean penangan(Peran peran, Peran ditugaskan) {
        return PENANGAN.contains(peran) || (peran == Peran.PEMDES && ditugaskan == Peran.PEMDES);
    }

    /** Whether this role may move a case at this level (a handler, at or above the case's level). */
    static boolean bolehBertindak(Peran peran, Peran ditugaskan, Tingkat tingkat) {
        if (!penangan(peran, ditugaskan)) {
            return false;
        }
        Tingkat dibutuhkan = tingkat == Tingkat.SP4N_LAPOR ? Tingkat.KECAMATAN : tingkat;
        return tingkatPeran(peran).ordinal() >= dibutuhkan.ordinal();
    }

    /** A referral goes up, never down or sideways (SP4N-LAPOR! is the top). */
    static boolean rujukanSah(Tingkat sekarang, Tingkat ke) {
        return ke != Tingkat.DESA && ke.ordinal() > sekarang.ordinal();
    }
}
