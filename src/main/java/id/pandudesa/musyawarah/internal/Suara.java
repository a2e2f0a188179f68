package id.pandudesa.musyawarah.internal;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import java.util.List;

/**
 * A vote on an agenda item when mufakat was not reached (Permendesa 16/2019): each voter has one
 * vote (for, against, abstain); observers do not vote. More for than against carries it; a tie
 * decides nothing and the item must be deliberated again.
 */
final class Suara {

    enum Hasil {
        DITERIMA,
        DITOLAK,
        SERI
    }

    private Suara() {}

    static Hasil hitung(int setuju, int tolak, int abstain, int pemilih) {
        if (setuju < 0 || tolak < 0 || abstain < 0) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("setuju", "musyawarah.suara.negatif")), "musyawarah.suara.negatif");
        }
        long cast = (long) setuju + tolak + abstain;
        if (cast > pemilih) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("setuju", "musyawarah.suara.melebihiPemilih", cast, pemilih)),
                    "musyawarah.suara.melebihiPemilih",
                    cast,
                    pemilih);
        }
        if (cast == 0) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("setuju", "musyawarah.suara.kosong")), "musyawarah.suara.kosong");
        }
        return setuju > tolak ? Hasil.DITERIMA : setuju < tolak ? Hasil.DITOLAK : Hasil.SERI;
    }
}
