package id.pandudesa.indeks;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.support.DataBersama;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every published IDM result whose scores reproduce its indices (scores_consistent = 1) must come
 * out of our calculation to 1e-9, with the same status, target, minimum score and gap. The data
 * are the ministry's own (../shared/data/idm); the test skips, saying so, where they are absent, and fails
 * there under {@code pandu.test.require} (see {@link DataBersama}).
 */
class IdmConformanceTest {

    @ParameterizedTest
    @ValueSource(strings = {"idm-2021.csv", "idm-2022.csv"})
    void every_consistent_published_result_is_reproduced_exactly(String file) throws IOException {
        Path path = DataBersama.wajib("idm/" + file);
        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(path)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                if (!"1".equals(row.get("scores_consistent"))) {
                    continue;
                }
                int[] scores = new int[50];
                for (int i = 0; i < 50; i++) {
                    scores[i] = Integer.parseInt(row.get(String.format("s%02d", i + 1)));
                }
                HasilIdm result = IdmCalculator.hitung(scores);
                String where = row.get("kode_desa") + "/" + row.get("tahun");
                try {
                    assertThat(result.iks())
                            .as(where + " iks")
                            .isCloseTo(Double.parseDouble(row.get("iks")), Offset.offset(1e-9));
                    assertThat(result.ike())
                            .as(where + " ike")
                            .isCloseTo(Double.parseDouble(row.get("ike")), Offset.offset(1e-9));
                    assertThat(result.ikl())
                            .as(where + " ikl")
                            .isCloseTo(Double.parseDouble(row.get("ikl")), Offset.offset(1e-9));
                    assertThat(result.idm())
                            .as(where + " idm")
                            .isCloseTo(Double.parseDouble(row.get("idm")), Offset.offset(1e-9));
                    assertThat(result.status().label()).as(where + " status").isEqualTo(row.get("status"));
                    assertThat(result.targetStatus().label())
                            .as(where + " target")
                            .isEqualTo(row.get("target_status"));
                    assertThat(result.skorMinimal())
                            .as(where + " skor minimal")
                            .isCloseTo(Double.parseDouble(row.get("skor_minimal")), Offset.offset(1e-9));
                    assertThat(result.penambahan())
                            .as(where + " penambahan")
                            .isCloseTo(Double.parseDouble(row.get("penambahan")), Offset.offset(1e-9));
                } catch (AssertionError e) {
                    mismatches.add(e.getMessage());
                }
                checked++;
            }
        }
        assertThat(mismatches).as("published results not reproduced").isEmpty();
        assertThat(checked).as("rows checked in " + file).isGreaterThan(2000);
    }
}
