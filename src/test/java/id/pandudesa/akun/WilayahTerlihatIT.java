package id.pandudesa.akun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pandudesa.platform.NotFoundException;
import id.pandudesa.support.PanduIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one region-scope rule every module's pages and actions use: what a user may open, what
 * answers 404 (exactly as a region that does not exist), and with which module's message.
 */
@PanduIntegrationTest
class WilayahTerlihatIT {

    /** pld.diwek1: Kayangan, Puton, Bendet of Kecamatan Diwek. */
    static final PenggunaSaatIni PLD = new PenggunaSaatIni(
            1, "pld.uji", "PLD Uji", Peran.PLD, Lingkup.of(Set.of("3517082001", "3517082002", "3517082003")));

    static final PenggunaSaatIni PD =
            new PenggunaSaatIni(2, "pd.uji", "PD Uji", Peran.PD, Lingkup.of(Set.of("351708")));

    static final PenggunaSaatIni ADMIN = new PenggunaSaatIni(3, "admin.uji", "Admin", Peran.ADMIN, Lingkup.nasional());

    @Autowired
    WilayahTerlihat terlihat;

    @Test
    void a_desa_in_scope_is_found_with_or_without_dots_and_spaces() {
        assertThat(terlihat.desa("3517082001", PLD, "x").nama()).isEqualTo("Kayangan");
        assertThat(terlihat.desa("35.17.08.2001", PLD, "x").kode()).isEqualTo("3517082001");
        assertThat(terlihat.desa(" 35.17.08.2002 ", PLD, "x").nama()).isEqualTo("Puton");
        assertThat(terlihat.desa("3517082007", PD, "x").nama()).isEqualTo("Cukir");
        assertThat(terlihat.desa("1101012001", ADMIN, "x").kode()).isEqualTo("1101012001");
    }

    @Test
    void outside_the_scope_absent_malformed_or_above_desa_level_all_answer_the_same_404() {
        for (String code :
                new String[] {"3517082007", "3201022001", "9999999999", "", "abc", "35170820011", "351708"}) {
            assertThatThrownBy(() -> terlihat.desa(code, PLD, "apbdes.desaTidakDitemukan"))
                    .as(code)
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("apbdes.desaTidakDitemukan");
                        assertThat(e.args()).containsExactly(code);
                    });
        }
        assertThatThrownBy(() -> terlihat.desa(null, PLD, "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_kelurahan_is_not_a_desa() {
        // Jombatan, Kecamatan Jombang: a kelurahan (no APBDes, no BUMDes, no IDM)
        assertThatThrownBy(() -> terlihat.desa("3517091002", ADMIN, "x")).isInstanceOf(NotFoundException.class);
        assertThat(terlihat.wilayah("3517091002", ADMIN, "x").nama()).isEqualTo("Jombatan");
    }

    @Test
    void a_region_of_any_level_is_found_only_when_the_scope_covers_it_whole() {
        assertThat(terlihat.wilayah("351708", PD, "x").nama()).isEqualToIgnoringCase("Diwek");
        assertThat(terlihat.wilayah("3517082005", PD, "x").kode()).isEqualTo("3517082005");
        assertThat(terlihat.wilayah("35", ADMIN, "x").kode()).isEqualTo("35");
        assertThatThrownBy(() -> terlihat.wilayah("351708", PLD, "dasbor.wilayahTidakDitemukan"))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dasbor.wilayahTidakDitemukan"));
        assertThatThrownBy(() -> terlihat.wilayah("3517", PD, "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_region_sharing_villages_with_the_scope_is_found_for_forums_and_lists() {
        assertThat(terlihat.bersinggungan("351708", PLD, "x").kode()).isEqualTo("351708");
        assertThat(terlihat.bersinggungan("3517", PLD, "x").kode()).isEqualTo("3517");
        assertThat(terlihat.bersinggungan("3517082001", PLD, "x").kode()).isEqualTo("3517082001");
        assertThatThrownBy(() -> terlihat.bersinggungan("351709", PLD, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> terlihat.bersinggungan("3517082007", PLD, "x")).isInstanceOf(NotFoundException.class);
        assertThat(PLD.lingkup().saringan("35.17.08")).isEqualTo("351708");
        assertThatThrownBy(() -> PLD.lingkup().saringan("3201")).isInstanceOf(NotFoundException.class);
    }
}
