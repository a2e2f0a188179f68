package id.pandudesa.wilayah.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.pandudesa.wilayah.JenisWilayah;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Tingkat;
import id.pandudesa.wilayah.Wilayah;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The region lookups asked on nearly every request are kept once found, and only once found. */
class WilayahApiCacheTest {

    private static final Wilayah CUKIR = new Wilayah("3517082007", "Cukir", Tingkat.DESA, JenisWilayah.DESA, "351708");

    private final WilayahRepository repository = mock(WilayahRepository.class);
    private final WilayahApiImpl api =
            new WilayahApiImpl(repository, mock(id.pandudesa.platform.audit.AuditTrail.class));

    @Test
    void a_region_found_is_not_read_again() {
        when(repository.findByKode("3517082007")).thenReturn(Optional.of(CUKIR));

        assertThat(api.cari("35.17.08.2007")).contains(CUKIR);
        assertThat(api.cari("3517082007")).contains(CUKIR);
        assertThat(api.wajib("3517082007")).isEqualTo(CUKIR);

        verify(repository, times(1)).findByKode("3517082007");
    }

    @Test
    void a_region_not_found_is_asked_again_because_the_tree_may_still_be_loading() {
        when(repository.findByKode("3517082007")).thenReturn(Optional.empty(), Optional.of(CUKIR));

        assertThat(api.cari("3517082007")).isEmpty();
        assertThat(api.cari("3517082007")).contains(CUKIR);

        verify(repository, times(2)).findByKode("3517082007");
    }

    @Test
    void an_invalid_code_is_not_looked_up() {
        assertThat(api.cari("bukan kode")).isEmpty();
        verify(repository, times(0)).findByKode(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void village_counts_are_kept_per_set_of_prefixes_and_length_but_an_empty_answer_is_not() {
        when(repository.villageCounts(anyCollection(), anyInt()))
                .thenReturn(new java.util.TreeMap<>(), new java.util.TreeMap<>(Map.of("351708", 20L)));

        assertThat(api.jumlahDesa(List.of("351708"), 6)).isEmpty();
        assertThat(api.jumlahDesa(List.of("351708"), 6)).containsEntry("351708", 20L);
        assertThat(api.jumlahDesa(List.of("351708"), 6)).containsEntry("351708", 20L);
        verify(repository, times(2)).villageCounts(anyCollection(), anyInt());

        when(repository.villageCounts(anyCollection(), anyInt()))
                .thenReturn(new java.util.TreeMap<>(Map.of("3517082007", 1L)));
        assertThat(api.jumlahDesa(List.of("351708"), 10))
                .as("another length is another question")
                .containsEntry("3517082007", 1L);
        verify(repository, times(3)).villageCounts(anyCollection(), anyInt());
    }

    @Test
    void no_prefixes_means_no_villages_without_asking() {
        assertThat(api.jumlahDesa(List.of(), 6)).isEmpty();
        verify(repository, times(0)).villageCounts(anyCollection(), anyInt());
    }

    @Test
    void the_words_of_a_kabupaten_are_read_once_and_grammar_holds() {
        SebutanDesa aceh = id.pandudesa.wilayah.SebutanDesaTest.ACEH;
        when(repository.sebutan("1106")).thenReturn(aceh);

        assertThat(api.sebutan("1106012002")).isEqualTo(aceh);
        assertThat(api.sebutan("11.06.01.2003")).isEqualTo(aceh);
        verify(repository, times(1)).sebutan("1106");
        assertThat(aceh.nama("Jantang")).isEqualTo("Gampong Jantang");
        assertThat(aceh.nama("Gampong Baro")).isEqualTo("Gampong Baro");
        assertThat(SebutanDesa.DESA.nama("Cukir")).isEqualTo("Desa Cukir");
        assertThat(aceh.desaKecil()).isEqualTo("gampong");
    }
}
