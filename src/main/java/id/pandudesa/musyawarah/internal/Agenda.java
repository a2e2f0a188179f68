package id.pandudesa.musyawarah.internal;

import org.springframework.data.relational.core.mapping.Table;

/** An agenda item and, once decided, how and what. */
@Table("musyawarah_agenda")
record Agenda(
        String kodeDesa,
        String judul,
        Musyawarah.Cara cara,
        Integer setuju,
        Integer tolak,
        Integer abstain,
        Suara.Hasil hasil,
        String keputusan) {

    public boolean diputuskan() {
        return cara != null;
    }

    public boolean disepakati() {
        return cara == Musyawarah.Cara.MUFAKAT || hasil == Suara.Hasil.DITERIMA;
    }
}
