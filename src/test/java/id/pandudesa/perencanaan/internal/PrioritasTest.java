package id.pandudesa.perencanaan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pandudesa.platform.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrioritasTest {

    private static Map<Long, Integer> nilai(int... values) {
        Map<Long, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put((long) (i + 1), values[i]);
        }
        return m;
    }

    private static List<Integer> places(List<Prioritas.Hasil> r) {
        return r.stream().map(Prioritas.Hasil::peringkat).toList();
    }

    @Test
    void a_ranking_puts_one_first_and_takes_the_quota() {
        List<Prioritas.Hasil> r = Prioritas.urutkan(Prioritas.Metode.PERINGKAT, nilai(3, 1, 2), 2, 0);
        assertThat(r).extracting(Prioritas.Hasil::usulanId).containsExactly(2L, 3L, 1L);
        assertThat(r).extracting(Prioritas.Hasil::prioritas).containsExactly(true, true, false);
    }

    @Test
    void scores_and_votes_put_the_highest_first_and_ties_share_a_place() {
        List<Prioritas.Hasil> r = Prioritas.urutkan(Prioritas.Metode.SKOR, nilai(70, 85, 70, 40), 2, 0);
        assertThat(r).extracting(Prioritas.Hasil::usulanId).containsExactly(2L, 1L, 3L, 4L);
        assertThat(places(r)).containsExactly(1, 2, 2, 4);
        // Both proposals tied at the quota's edge go in: the meeting, not the order of typing, decides.
        assertThat(r).extracting(Prioritas.Hasil::prioritas).containsExactly(true, true, true, false);
        List<Prioritas.Hasil> votes = Prioritas.urutkan(Prioritas.Metode.VOTING, nilai(12, 30, 0), 1, 30);
        assertThat(votes.getFirst().usulanId()).isEqualTo(2L);
        assertThat(votes).extracting(Prioritas.Hasil::prioritas).containsExactly(true, false, false);
    }

    @Test
    void more_votes_than_voters_present_is_refused_with_both_numbers() {
        assertThatThrownBy(() -> Prioritas.urutkan(Prioritas.Metode.VOTING, nilai(12, 31), 1, 30))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("usulan.prioritas.suaraMelebihiPemilih");
                    assertThat(e.problems().getFirst().row()).isEqualTo(2);
                    assertThat(e.problems().getFirst().args()).containsExactly(31, 30);
                });
    }

    @Test
    void impossible_values_are_refused() {
        assertThatThrownBy(() -> Prioritas.urutkan(Prioritas.Metode.PERINGKAT, nilai(1, 4), 1, 0))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usulan.prioritas.peringkatTidakValid"));
        assertThatThrownBy(() -> Prioritas.urutkan(Prioritas.Metode.SKOR, nilai(-1), 1, 0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Prioritas.urutkan(Prioritas.Metode.VOTING, nilai(-2), 1, 5))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Prioritas.urutkan(null, nilai(1), 1, 0))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usulan.prioritas.metodeWajib"));
        assertThatThrownBy(() -> Prioritas.urutkan(Prioritas.Metode.PERINGKAT, nilai(1), 0, 0))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usulan.prioritas.kuotaWajib"));
        assertThatThrownBy(() -> Prioritas.urutkan(Prioritas.Metode.PERINGKAT, Map.of(), 1, 0))
                .isInstanceOf(RuleViolationException.class);
    }
}
