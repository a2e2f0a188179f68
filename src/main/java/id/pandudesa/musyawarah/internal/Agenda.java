package id.pandudesa.musyawarah.internal;

import org.springframework.data.relational.core.mapping.Table;

/** An agenda item and, once decided, how and what. */
@Table("musyawarah_agenda")
public record Agenda(
        String kodeDesa,
        String judul,
        Agenda.Cara cara,
        Integer setuju,
        Integer tolak,
        Integer abstain,
        Suara.Hasil hasil,
        String keputusan) {

    /** How an agenda item was decided. */
    public enum Cara {
        MUFAKAT,
        VOTING
    }

    /** This item decided: by mufakat, or by a vote counted against the voters present. */
    Agenda putuskan(Cara how, Integer setuju, Integer tolak, Integer abstain, int pemilih, String keputusan) {
        return how == Cara.MUFAKAT
                ? new Agenda(kodeDesa, judul, how, null, null, null, null, keputusan)
                : new Agenda(
                        kodeDesa,
                        judul,
                        how,
                        setuju,
                        tolak,
                        abstain,
                        Suara.hitung(nol(setuju), nol(tolak), nol(abstain), pemilih),
                        keputusan);
    }

    private static int nol(Integer v) {
        return v == null ? 0 : v;
    }

    public boolean diputuskan() {
        return cara != null;
    }

    public boolean disepakati() {
        return cara == Cara.MUFAKAT || hasil == Suara.Hasil.DITERIMA;
    }
}
