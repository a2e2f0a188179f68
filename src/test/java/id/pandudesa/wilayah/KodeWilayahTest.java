package id.pandudesa.wilayah;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KodeWilayahTest {

    @Test
    void codes_with_dots_and_without_are_the_same_region() {
        assertThat(KodeWilayah.normalisasi("35.17.08.2007")).isEqualTo("3517082007");
        assertThat(KodeWilayah.bertitik("3517082007")).isEqualTo("35.17.08.2007");
        assertThat(KodeWilayah.bertitik("351708")).isEqualTo("35.17.08");
        assertThat(KodeWilayah.bertitik("35")).isEqualTo("35");
    }

    @Test
    void only_2_4_6_or_10_digits_are_region_codes() {
        assertThat(KodeWilayah.formatValid("35")).isTrue();
        assertThat(KodeWilayah.formatValid("3517")).isTrue();
        assertThat(KodeWilayah.formatValid("351708")).isTrue();
        assertThat(KodeWilayah.formatValid("3517082007")).isTrue();
        assertThat(KodeWilayah.formatValid("35170")).isFalse();
        assertThat(KodeWilayah.formatValid("35a7")).isFalse();
        assertThat(KodeWilayah.formatValid("")).isFalse();
        assertThat(KodeWilayah.formatValid(null)).isFalse();
    }

    @Test
    void a_desa_walks_up_to_its_kecamatan_kabupaten_and_provinsi() {
        assertThat(KodeWilayah.garisInduk("3517082007")).containsExactly("35", "3517", "351708", "3517082007");
        assertThat(KodeWilayah.induk("3517082007")).isEqualTo("351708");
        assertThat(KodeWilayah.induk("3517")).isEqualTo("35");
        assertThat(KodeWilayah.induk("35")).isNull();
        assertThat(Tingkat.dariKode("351708")).isEqualTo(Tingkat.KECAMATAN);
        assertThat(Tingkat.KECAMATAN.anak()).isEqualTo(Tingkat.DESA);
    }

    @Test
    void villages_show_times_in_their_own_zone() {
        assertThat(ZonaWaktu.dariKode("3517082007")).isEqualTo(ZonaWaktu.WIB);
        assertThat(ZonaWaktu.dariKode("5171")).isEqualTo(ZonaWaktu.WITA);
        assertThat(ZonaWaktu.dariKode("6403")).isEqualTo(ZonaWaktu.WITA);
        assertThat(ZonaWaktu.dariKode("6201")).isEqualTo(ZonaWaktu.WIB);
        assertThat(ZonaWaktu.dariKode("7318")).isEqualTo(ZonaWaktu.WITA);
        assertThat(ZonaWaktu.dariKode("8101")).isEqualTo(ZonaWaktu.WIT);
        assertThat(ZonaWaktu.dariKode("9103")).isEqualTo(ZonaWaktu.WIT);
    }
}
