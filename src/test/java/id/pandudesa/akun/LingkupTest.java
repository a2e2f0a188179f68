package id.pandudesa.akun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LingkupTest {

    @Test
    void a_pld_sees_records_of_their_villages_only() {
        Lingkup pld = Lingkup.of(List.of("3517082001", "3517082002"));

        assertThat(pld.mencakup("3517082001")).isTrue();
        assertThat(pld.mencakup("3517082003")).isFalse();
        assertThat(pld.mencakup("351708")).isFalse();
    }

    @Test
    void a_kecamatan_scope_covers_every_desa_under_it_and_nothing_next_to_it() {
        Lingkup pd = Lingkup.of(List.of("351708"));

        assertThat(pd.mencakup("3517082020")).isTrue();
        assertThat(pd.mencakup("3517092001")).isFalse();
        assertThat(pd.mencakup("3517")).isFalse();
    }

    @Test
    void the_national_scope_covers_everything_and_filters_nothing() {
        Lingkup nasional = Lingkup.nasional();

        assertThat(nasional.mencakup("9101012001")).isTrue();
        assertThat(nasional.sql("kode_desa").sql()).isEqualTo("1 = 1");
        assertThat(nasional.prefiks()).containsExactly("");
    }

    @Test
    void an_empty_scope_sees_nothing() {
        Lingkup none = Lingkup.of(Set.of());

        assertThat(none.mencakup("3517082001")).isFalse();
        assertThat(none.sql("kode_desa").sql()).isEqualTo("1 = 0");
    }

    @Test
    void a_province_admin_covers_users_of_that_province_but_not_national_ones() {
        Lingkup jatim = Lingkup.of(List.of("35"));

        assertThat(jatim.mencakupSemua(Lingkup.of(List.of("3517082001", "351708"))))
                .isTrue();
        assertThat(jatim.mencakupSemua(Lingkup.of(List.of("3517082001", "3201022001"))))
                .isFalse();
        assertThat(jatim.mencakupSemua(Lingkup.nasional())).isFalse();
        assertThat(Lingkup.nasional().mencakupSemua(jatim)).isTrue();
    }

    @Test
    void the_sql_filter_is_a_code_range_per_region_and_one_list_of_desa() {
        Lingkup.SqlFilter filter =
                Lingkup.of(List.of("351708", "3517092001", "3517092002")).sql("w.kode", "x");

        assertThat(filter.sql()).isEqualTo("(w.kode IN (:x_e) OR (w.kode >= :x_d0 AND w.kode < :x_s0))");
        assertThat(filter.params())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("x_e", List.of("3517092001", "3517092002"), "x_d0", "351708", "x_s0", "351708A"));
    }

    /** The SQL ranges select exactly the codes the prefix rule covers (compared as strings, as databases do). */
    @Property
    void sql_ranges_agree_with_the_prefix_rule(
            @ForAll("scopeCodes") List<String> scope, @ForAll("desaCodes") String desa) {
        Lingkup lingkup = Lingkup.of(scope);
        Map<String, Object> params = lingkup.sql("c", "p").params();
        boolean inRange = params.containsKey("p_e") && ((List<?>) params.get("p_e")).contains(desa);
        for (int i = 0; params.containsKey("p_d" + i); i++) {
            String from = (String) params.get("p_d" + i);
            String to = (String) params.get("p_s" + i);
            inRange |= desa.compareTo(from) >= 0 && desa.compareTo(to) < 0;
        }
        assertThat(inRange).isEqualTo(lingkup.mencakup(desa));
    }

    @Provide
    Arbitrary<List<String>> scopeCodes() {
        Arbitrary<String> code = Arbitraries.of(2, 4, 6, 10)
                .flatMap(len -> Arbitraries.strings().numeric().ofLength(len).map(s -> "3" + s.substring(1)));
        return code.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> desaCodes() {
        return Arbitraries.strings().numeric().ofLength(10).map(s -> "3" + s.substring(1));
    }
}
