package id.pandudesa.pelaksanaan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PelestarianTest {

    @Test
    void checks_fall_every_n_months_from_the_first_even_at_month_ends() {
        assertThat(Pelestarian.jadwal(LocalDate.of(2026, 1, 31), 1, 3))
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
        assertThat(Pelestarian.jadwal(LocalDate.of(2026, 12, 1), 6, 2))
                .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 1));
    }

    @Test
    void a_check_is_overdue_from_the_day_after_its_date_until_it_has_a_result() {
        LocalDate due = LocalDate.of(2026, 11, 1);
        assertThat(Pelestarian.terlambat(due, null, due)).isFalse();
        assertThat(Pelestarian.terlambat(due, null, due.plusDays(1))).isTrue();
        assertThat(Pelestarian.terlambat(due, due.plusDays(3), due.plusDays(10)))
                .isFalse();
    }

    @Test
    void an_impossible_plan_is_refused() {
        assertThatThrownBy(() -> Pelestarian.jadwal(LocalDate.of(2026, 1, 1), 0, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pelestarian.jadwal(LocalDate.of(2026, 1, 1), 6, 61))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pelestarian.jadwal(null, 6, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
