package id.pandudesa.wilayah;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A text in the national terms, in a village's own words — and the national names left alone. */
public class SebutanDesaTest {

    /** The words of Aceh as V40 ships them. */
    public static final SebutanDesa ACEH = new SebutanDesa(
            "Gampong",
            "Keuchik",
            "RPJMG",
            "RKPG",
            "APBG",
            "BUMG",
            "Tuha Peuet",
            "Sekretaris Gampong",
            "Musyawarah Gampong",
            "Qanun Gampong");

    @Test
    void compound_terms_take_the_village_words() {
        assertThat(ACEH.terapkan("Musyawarah Desa APBDes")).isEqualTo("Musyawarah Gampong APBG");
        assertThat(ACEH.terapkan("Laporan Realisasi Pelaksanaan APBDes Semester Pertama"))
                .isEqualTo("Laporan Realisasi Pelaksanaan APBG Semester Pertama");
        assertThat(ACEH.terapkan("Badan Permusyawaratan Desa dan Pemerintah Desa"))
                .isEqualTo("Tuha Peuet dan Pemerintah Gampong");
        assertThat(ACEH.terapkan("Pimpinan Musyawarah (Ketua BPD)"))
                .isEqualTo("Pimpinan Musyawarah (Ketua Tuha Peuet)");
        assertThat(ACEH.terapkan("Kepala Desa, Sekretaris Desa, RPJMDes, RKPDes, BUMDes, Peraturan Desa"))
                .isEqualTo("Keuchik, Sekretaris Gampong, RPJMG, RKPG, BUMG, Qanun Gampong");
    }

    @Test
    void national_names_and_the_national_words_stay() {
        assertThat(ACEH.terapkan("Dana Desa diterima, Pendamping Desa, Indeks Desa, BPDes"))
                .isEqualTo("Dana Desa diterima, Pendamping Desa, Indeks Desa, BPDes");
        assertThat(SebutanDesa.DESA.terapkan("Musyawarah Desa APBDes")).isEqualTo("Musyawarah Desa APBDes");
        assertThat(ACEH.terapkan(null)).isNull();
    }
}
