package id.pandudesa.pendampingan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.FieldProblem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AturanKegiatanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Map<String, RuangLingkup> SUB =
            Map.of("PD-DATA", RuangLingkup.PEMBANGUNAN_DESA, "EL-POTENSI", RuangLingkup.EKONOMI_LOKAL_BUMDES);

    private static CatatKegiatan entry(LocalDate date) {
        return KegiatanContoh.pada(date).buat();
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void a_complete_entry_of_today_passes() {
        assertThat(AturanKegiatan.periksa(entry(TODAY), TODAY, 10, SUB)).isEmpty();
    }

    @Test
    void a_future_date_is_refused() {
        assertThat(keys(AturanKegiatan.periksa(entry(TODAY.plusDays(1)), TODAY, 10, SUB)))
                .containsExactly("kegiatan.tanggal.masaDepan");
    }

    @Test
    void last_month_stays_open_until_the_closing_day_of_this_month() {
        LocalDate october = LocalDate.of(2026, 10, 31);
        assertThat(AturanKegiatan.periksa(entry(october), LocalDate.of(2026, 11, 10), 10, SUB))
                .isEmpty();
        assertThat(keys(AturanKegiatan.periksa(entry(october), LocalDate.of(2026, 11, 11), 10, SUB)))
                .containsExactly("kegiatan.tanggal.bulanDitutup");
    }

    @Test
    void a_final_entry_needs_method_scope_and_what_was_done_but_a_draft_does_not() {
        CatatKegiatan empty = KegiatanContoh.pada(TODAY).kosong().uraian(" ").buat();
        assertThat(keys(AturanKegiatan.periksa(empty, TODAY, 10, SUB)))
                .containsExactly("validasi.wajib", "validasi.wajib", "validasi.wajib");
        CatatKegiatan draft = KegiatanContoh.pada(TODAY).kosong().draf().buat();
        assertThat(AturanKegiatan.periksa(draft, TODAY, 10, SUB)).isEmpty();
    }

    @Test
    void a_sub_topic_must_belong_to_the_chosen_scope() {
        CatatKegiatan wrong =
                KegiatanContoh.pada(TODAY).subTopik("EL-POTENSI").uraian("x").buat();
        assertThat(keys(AturanKegiatan.periksa(wrong, TODAY, 10, SUB)))
                .containsExactly("kegiatan.subTopik.lainLingkup");
    }

    @Test
    void a_follow_up_needs_a_due_date_not_before_the_visit() {
        CatatKegiatan noDue = KegiatanContoh.pada(TODAY)
                .subTopik(null)
                .uraian("x")
                .tindakLanjut("Kirim draf RKPDes", null)
                .buat();
        assertThat(keys(AturanKegiatan.periksa(noDue, TODAY, 10, SUB)))
                .containsExactly("kegiatan.tindakLanjut.tenggatWajib");
        CatatKegiatan early = KegiatanContoh.pada(TODAY)
                .subTopik(null)
                .uraian("x")
                .tindakLanjut("Kirim draf RKPDes", TODAY.minusDays(1))
                .buat();
        assertThat(keys(AturanKegiatan.periksa(early, TODAY, 10, SUB)))
                .containsExactly("kegiatan.tindakLanjut.tenggatSebelumKegiatan");
    }

    @Test
    void unknown_groups_are_named_in_the_message() {
        CatatKegiatan odd = KegiatanContoh.pada(TODAY)
                .subTopik(null)
                .uraian("x")
                .unsur("TOKOH_AGAMA", "ALIENS")
                .buat();
        List<FieldProblem> problems = AturanKegiatan.periksa(odd, TODAY, 10, SUB);
        assertThat(keys(problems)).containsExactly("kegiatan.unsur.tidakDikenal");
        assertThat(problems.getFirst().args()).containsExactly("ALIENS");
    }

    /** Every day of a month can be written during the month itself, whatever the closing day. */
    @Property
    void a_month_is_never_closed_while_it_runs(
            @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 1, max = 31) int closingDay) {
        YearMonth month = YearMonth.of(2026, 2);
        assertThat(AturanKegiatan.tertutup(month, month.atDay(day), closingDay)).isFalse();
        assertThat(AturanKegiatan.tertutup(month, month.plusMonths(2).atDay(1), closingDay))
                .isTrue();
    }
}
