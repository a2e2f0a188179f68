package id.pandudesa.ekonomi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The class of a BUMDes from its seven aspect scores: weighted mean and cut-offs from configuration. */
class KlasifikasiBumdesTest {

    private final KlasifikasiBumdes defaults = new KlasifikasiBumdes(List.of(1, 1, 1, 1, 1, 1, 1), List.of(55, 70, 85));

    private static Map<KlasifikasiBumdes.Aspek, Integer> semua(int... s) {
        Map<KlasifikasiBumdes.Aspek, Integer> out = new EnumMap<>(KlasifikasiBumdes.Aspek.class);
        for (KlasifikasiBumdes.Aspek a : KlasifikasiBumdes.Aspek.values()) {
            out.put(a, s.length == 1 ? s[0] : s[a.ordinal()]);
        }
        return out;
    }

    @Test
    void below_fifty_five_is_perintis_and_the_cut_offs_start_each_class() {
        assertThat(defaults.nilai(semua(54)).kelas()).isEqualTo(KlasifikasiBumdes.Kelas.PERINTIS);
        assertThat(defaults.nilai(semua(55)).kelas()).isEqualTo(KlasifikasiBumdes.Kelas.PEMULA);
        assertThat(defaults.nilai(semua(70)).kelas()).isEqualTo(KlasifikasiBumdes.Kelas.BERKEMBANG);
        assertThat(defaults.nilai(semua(85)).kelas()).isEqualTo(KlasifikasiBumdes.Kelas.MAJU);
        assertThat(defaults.kelas(new BigDecimal("54.99"))).isEqualTo(KlasifikasiBumdes.Kelas.PERINTIS);
    }

    @Test
    void the_total_is_the_weighted_mean_rounded_to_two_decimals() {
        assertThat(defaults.nilai(semua(60, 55, 65, 50, 60, 58, 62)).total()).isEqualByComparingTo("58.57");
        KlasifikasiBumdes usahaCounts = new KlasifikasiBumdes(List.of(1, 1, 3, 1, 1, 1, 1), List.of(55, 70, 85));
        // (60+55+3*90+50+60+58+62) / 9 = 615 / 9 = 68.33
        assertThat(usahaCounts.nilai(semua(60, 55, 90, 50, 60, 58, 62)).total()).isEqualByComparingTo("68.33");
    }

    @Test
    void a_missing_or_impossible_score_and_a_bad_configuration_are_refused() {
        Map<KlasifikasiBumdes.Aspek, Integer> s = semua(60);
        s.remove(KlasifikasiBumdes.Aspek.USAHA);
        assertThatThrownBy(() -> defaults.nilai(s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.nilai(semua(101))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KlasifikasiBumdes(List.of(1, 1), List.of(55, 70, 85)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new KlasifikasiBumdes(List.of(1, 1, 1, 1, 1, 1, 1), List.of(70, 55, 85)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Property
    void the_total_lies_between_the_lowest_and_highest_score_and_a_higher_score_never_lowers_the_class(
            @ForAll @IntRange(max = 100) int a, @ForAll @IntRange(max = 100) int b, @ForAll @IntRange(max = 99) int c) {
        KlasifikasiBumdes.Hasil h = defaults.nilai(semua(a, b, c, a, b, c, a));
        int lo = Math.min(a, Math.min(b, c));
        int hi = Math.max(a, Math.max(b, c));
        assertThat(h.total()).isBetween(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi));
        KlasifikasiBumdes.Hasil better = defaults.nilai(semua(a, b, c + 1, a, b, c, a));
        assertThat(better.kelas().ordinal()).isGreaterThanOrEqualTo(h.kelas().ordinal());
    }
}
