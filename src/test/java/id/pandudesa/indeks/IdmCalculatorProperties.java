package id.pandudesa.indeks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IdmCalculatorProperties {

    @Provide
    Arbitrary<int[]> scores() {
        return Arbitraries.integers().between(0, 5).array(int[].class).ofSize(50);
    }

    @Property
    void every_index_lies_between_0_and_1(@ForAll("scores") int[] scores) {
        HasilIdm r = IdmCalculator.hitung(scores);
        assertThat(java.util.List.of(r.iks(), r.ike(), r.ikl(), r.idm()))
                .allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }

    @Property
    void raising_one_score_never_lowers_the_idm_or_the_status(
            @ForAll("scores") int[] scores, @ForAll @IntRange(min = 0, max = 49) int index) {
        HasilIdm before = IdmCalculator.hitung(scores);
        if (scores[index] == 5) {
            return;
        }
        int[] raised = scores.clone();
        raised[index]++;
        HasilIdm after = IdmCalculator.hitung(raised);
        assertThat(after.idm()).isGreaterThan(before.idm());
        assertThat(after.status()).isGreaterThanOrEqualTo(before.status());
        assertThat(after.idm() - before.idm())
                .isCloseTo(
                        IdmCalculator.nilai(index, scores[index]) / (5 - scores[index]),
                        org.assertj.core.data.Offset.offset(1e-12));
    }

    @Property
    void the_status_is_the_published_cut_off_applied_to_the_exact_idm(
            @ForAll @IntRange(min = 0, max = 175) int sosial,
            @ForAll @IntRange(min = 0, max = 60) int ekonomi,
            @ForAll @IntRange(min = 0, max = 15) int lingkungan) {
        MathContext mc = new MathContext(40);
        BigDecimal idm = BigDecimal.valueOf(sosial)
                .divide(BigDecimal.valueOf(175), mc)
                .add(BigDecimal.valueOf(ekonomi).divide(BigDecimal.valueOf(60), mc))
                .add(BigDecimal.valueOf(lingkungan).divide(BigDecimal.valueOf(15), mc))
                .divide(BigDecimal.valueOf(3), mc);
        StatusIdm expected = idm.compareTo(new BigDecimal("0.4907")) <= 0
                ? StatusIdm.SANGAT_TERTINGGAL
                : idm.compareTo(new BigDecimal("0.5989")) <= 0
                        ? StatusIdm.TERTINGGAL
                        : idm.compareTo(new BigDecimal("0.7072")) <= 0
                                ? StatusIdm.BERKEMBANG
                                : idm.compareTo(new BigDecimal("0.8155")) <= 0 ? StatusIdm.MAJU : StatusIdm.MANDIRI;
        assertThat(IdmCalculator.status(sosial, ekonomi, lingkungan)).isEqualTo(expected);
    }

    @Example
    void the_first_cut_off_falls_between_two_neighbouring_sums() {
        // With N = 12·ΣIKS + 35·ΣIKE + 140·ΣIKL the IDM is N / 6300; 0.4907 lies between N = 3091 and 3092.
        assertThat(IdmCalculator.status(173, 9, 5)).isEqualTo(StatusIdm.SANGAT_TERTINGGAL); // N = 3091
        assertThat(IdmCalculator.status(141, 20, 5)).isEqualTo(StatusIdm.TERTINGGAL); // N = 3092
        assertThat(IdmCalculator.dariJumlah(173, 9, 5).idm()).isLessThan(0.4907);
        assertThat(IdmCalculator.dariJumlah(141, 20, 5).idm()).isGreaterThan(0.4907);
    }

    @Example
    void the_target_of_a_mandiri_village_is_mandiri_with_a_negative_gap() {
        int[] all5 = new int[50];
        java.util.Arrays.fill(all5, 5);
        HasilIdm r = IdmCalculator.hitung(all5);
        assertThat(r.idm()).isEqualTo(1.0);
        assertThat(r.status()).isEqualTo(StatusIdm.MANDIRI);
        assertThat(r.targetStatus()).isEqualTo(StatusIdm.MANDIRI);
        assertThat(r.skorMinimal()).isEqualTo(0.8156);
        assertThat(r.penambahan()).isNegative();
    }

    @Example
    void scores_outside_0_to_5_or_the_wrong_count_are_refused() {
        assertThatThrownBy(() -> IdmCalculator.hitung(new int[49])).isInstanceOf(IllegalArgumentException.class);
        int[] bad = new int[50];
        bad[7] = 6;
        assertThatThrownBy(() -> IdmCalculator.hitung(bad)).hasMessageContaining("s8");
    }
}
