package id.pandudesa.pendampingan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The working-time rules of a log entry: overlap, pairs, order, and hours with one decimal. */
class JamKerjaProperties {

    @Provide
    Arbitrary<JamKerja> jam() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 24 * 60 - 2),
                        Arbitraries.integers().between(1, 600))
                .as((start, length) -> {
                    int end = Math.min(24 * 60 - 1, start + length);
                    return new JamKerja(LocalTime.of(start / 60, start % 60), LocalTime.of(end / 60, end % 60));
                });
    }

    @Property
    void overlap_is_symmetric_and_every_time_overlaps_itself(@ForAll("jam") JamKerja a, @ForAll("jam") JamKerja b) {
        assertThat(a.tumpangTindih(b)).isEqualTo(b.tumpangTindih(a));
        assertThat(a.tumpangTindih(a)).isTrue();
    }

    @Property
    void two_times_overlap_exactly_when_they_share_a_minute(@ForAll("jam") JamKerja a, @ForAll("jam") JamKerja b) {
        boolean shared = false;
        for (int m = a.mulai().toSecondOfDay() / 60; m < a.selesai().toSecondOfDay() / 60 && !shared; m++) {
            int bStart = b.mulai().toSecondOfDay() / 60;
            int bEnd = b.selesai().toSecondOfDay() / 60;
            shared = m >= bStart && m < bEnd;
        }
        assertThat(a.tumpangTindih(b)).isEqualTo(shared);
    }

    @Property
    void a_time_that_starts_where_another_ends_does_not_overlap(@ForAll("jam") JamKerja a) {
        if (a.selesai().isBefore(LocalTime.of(23, 59))) {
            JamKerja next = new JamKerja(a.selesai(), LocalTime.of(23, 59));
            assertThat(a.tumpangTindih(next)).isFalse();
        }
    }

    @Property
    void hours_are_the_minutes_over_sixty_with_one_decimal_half_up(@ForAll @IntRange(max = 100_000) int minutes) {
        BigDecimal hours = JamKerja.jam(minutes);
        assertThat(hours.scale()).isEqualTo(1);
        // Never more than three minutes (half of a tenth of an hour) away from the exact value.
        assertThat(hours.multiply(BigDecimal.valueOf(60))
                        .subtract(BigDecimal.valueOf(minutes))
                        .abs())
                .isLessThanOrEqualTo(BigDecimal.valueOf(3));
    }

    @Property
    void an_entry_with_one_time_or_an_end_not_after_its_start_is_refused(
            @ForAll @IntRange(max = 23) int h1, @ForAll @IntRange(max = 23) int h2) {
        String start = "%02d:00".formatted(h1);
        String end = "%02d:00".formatted(h2);
        var both = AturanKegiatan.periksaJam(
                KegiatanContoh.pada(LocalDate.of(2026, 11, 2)).jam(start, end).buat());
        assertThat(both.isEmpty()).isEqualTo(h2 > h1);
        assertThat(AturanKegiatan.periksaJam(KegiatanContoh.pada(LocalDate.of(2026, 11, 2))
                        .jam(start, null)
                        .buat()))
                .extracting(p -> p.field())
                .containsExactly("jamSelesai");
        assertThat(AturanKegiatan.periksaJam(KegiatanContoh.pada(LocalDate.of(2026, 11, 2))
                        .jam(null, end)
                        .buat()))
                .extracting(p -> p.field())
                .containsExactly("jamMulai");
    }

    @Example
    void examples_people_write() {
        assertThat(JamKerja.baca("8:30")).contains(LocalTime.of(8, 30));
        assertThat(JamKerja.baca("08.30")).isEmpty();
        assertThat(JamKerja.jam(90)).isEqualByComparingTo("1.5");
        assertThat(JamKerja.jam(3)).isEqualByComparingTo("0.1");
        assertThat(JamKerja.jam(2)).isEqualByComparingTo("0.0");
        assertThat(new JamKerja(LocalTime.of(8, 0), LocalTime.of(11, 30)).menit())
                .isEqualTo(210);
        assertThat(AturanKegiatan.periksaJam(KegiatanContoh.pada(LocalDate.of(2026, 11, 2))
                        .jam("10:00", "10:00")
                        .buat()))
                .extracting(p -> p.messageKey())
                .isEqualTo(List.of("kegiatan.jam.selesaiSebelumMulai"));
    }
}
