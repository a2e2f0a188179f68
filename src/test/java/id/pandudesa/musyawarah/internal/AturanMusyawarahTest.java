package id.pandudesa.musyawarah.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.wilayah.UnsurMasyarakat;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AturanMusyawarahTest {

    static Inklusi.Hadir person(UnsurMasyarakat u, boolean woman, boolean poor, boolean observer) {
        return new Inklusi.Hadir(u, woman ? 0 : 1, woman ? 1 : 0, poor ? 1 : 0, 0, observer);
    }

    @Test
    void the_inclusion_panel_names_the_required_unsur_still_missing() {
        var required = EnumSet.of(
                UnsurMasyarakat.BPD,
                UnsurMasyarakat.KELOMPOK_PEREMPUAN,
                UnsurMasyarakat.MASYARAKAT_MISKIN,
                UnsurMasyarakat.TOKOH_AGAMA);
        Inklusi i = Inklusi.hitung(
                required,
                List.of(
                        person(UnsurMasyarakat.BPD, false, false, false),
                        person(UnsurMasyarakat.KELOMPOK_PEREMPUAN, true, true, false),
                        person(UnsurMasyarakat.KELOMPOK_PEREMPUAN, true, false, false),
                        person(UnsurMasyarakat.PEMERINTAH_DESA, false, false, true)));
        assertThat(i.jumlah()).isEqualTo(4);
        assertThat(i.perempuan()).isEqualTo(2);
        assertThat(i.persenPerempuan()).isEqualTo(50);
        assertThat(i.persenMiskin()).isEqualTo(25);
        assertThat(i.pemilih()).isEqualTo(3);
        // A poor woman counts for the poor households even though she came for the women's group.
        assertThat(i.wajibHadir())
                .containsExactlyInAnyOrder(
                        UnsurMasyarakat.BPD, UnsurMasyarakat.KELOMPOK_PEREMPUAN, UnsurMasyarakat.MASYARAKAT_MISKIN);
        assertThat(i.wajibTidakHadir()).containsExactly(UnsurMasyarakat.TOKOH_AGAMA);
        assertThat(i.lengkap()).isFalse();
    }

    @Test
    void a_count_sheet_line_counts_like_the_people_on_it() {
        Inklusi i = Inklusi.hitung(
                EnumSet.of(UnsurMasyarakat.KELOMPOK_TANI),
                List.of(new Inklusi.Hadir(UnsurMasyarakat.KELOMPOK_TANI, 40, 12, 9, 2, false)));
        assertThat(i.jumlah()).isEqualTo(52);
        assertThat(i.persenPerempuan()).isEqualTo(23);
        assertThat(i.disabilitas()).isEqualTo(2);
        assertThat(i.lengkap()).isTrue();
        assertThat(Inklusi.hitung(EnumSet.noneOf(UnsurMasyarakat.class), List.of())
                        .persenPerempuan())
                .isZero();
    }

    @Test
    void a_vote_is_carried_by_more_for_than_against_and_a_tie_decides_nothing() {
        assertThat(Suara.hitung(20, 10, 3, 40)).isEqualTo(Suara.Hasil.DITERIMA);
        assertThat(Suara.hitung(10, 20, 0, 40)).isEqualTo(Suara.Hasil.DITOLAK);
        assertThat(Suara.hitung(12, 12, 1, 40)).isEqualTo(Suara.Hasil.SERI);
    }

    @Test
    void more_votes_than_voters_or_negative_counts_are_refused() {
        assertThatThrownBy(() -> Suara.hitung(30, 10, 1, 40))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "musyawarah.suara.melebihiPemilih");
        assertThatThrownBy(() -> Suara.hitung(-1, 10, 1, 40))
                .hasFieldOrPropertyWithValue("messageKey", "musyawarah.suara.negatif");
        assertThatThrownBy(() -> Suara.hitung(0, 0, 0, 40))
                .hasFieldOrPropertyWithValue("messageKey", "musyawarah.suara.kosong");
    }

    @Property
    void any_vote_within_the_voters_has_exactly_one_outcome(
            @ForAll @IntRange(max = 300) int setuju,
            @ForAll @IntRange(max = 300) int tolak,
            @ForAll @IntRange(max = 300) int abstain) {
        int voters = setuju + tolak + abstain;
        if (voters == 0) {
            return;
        }
        Suara.Hasil h = Suara.hitung(setuju, tolak, abstain, voters);
        assertThat(h == Suara.Hasil.DITERIMA).isEqualTo(setuju > tolak);
        assertThat(h == Suara.Hasil.SERI).isEqualTo(setuju == tolak);
    }
}
