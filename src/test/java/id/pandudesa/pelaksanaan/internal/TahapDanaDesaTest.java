package id.pandudesa.pelaksanaan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TahapDanaDesaTest {

    @Test
    void stages_split_the_dana_desa_and_the_last_takes_the_rounding() {
        assertThat(TahapDanaDesa.rencana(1_086_540_000L, List.of(40, 40, 20)))
                .containsExactly(434_616_000L, 434_616_000L, 217_308_000L);
        assertThat(TahapDanaDesa.rencana(1_001L, List.of(40, 40, 20))).containsExactly(400L, 400L, 201L);
        assertThat(TahapDanaDesa.rencana(900_000_000L, List.of(60, 40))).containsExactly(540_000_000L, 360_000_000L);
    }

    @Test
    void shares_that_do_not_add_up_to_100_are_a_configuration_error() {
        assertThatThrownBy(() -> TahapDanaDesa.periksa(List.of(40, 40, 10))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TahapDanaDesa.periksa(List.of(110, -10))).isInstanceOf(IllegalStateException.class);
        assertThat(TahapDanaDesa.periksa(List.of(40, 40, 20))).containsExactly(40, 40, 20);
    }

    @Property
    void the_stages_always_add_up_to_the_total(@ForAll @LongRange(min = 0, max = 5_000_000_000L) long pagu) {
        assertThat(TahapDanaDesa.rencana(pagu, List.of(40, 40, 20)).stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(pagu);
    }
}
