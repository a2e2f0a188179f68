package id.pandudesa.regulasi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the register: a village's adopted regulations for the public, and
 * the regulation a village document stands on (its <em>dasar hukum</em>), so modules cite the
 * register instead of a typed number.
 */
public interface RegulasiApi {

    /**
     * One adopted regulation or decision as the public board lists it; {@code jenis} is already in
     * the village's words ("Qanun Gampong", "Peraturan Keuchik"); {@code adaTeks} whether its text
     * can be opened at {@code /desa/{kode}/regulasi/{id}}.
     */
    record Publik(long id, String jenis, String judul, String nomor, LocalDate tanggal, boolean adaTeks) {}

    /** The desa's adopted regulations and decisions, newest first, at most {@code batas}. */
    List<Publik> publik(String kodeDesa, int batas);

    /**
     * An adopted regulation as a citation: "Qanun Gampong Nomor 3 Tahun 2026 tentang APBG 2026",
     * with the address of its page in the register.
     */
    record Rujukan(long id, String kodeDesa, String label, String tautan, boolean berlaku) {}

    /** The desa's adopted regulations and decisions that still stand, newest first (to choose from). */
    List<Rujukan> pilihan(String kodeDesa);

    /** An adopted regulation of that desa, if it is one. */
    Optional<Rujukan> rujukan(long id, String kodeDesa);

    /** The village documents that stand on a regulation, each with the address of its page. */
    enum Pokok {
        APBDES("/perencanaan/apbdes/{kode}/{id}"),
        RKPDES("/perencanaan/rkpdes/{kode}/{id}"),
        RPJMDES("/perencanaan/rpjmdes/{kode}"),
        BUMDES("/ekonomi/bumdes/{kode}/{id}");

        private final String tautan;

        Pokok(String tautan) {
            this.tautan = tautan;
        }

        public String tautan(String kodeDesa, String pokokId) {
            return tautan.replace("{kode}", kodeDesa).replace("{id}", pokokId);
        }
    }

    /** The regulation a document stands on ({@code pokokId}: the year, the first RPJM year, the BUMDes id). */
    Optional<Rujukan> dasarHukum(Pokok pokok, String kodeDesa, String pokokId);
}
