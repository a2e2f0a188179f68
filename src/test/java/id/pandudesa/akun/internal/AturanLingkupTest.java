package id.pandudesa.akun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.wilayah.JenisWilayah;
import id.pandudesa.wilayah.Tingkat;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AturanLingkupTest {

    private static final Map<String, Wilayah> REGIONS = Map.of(
            "35", new Wilayah("35", "Jawa Timur", Tingkat.PROVINSI, JenisWilayah.PROVINSI, null),
            "3517", new Wilayah("3517", "Kabupaten Jombang", Tingkat.KABUPATEN, JenisWilayah.KABUPATEN, "35"),
            "351708", new Wilayah("351708", "Diwek", Tingkat.KECAMATAN, JenisWilayah.KECAMATAN, "3517"),
            "3517082007", new Wilayah("3517082007", "Cukir", Tingkat.DESA, JenisWilayah.DESA, "351708"),
            "3517082001", new Wilayah("3517082001", "Kayangan", Tingkat.DESA, JenisWilayah.DESA, "351708"),
            "3517091001", new Wilayah("3517091001", "Jombang", Tingkat.DESA, JenisWilayah.KELURAHAN, "351709"),
            "3201022001", new Wilayah("3201022001", "Wanaherang", Tingkat.DESA, JenisWilayah.DESA, "320102"));

    private AturanLingkup rules;

    @BeforeEach
    void setUp() {
        WilayahApi wilayah = mock(WilayahApi.class);
        when(wilayah.semua(anyCollection())).thenAnswer(call -> {
            Map<String, Wilayah> found = new LinkedHashMap<>();
            for (Object code : (Collection<?>) call.getArgument(0)) {
                if (REGIONS.containsKey(code)) {
                    found.put((String) code, REGIONS.get(code));
                }
            }
            return found;
        });
        rules = new AturanLingkup(wilayah);
    }

    @Test
    void a_pld_may_serve_several_villages_written_with_or_without_dots() {
        Lingkup scope = rules.periksa(Peran.PLD, List.of("35.17.08.2007", " 3517082001 "), Lingkup.nasional());

        assertThat(scope.kode()).containsExactlyInAnyOrder("3517082007", "3517082001");
    }

    @Test
    void a_kpmd_has_exactly_one_village() {
        assertThatThrownBy(() -> rules.periksa(Peran.KPMD, List.of("3517082007", "3517082001"), Lingkup.nasional()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(keys(e)).containsExactly("akun.lingkup.harusSatu.KPMD"));
    }

    @Test
    void a_pd_holds_a_kecamatan_not_a_village() {
        assertThat(rules.periksa(Peran.PD, List.of("351708"), Lingkup.nasional())
                        .kode())
                .containsExactly("351708");
        assertThatThrownBy(() -> rules.periksa(Peran.PD, List.of("3517082007"), Lingkup.nasional()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(keys(e)).containsExactly("akun.lingkup.tingkatSalah.PD"));
    }

    @Test
    void a_ta_holds_a_kabupaten_and_an_admin_a_provinsi_or_the_country() {
        assertThat(rules.periksa(Peran.TA, List.of("3517"), Lingkup.nasional()).kode())
                .containsExactly("3517");
        assertThat(rules.periksa(Peran.ADMIN, List.of("35"), Lingkup.nasional()).kode())
                .containsExactly("35");
        assertThat(rules.periksa(Peran.ADMIN, List.of("NASIONAL"), Lingkup.nasional())
                        .isNasional())
                .isTrue();
    }

    @Test
    void only_an_admin_can_have_the_whole_country() {
        assertThatThrownBy(() -> rules.periksa(Peran.TA, List.of("nasional"), Lingkup.nasional()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(keys(e)).containsExactly("akun.lingkup.nasionalHanyaAdmin"));
    }

    @Test
    void unknown_codes_and_kelurahan_are_refused_each_with_its_own_message() {
        assertThatThrownBy(() -> rules.periksa(Peran.PLD, List.of("3517089999", "3517091001"), Lingkup.nasional()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(keys(e))
                                .containsExactly("akun.lingkup.tidakDikenal", "akun.lingkup.kelurahan"));
    }

    @Test
    void an_empty_scope_is_refused() {
        assertThatThrownBy(() -> rules.periksa(Peran.PLD, List.of(" ", ""), Lingkup.nasional()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_province_admin_cannot_grant_a_village_of_another_province() {
        Lingkup jatim = Lingkup.of(List.of("35"));

        assertThat(rules.periksa(Peran.PLD, List.of("3517082007"), jatim).kode())
                .containsExactly("3517082007");
        assertThatThrownBy(() -> rules.periksa(Peran.PLD, List.of("3201022001"), jatim))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rules.periksa(Peran.ADMIN, List.of("nasional"), jatim))
                .isInstanceOf(ForbiddenException.class);
    }

    private static List<String> keys(RuleViolationException e) {
        return e.problems().stream().map(FieldProblem::messageKey).toList();
    }
}
