package id.pandudesa.indeks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pandudesa.support.DataBersama;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndeksDesaCalculatorTest {

    static final IndeksDesaCalculator CALC =
            new IndeksDesaCalculator(KatalogIndeksDesa.muat("indeks/indeks-desa/katalog.json"));
    static final KatalogIndeksDesa K = CALC.katalog();

    /**
     * Scores that add up to exactly {@code total} (127–635), each one its item allows: the items
     * with gaps in their scale take the largest score that still leaves a reachable rest, the 31
     * items that allow every score 1–5 take the rest.
     */
    static int[] skorDenganJumlah(int total) {
        int n = K.butir().size();
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (K.butir().get(i).skorSah().size() < 5) {
                order.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (K.butir().get(i).skorSah().size() == 5) {
                order.add(i);
            }
        }
        int[] s = new int[n];
        int need = total;
        for (int k = 0; k < n; k++) {
            int i = order.get(k);
            int rest = n - k - 1;
            for (int v = 5; v >= 1; v--) {
                if (K.butir().get(i).sah(v) && need - v >= rest && need - v <= 5 * rest) {
                    s[i] = v;
                    break;
                }
            }
            need -= s[i];
        }
        assertThat(Arrays.stream(s).sum()).as("scores for %d", total).isEqualTo(total);
        return s;
    }

    @Test
    void the_catalogue_is_the_ministrys_table() {
        assertThat(K.butir()).hasSize(127);
        assertThat(K.pembagi()).isEqualTo(635);
        assertThat(K.butir().stream().map(KatalogIndeksDesa.Butir::indikator).distinct())
                .hasSize(48);
        Map<String, Integer> max = new LinkedHashMap<>();
        int[] n = K.jumlahButirPerDimensi();
        for (int d = 0; d < n.length; d++) {
            max.put(K.dimensi().get(d).kode(), 5 * n[d]);
        }
        assertThat(max)
                .containsExactly(
                        Map.entry("LAYANAN_DASAR", 170),
                        Map.entry("SOSIAL", 85),
                        Map.entry("EKONOMI", 160),
                        Map.entry("LINGKUNGAN", 90),
                        Map.entry("AKSESIBILITAS", 50),
                        Map.entry("TATA_KELOLA_PEMERINTAHAN_DESA", 80));
        Map<String, Long> scales = new LinkedHashMap<>();
        K.butir().forEach(b -> scales.merge(b.skorSah().toString(), 1L, Long::sum));
        assertThat(scales)
                .containsEntry("[1, 5]", 63L)
                .containsEntry("[1, 3, 5]", 26L)
                .containsEntry("[1, 2, 4, 5]", 7L)
                .containsEntry("[1, 2, 3, 4, 5]", 31L);
    }

    /** The shipped table is the shared reference table, item by item (headers, scores, advice). */
    @Test
    void the_shipped_table_equals_the_shared_reference() throws IOException {
        Path shared = DataBersama.wajib("indeks-desa/butir.csv");
        try (Reader in = Files.newBufferedReader(shared, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
            assertThat(rows).hasSize(K.butir().size());
            for (CSVRecord r : rows) {
                KatalogIndeksDesa.Butir b = K.butir().get(Integer.parseInt(r.get("no")) - 1);
                assertThat(b.judul()).isEqualTo(r.get("butir").trim());
                assertThat(b.skorSah().stream().map(String::valueOf).toList())
                        .isEqualTo(List.of(r.get("skor_sah").split(",")));
                assertThat(b.rekomendasi().getFirst()).isEqualTo(r.get("rekomendasi_1"));
            }
        }
    }

    @ParameterizedTest(name = "{0} points is {1}, {2} points is {3}")
    @CsvSource({
        "314, SANGAT_TERTINGGAL, 315, TERTINGGAL",
        "364, TERTINGGAL, 365, BERKEMBANG",
        "440, BERKEMBANG, 441, MAJU",
        "505, MAJU, 506, MANDIRI"
    })
    void every_status_boundary_falls_where_the_regulation_puts_it(
            int below, String statusBelow, int at, String statusAt) {
        assertThat(CALC.hitung(skorDenganJumlah(below)).status()).isEqualTo(statusBelow);
        assertThat(CALC.hitung(skorDenganJumlah(at)).status()).isEqualTo(statusAt);
    }

    @Test
    void all_fives_is_one_hundred_and_all_ones_is_twenty() {
        int[] five = new int[127];
        Arrays.fill(five, 5);
        HasilIndeksDesa top = CALC.hitung(five);
        assertThat(top.skor()).isEqualByComparingTo("100.00");
        assertThat(top.dimensi().values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("100.00"));
        assertThat(top.status()).isEqualTo("MANDIRI");
        HasilIndeksDesa low = CALC.hitung(skorDenganJumlah(127));
        assertThat(low.skor()).isEqualByComparingTo("20.00");
        assertThat(low.status()).isEqualTo("SANGAT_TERTINGGAL");
    }

    /** Σ ÷ 635 × 100, half-up to two decimals, and the status from that rounded figure, for every total. */
    @Property
    void the_score_is_the_sum_over_635_rounded_half_up(@ForAll @IntRange(min = 127, max = 635) int total) {
        HasilIndeksDesa h = CALC.hitung(skorDenganJumlah(total));
        BigDecimal expected = BigDecimal.valueOf(total * 100L).divide(BigDecimal.valueOf(635), 2, RoundingMode.HALF_UP);
        assertThat(h.total()).isEqualTo(total);
        assertThat(h.skor()).isEqualTo(expected);
        String status = total >= 506
                ? "MANDIRI"
                : total >= 441
                        ? "MAJU"
                        : total >= 365 ? "BERKEMBANG" : total >= 315 ? "TERTINGGAL" : "SANGAT_TERTINGGAL";
        assertThat(h.status()).isEqualTo(status);
    }

    /** A dimension is its own sum over its own maximum: raising one item moves only its dimension. */
    @Property
    void one_item_moves_only_its_dimension(@ForAll @IntRange(min = 0, max = 126) int item) {
        int[] base = new int[127];
        Arrays.fill(base, 1);
        int[] raised = base.clone();
        raised[item] = 5;
        HasilIndeksDesa a = CALC.hitung(base);
        HasilIndeksDesa b = CALC.hitung(raised);
        String dim = K.butir().get(item).dimensi();
        Set<String> changed = new HashSet<>();
        a.dimensi().forEach((k, v) -> {
            if (v.compareTo(b.dimensi().get(k)) != 0) {
                changed.add(k);
            }
        });
        assertThat(changed).containsExactly(dim);
    }

    @Test
    void a_score_the_item_does_not_allow_is_refused() {
        int[] s = skorDenganJumlah(400);
        int onlyOneOrFive = 0;
        while (K.butir().get(onlyOneOrFive).skorSah().size() != 2) {
            onlyOneOrFive++;
        }
        s[onlyOneOrFive] = 3;
        assertThatThrownBy(() -> CALC.hitung(s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALC.hitung(new int[126])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_score_below_the_best_is_explained_in_the_tables_words_and_the_best_needs_none() {
        for (KatalogIndeksDesa.Butir b : K.butir()) {
            for (int score : b.skorSah()) {
                if (score == b.skorSah().getLast()) {
                    assertThat(b.arti(score)).as("item %d at its best", b.no()).isEmpty();
                } else {
                    assertThat(b.arti(score))
                            .as("item %d score %d", b.no(), score)
                            .isPresent();
                    assertThat(b.rekomendasiUntuk(score).orElseThrow())
                            .startsWith(b.arti(score).orElseThrow());
                }
            }
        }
        // The situation is what the text names before what is to be done.
        assertThat(K.butir().get(10).arti(1)).contains("Tidak Ada Poskesdes/Polindes");
        assertThat(K.butir().get(0).arti(1)).contains("Perlu menyediakan PAUD/TK/Sederajat sebanyak 5");
    }
}
