package id.pandudesa.wilayah;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Region codes: dots and spaces removed once for all, and the code ranges every scope filter uses. */
class KodeWilayahTest {

    @Example
    void codes_are_written_without_dots_or_spaces_and_an_absent_code_is_empty() {
        assertThat(KodeWilayah.normalisasi("35.17.08.2007")).isEqualTo("3517082007");
        assertThat(KodeWilayah.normalisasi(" 35 17 08 ")).isEqualTo("351708");
        assertThat(KodeWilayah.normalisasi(null)).isEmpty();
    }

    @Example
    void a_desa_is_an_in_list_a_shorter_code_a_range_nothing_matches_nothing_and_empty_matches_all() {
        KodeWilayah.SqlRentang r = KodeWilayah.rentang(List.of("3517082001", "3517082002", "351709"), "k", "p");
        assertThat(r.sql()).isEqualTo("(k IN (:p_e) OR (k >= :p_d0 AND k < :p_s0))");
        assertThat(r.params())
                .containsEntry("p_e", List.of("3517082001", "3517082002"))
                .containsEntry("p_d0", "351709")
                .containsEntry("p_s0", "351709A");
        assertThat(KodeWilayah.rentang(List.of(), "k", "p").sql()).isEqualTo("1 = 0");
        assertThat(KodeWilayah.rentang(List.of("35", ""), "k", "p").sql()).isEqualTo("1 = 1");
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of("35", "3517", "351708", "3517082001", "3517082007", "351709", "3201", "3201022001");
    }

    /** The SQL condition evaluated in Java keeps exactly the codes that start with one of the scope's codes. */
    @Property
    void the_range_condition_is_the_prefix_rule(
            @ForAll("codes") String a, @ForAll("codes") String b, @ForAll("codes") String row) {
        KodeWilayah.SqlRentang r = KodeWilayah.rentang(List.of(a, b), "k", "p");
        boolean expected = row.startsWith(a) || row.startsWith(b);
        assertThat(evaluate(r, row)).isEqualTo(expected);
    }

    @SuppressWarnings("unchecked")
    private static boolean evaluate(KodeWilayah.SqlRentang r, String row) {
        Map<String, Object> params = r.params();
        boolean in = params.containsKey("p_e") && ((List<String>) params.get("p_e")).contains(row);
        Matcher m = Pattern.compile("k >= :(p_d\\d+) AND k < :(p_s\\d+)").matcher(r.sql());
        while (m.find()) {
            String from = (String) params.get(m.group(1));
            String to = (String) params.get(m.group(2));
            in |= row.compareTo(from) >= 0 && row.compareTo(to) < 0;
        }
        return in;
    }
}
