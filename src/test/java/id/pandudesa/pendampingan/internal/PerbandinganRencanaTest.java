package id.pandudesa.pendampingan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.pendampingan.RuangLingkup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerbandinganRencanaTest {

    static final YearMonth NOV = YearMonth.of(2026, 11);
    static final RuangLingkup PD = RuangLingkup.PEMBANGUNAN_DESA;
    static final RuangLingkup EL = RuangLingkup.EKONOMI_LOKAL_BUMDES;

    @Test
    void weeks_of_the_month_are_days_1_to_7_8_to_14_and_so_on_with_the_rest_in_week_5() {
        assertThat(PerbandinganRencana.minggu(NOV.atDay(1))).isEqualTo(1);
        assertThat(PerbandinganRencana.minggu(NOV.atDay(7))).isEqualTo(1);
        assertThat(PerbandinganRencana.minggu(NOV.atDay(8))).isEqualTo(2);
        assertThat(PerbandinganRencana.minggu(NOV.atDay(28))).isEqualTo(4);
        assertThat(PerbandinganRencana.minggu(NOV.atDay(30))).isEqualTo(5);
        assertThat(PerbandinganRencana.akhirMinggu(NOV, 5)).isEqualTo(NOV.atEndOfMonth());
    }

    @Test
    void a_plan_is_done_by_an_entry_in_its_desa_scope_and_week_and_each_entry_counts_once() {
        List<PerbandinganRencana.Item> plan = List.of(
                new PerbandinganRencana.Item(1, 1, "3517082001", PD),
                new PerbandinganRencana.Item(2, 1, "3517082001", PD),
                new PerbandinganRencana.Item(3, 2, "3517082002", EL),
                new PerbandinganRencana.Item(4, 5, "3517082003", PD));
        List<PerbandinganRencana.Entri> log = List.of(
                new PerbandinganRencana.Entri(10, NOV.atDay(3), "3517082001", PD),
                new PerbandinganRencana.Entri(11, NOV.atDay(9), "3517082002", PD),
                new PerbandinganRencana.Entri(12, NOV.atDay(20), "3517082001", EL));

        PerbandinganRencana.Hasil result = PerbandinganRencana.bandingkan(NOV, plan, log, LocalDate.of(2026, 11, 25));

        assertThat(result.rencana())
                .extracting(PerbandinganRencana.HasilItem::status)
                .containsExactly(
                        PerbandinganRencana.Status.DILAKSANAKAN,
                        PerbandinganRencana.Status.TIDAK_DILAKSANAKAN,
                        PerbandinganRencana.Status.TIDAK_DILAKSANAKAN,
                        PerbandinganRencana.Status.BELUM_WAKTUNYA);
        assertThat(result.rencana().getFirst().kegiatanId()).isEqualTo(10L);
        assertThat(result.tidakDirencanakan())
                .extracting(PerbandinganRencana.Entri::id)
                .containsExactly(11L, 12L);
        assertThat(result.dilaksanakan()).isEqualTo(1);
        assertThat(result.tidakDilaksanakan()).isEqualTo(2);
    }
}
