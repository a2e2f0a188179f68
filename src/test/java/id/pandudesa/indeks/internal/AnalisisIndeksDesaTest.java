package id.pandudesa.indeks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AnalisisIndeksDesaTest {

    static final IndeksDesaCalculator CALC = IndeksDesaCalculatorTest.CALC;
    static final KatalogIndeksDesa K = CALC.katalog();

    @Test
    void one_point_short_of_maju_needs_one_item_the_desa_moves() {
        int[] s = IndeksDesaCalculatorTest.skorDenganJumlah(440);
        AnalisisIndeksDesa.Jalur j = AnalisisIndeksDesa.jalurTercepat(s, CALC);
        assertThat(j.statusSekarang()).isEqualTo("BERKEMBANG");
        assertThat(j.statusBaru()).isEqualTo("MAJU");
        assertThat(j.tercapai()).isTrue();
        assertThat(j.butir()).hasSize(1);
        assertThat(j.butir().getFirst().butir().pelaksana()).containsKey("desa");
    }

    @Test
    void a_mandiri_village_has_no_path_and_all_fives_no_open_items() {
        int[] five = new int[127];
        Arrays.fill(five, 5);
        assertThat(AnalisisIndeksDesa.jalurTercepat(five, CALC).butir()).isEmpty();
        assertThat(AnalisisIndeksDesa.perPelaksana(five, K)).isEmpty();
    }

    /** The path reaches a higher status with items the desa acts on, and no shorter path does. */
    @Property(tries = 60)
    void the_path_is_the_fewest_items_the_desa_can_move(@ForAll @IntRange(min = 127, max = 505) int total) {
        int[] s = IndeksDesaCalculatorTest.skorDenganJumlah(total);
        AnalisisIndeksDesa.Jalur j = AnalisisIndeksDesa.jalurTercepat(s, CALC);
        assertThat(j.butir()).allSatisfy(b -> assertThat(b.butir().pelaksana()).containsKey("desa"));
        if (!j.tercapai()) {
            return;
        }
        int[] raised = s.clone();
        j.butir().forEach(b -> raised[b.butir().no() - 1] = 5);
        assertThat(CALC.hitung(raised).status()).isEqualTo(j.statusBaru()).isNotEqualTo(j.statusSekarang());
        // one item fewer, the largest gains kept, does not get there
        if (j.butir().size() > 1) {
            int[] fewer = s.clone();
            j.butir()
                    .subList(0, j.butir().size() - 1)
                    .forEach(b -> fewer[b.butir().no() - 1] = 5);
            assertThat(CALC.hitung(fewer).status()).isEqualTo(j.statusSekarang());
        }
    }

    @Test
    void items_below_five_are_grouped_by_the_nearest_actor_once_each() {
        int[] s = IndeksDesaCalculatorTest.skorDenganJumlah(300);
        Map<String, List<AnalisisIndeksDesa.Butir>> groups = AnalisisIndeksDesa.perPelaksana(s, K);
        long below = Arrays.stream(s).filter(v -> v < 5).count();
        assertThat(groups.values().stream().mapToInt(List::size).sum()).isEqualTo((int) below);
        assertThat(groups.keySet()).containsAnyOf("desa").isSubsetOf(AnalisisIndeksDesa.PELAKSANA);
        assertThat(groups.get("desa")).allSatisfy(b -> assertThat(b.skor()).isLessThan(5));
    }
}
