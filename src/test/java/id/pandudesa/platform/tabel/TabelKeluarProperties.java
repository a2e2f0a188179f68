package id.pandudesa.platform.tabel;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Cells protected against spreadsheet formulas, and the import that gives the original back. */
class TabelKeluarProperties {

    @Property
    void importing_an_exported_cell_gives_the_original_text_back(@ForAll @StringLength(max = 40) String text) {
        assertThat(TabelKeluar.buka(TabelKeluar.aman(text))).isEqualTo(text);
    }

    @Property
    void no_exported_text_cell_starts_a_formula_unless_it_is_a_plain_number(
            @ForAll @StringLength(min = 1, max = 40) String text) {
        String cell = TabelKeluar.aman(text);
        boolean number = cell.matches("[+-]?\\d+(\\.\\d+)?");
        assertThat(number || !"=+-@\t\r".contains(cell.substring(0, 1))).isTrue();
    }

    @Example
    void formula_starters_get_an_apostrophe_and_numbers_stay_numbers() {
        assertThat(TabelKeluar.aman("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(TabelKeluar.aman("+62 812")).isEqualTo("'+62 812");
        assertThat(TabelKeluar.aman("-potongan")).isEqualTo("'-potongan");
        assertThat(TabelKeluar.aman("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TabelKeluar.aman("\tcmd")).isEqualTo("'\tcmd");
        assertThat(TabelKeluar.aman("'=sudah")).isEqualTo("''=sudah");
        assertThat(TabelKeluar.aman("-12.5")).isEqualTo("-12.5");
        assertThat(TabelKeluar.aman("Rabat beton")).isEqualTo("Rabat beton");
        assertThat(TabelKeluar.buka("'-potongan")).isEqualTo("-potongan");
        assertThat(TabelKeluar.buka("'biasa")).isEqualTo("'biasa");
    }
}
