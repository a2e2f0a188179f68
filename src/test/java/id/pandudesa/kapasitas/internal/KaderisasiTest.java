package id.pandudesa.kapasitas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The kaderisasi rules: the cadres' share, when a village is flagged, and who earns a certificate. */
class KaderisasiTest {

    @Test
    void the_share_is_the_cadres_entries_over_all_and_unknown_without_entries() {
        assertThat(Kaderisasi.porsi(3, 1)).isEqualTo(0.75);
        assertThat(Kaderisasi.porsi(0, 4)).isEqualTo(0.0);
        assertThat(Kaderisasi.porsi(0, 0)).isNull();
    }

    @Property
    void the_share_lies_between_zero_and_one(
            @ForAll @LongRange(max = 10_000) long kader, @ForAll @LongRange(min = 1, max = 10_000) long pendamping) {
        assertThat(Kaderisasi.porsi(kader, pendamping)).isBetween(0.0, 1.0);
    }

    @Test
    void a_village_whose_cadres_take_over_is_not_flagged_and_one_that_stays_dependent_is() {
        assertThat(Kaderisasi.tidakNaik(List.of(0.1, 0.2, 0.2, 0.3, 0.4, 0.5))).isFalse();
        assertThat(Kaderisasi.tidakNaik(List.of(0.4, 0.4, 0.4, 0.3, 0.4, 0.4))).isTrue();
        assertThat(Kaderisasi.tidakNaik(List.of(0.3, 0.3, 0.3, 0.3, 0.3, 0.3)))
                .as("flat")
                .isTrue();
    }

    @Test
    void too_little_data_or_cadres_already_leading_everything_is_not_flagged() {
        assertThat(Kaderisasi.tidakNaik(Arrays.asList(null, null, null, 0.3, 0.2, 0.1)))
                .as("three months only")
                .isFalse();
        assertThat(Kaderisasi.tidakNaik(Arrays.asList(null, 0.5, 0.5, null, 0.4, 0.4)))
                .isTrue();
        assertThat(Kaderisasi.tidakNaik(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0)))
                .as("all by cadres")
                .isFalse();
        assertThat(Kaderisasi.tidakNaik(List.of(0.1, 0.2, 0.3)))
                .as("not a six-month window")
                .isFalse();
    }

    @Property
    void a_strictly_rising_share_is_never_flagged(
            @ForAll @DoubleRange(min = 0, max = 0.4) double start,
            @ForAll @DoubleRange(min = 0.01, max = 0.1) double step) {
        List<Double> rising =
                List.of(start, start + step, start + 2 * step, start + 3 * step, start + 4 * step, start + 5 * step);
        assertThat(Kaderisasi.tidakNaik(rising)).isFalse();
    }

    @Test
    void a_certificate_needs_every_day_present_and_the_pass_mark() {
        List<LocalDate> days =
                List.of(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 12));
        assertThat(PesertaPelatihanService.layak(days, Set.copyOf(days), 70, 70))
                .isTrue();
        assertThat(PesertaPelatihanService.layak(days, Set.copyOf(days), 69, 70))
                .isFalse();
        assertThat(PesertaPelatihanService.layak(days, Set.copyOf(days), null, 70))
                .isFalse();
        assertThat(PesertaPelatihanService.layak(days, Set.of(days.get(0), days.get(1)), 95, 70))
                .isFalse();
    }

    @Test
    void competencies_are_stored_so_that_one_is_found_without_matching_a_longer_name() {
        String stored = Kompetensi.simpan(List.of("TEKNIK", "DIGITAL"));
        assertThat(stored).isEqualTo(",DIGITAL,TEKNIK,");
        assertThat(Kompetensi.baca(stored)).containsExactly("DIGITAL", "TEKNIK");
        assertThat(Kompetensi.simpan(List.of())).isEqualTo(",");
        assertThat(Kompetensi.baca(",")).isEmpty();
        assertThat(new Kompetensi().semua())
                .extracting(Kompetensi.Item::kode)
                .contains("PERENCANAAN", "KEUANGAN", "DIGITAL");
    }
}
