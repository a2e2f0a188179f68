package id.pandudesa.perencanaan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.support.DataBersama;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KodeApbdesTest {

    static final KodeApbdes CODES = new KodeApbdes();

    private static List<String> rows(Path file, String... columns) throws IOException {
        List<String> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                StringBuilder b = new StringBuilder();
                for (String c : columns) {
                    b.append(r.get(c)).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void the_shipped_codes_are_the_regulations_codes_row_for_row() throws IOException {
        Path dir = DataBersama.wajib("apbdes");
        assertThat(CODES.semuaRekening().stream()
                        .map(k -> k.kode() + "|" + k.uraian() + "|" + k.jenis() + "|")
                        .toList())
                .containsExactlyElementsOf(rows(dir.resolve("rekening.csv"), "kode", "uraian", "kelompok"));
        List<String> bidang = new ArrayList<>(rows(dir.resolve("bidang.csv"), "kode", "uraian", "tingkat"));
        bidang.addAll(rows(dir.resolve("bidang_tambahan_siskeudes.csv"), "kode", "uraian", "tingkat"));
        assertThat(CODES.semuaBidang().stream()
                        .map(k -> k.kode() + "|" + k.uraian() + "|" + k.jenis() + "|")
                        .toList())
                .containsExactlyElementsOf(bidang);
        assertThat(CODES.semuaRekening()).hasSize(204);
        assertThat(CODES.semuaBidang()).hasSize(207 + 8);
    }

    @ParameterizedTest
    @CsvSource({
        "5.2.1.01, true",
        "4.2.1.01, true",
        "6.2.2.01, true",
        "4.1.1.93, true",
        "4.1.1.90-99, false",
        "4.1.1.89, false",
        "5.2.1, false",
        "5.9.9.01, false",
        "7.1.1.01, false",
        "'', false"
    })
    void a_rekening_is_an_objek_of_the_list_or_a_local_code_in_its_range(String code, boolean known) {
        assertThat(CODES.objek(code).isPresent()).as(code).isEqualTo(known);
    }

    @ParameterizedTest
    @CsvSource({
        "2.1.01, 2.1.01",
        "02.01.01., 2.1.01",
        "2.3.95, 2.3.95",
        "5.1.00, 5.1.00",
        "1.1.08, 1.1.08",
        "2.1, ",
        "9.9.01, ",
        "abc, "
    })
    void a_kegiatan_is_read_in_both_notations_and_ranges_admit_local_codes(String input, String expected) {
        assertThat(CODES.kegiatan(input).map(KodeApbdes.Kode::kode).orElse(null))
                .as(input)
                .isEqualTo(expected);
    }

    @Test
    void siskeudes_additions_are_marked_and_local_codes_take_their_ranges_name() {
        assertThat(CODES.kegiatan("1.1.08").orElseThrow().tambahan()).isTrue();
        assertThat(CODES.kegiatan("2.1.01").orElseThrow().tambahan()).isFalse();
        assertThat(CODES.objek("4.1.1.93").orElseThrow().uraian()).isEqualTo("Lain-lain");
    }
}
