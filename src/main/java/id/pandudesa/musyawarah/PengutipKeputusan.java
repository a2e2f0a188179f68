package id.pandudesa.musyawarah;

import id.pandudesa.akun.PenggunaSaatIni;
import java.util.List;

/**
 * Implemented by modules that rest their records on a meeting's decisions (planning cites the
 * Musdes that prioritised proposals or adopted a plan), so the meeting's page can show what came
 * of it without this module knowing those modules.
 */
public interface PengutipKeputusan {

    /** One thing that cites the meeting: a message key with its arguments, and where to see it. */
    record Kutipan(int agenda, String kunciPesan, List<String> argumen, String tautan) {}

    /** What cites meeting {@code musyawarahId}, as far as the user's scope shows. */
    List<Kutipan> kutipan(long musyawarahId, String kodeDesa, PenggunaSaatIni me);
}
