package id.pandudesa.musyawarah;

import id.pandudesa.akun.PenggunaSaatIni;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of meetings: a decision to cite (planning records which musyawarah
 * decided a proposal, a plan or a budget), and a desa's published meetings (the public board).
 */
public interface MusyawarahApi {

    /**
     * A decided agenda item. {@code agenda} is 1-based as printed in the berita acara; {@code
     * pemilih} is how many present could vote (observers excluded), the ceiling of any count of
     * votes recorded against this decision.
     */
    record Keputusan(
            long musyawarahId,
            String kodeDesa,
            JenisMusyawarah jenis,
            String judulMusyawarah,
            LocalDate tanggal,
            int agenda,
            String judulAgenda,
            String cara,
            boolean disepakati,
            String teks,
            int pemilih) {
        /** Planning decisions come from a meeting of the whole desa, not a dusun or a reflection. */
        public boolean musyawarahDesa() {
            return switch (jenis) {
                case MUSDES_PERENCANAAN, MUSDES_RKPDES, MUSDES_APBDES, MUSDES, MUSRENBANGDES, MUSDESUS -> true;
                default -> false;
            };
        }

        /** The value a form sends to cite it. */
        public String rujukan() {
            return musyawarahId + ":" + agenda;
        }
    }

    /** A published meeting as the public may see it: no names of participants. */
    record Publik(
            long id,
            JenisMusyawarah jenis,
            String judul,
            LocalDate tanggal,
            String tempat,
            String status,
            int hadir,
            int perempuan,
            List<String> keputusan) {}

    /** The decision, if the meeting exists in the user's scope and the item was decided. */
    Optional<Keputusan> keputusan(long musyawarahId, int agenda, PenggunaSaatIni me);

    /**
     * The decision for a public trace of planning ("what happened to this proposal"): a decision
     * carries no participant's name, and planning decisions are public by nature. Empty when the
     * meeting was replaced by a correction or the item not decided.
     */
    Optional<Keputusan> keputusanUntukJejak(long musyawarahId, int agenda);

    /** Every decided item of a desa's meetings held in a year (for choosing the decision to cite). */
    List<Keputusan> keputusanDesa(String kodeDesa, int tahun, PenggunaSaatIni me);

    /** A meeting as another record names it (a complaint's mediation, a dispute's meeting). */
    record Ringkas(long id, String kodeDesa, JenisMusyawarah jenis, String judul, LocalDate tanggal) {}

    /** The meeting, if it exists in the user's scope and was not replaced by a correction. */
    Optional<Ringkas> ringkas(long musyawarahId, PenggunaSaatIni me);

    /** A desa's meetings (not replaced by a correction) in the user's scope, newest first. */
    List<Ringkas> terbaru(String kodeDesa, int batas, PenggunaSaatIni me);

    /** A desa's published meetings, newest first. */
    List<Publik> publik(String kodeDesa, int batas);
}
