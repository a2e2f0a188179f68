package id.pandudesa.pelaksanaan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KurvaSTest {

    static final LocalDate MULAI = LocalDate.of(2026, 7, 1);
    static final LocalDate SELESAI = LocalDate.of(2026, 7, 31);

    @Test
    void the_plan_is_flat_before_and_after_and_half_done_at_half_time() {
        assertThat(KurvaS.rencana(MULAI, SELESAI, MULAI.minusDays(3))).isZero();
        assertThat(KurvaS.rencana(MULAI, SELESAI, MULAI)).isZero();
        assertThat(KurvaS.rencana(MULAI, SELESAI, LocalDate.of(2026, 7, 16))).isCloseTo(50.0, within(1e-9));
        assertThat(KurvaS.rencana(MULAI, SELESAI, SELESAI)).isEqualTo(100);
        // A quarter of the time: 3/16 − 2/64 = 15.625 % — slow start.
        LocalDate quarter = LocalDate.of(2026, 7, 1).plusDays(30 / 4);
        double t = 7.0 / 30;
        assertThat(KurvaS.rencana(MULAI, SELESAI, quarter)).isCloseTo(100 * (3 * t * t - 2 * t * t * t), within(1e-9));
    }

    @Test
    void a_project_more_than_ten_points_behind_the_plan_lags() {
        LocalDate mid = LocalDate.of(2026, 7, 16);
        assertThat(KurvaS.terlambat(MULAI, SELESAI, mid, 41)).isFalse();
        assertThat(KurvaS.terlambat(MULAI, SELESAI, mid, 39.9)).isTrue();
        assertThat(KurvaS.deviasi(MULAI, SELESAI, mid, 70)).isZero();
        assertThat(KurvaS.terlambat(MULAI, SELESAI, SELESAI.plusDays(20), 100)).isFalse();
        assertThat(KurvaS.terlambat(MULAI, SELESAI, SELESAI.plusDays(20), 95)).isFalse();
        assertThat(KurvaS.terlambat(MULAI, SELESAI, SELESAI.plusDays(20), 80)).isTrue();
        assertThat(KurvaS.keuangan(75_000_000, 150_000_000)).isEqualTo(50.0);
        assertThat(KurvaS.keuangan(1, 0)).isZero();
    }

    @Property
    void the_plan_never_goes_down_and_stays_between_0_and_100(
            @ForAll @IntRange(min = 0, max = 40) int a, @ForAll @IntRange(min = 0, max = 40) int b) {
        LocalDate first = MULAI.minusDays(5).plusDays(Math.min(a, b));
        LocalDate later = MULAI.minusDays(5).plusDays(Math.max(a, b));
        double p1 = KurvaS.rencana(MULAI, SELESAI, first);
        double p2 = KurvaS.rencana(MULAI, SELESAI, later);
        assertThat(p1).isBetween(0.0, 100.0);
        assertThat(p2).isGreaterThanOrEqualTo(p1);
    }
}
