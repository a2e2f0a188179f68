package id.pandudesa.regulasi;

import java.time.LocalDate;
import java.util.List;

/** What other modules may ask of the register: a village's adopted regulations, for the public. */
public interface RegulasiApi {

    /**
     * One adopted regulation or decision as the public board lists it; {@code jenis} is already in
     * the village's words ("Qanun Gampong", "Peraturan Keuchik"); {@code adaTeks} whether its text
     * can be opened at {@code /desa/{kode}/regulasi/{id}}.
     */
    record Publik(long id, String jenis, String judul, String nomor, LocalDate tanggal, boolean adaTeks) {}

    /** The desa's adopted regulations and decisions, newest first, at most {@code batas}. */
    List<Publik> publik(String kodeDesa, int batas);
}
