package id.pandudesa.indeks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.indeks.HasilIdm;
import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.support.DataBersama;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class KatalogIdmTest {

    static final PenilaiKatalog IDM = new KatalogIndeks().idm();

    @Test
    void the_shipped_catalogue_matches_the_published_rule_catalogue() throws IOException {
        Path path = DataBersama.wajib("idm/indicators.csv");
        int checked = 0;
        try (Reader reader = Files.newBufferedReader(path)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                int no = Integer.parseInt(row.get("no"));
                int score = Integer.parseInt(row.get("skor"));
                Katalog.Indikator ind = IDM.katalog().indikator().get(no - 1);
                String where = "indicator " + no + " score " + score;
                assertThat(ind.no()).isEqualTo(no);
                assertThat(ind.dimensi()).as(where).isEqualTo(row.get("dimensi"));
                assertThat(ind.nama()).as(where).isEqualTo(row.get("indikator"));
                Katalog.Aturan rule = IDM.aturan(no - 1, score).orElse(null);
                assertThat(rule).as(where + " has a rule").isNotNull();
                assertThat(rule.keterangan())
                        .as(where)
                        .isEqualTo(String.join(" ", row.get("keterangan").trim().split("\\s+")));
                String activity = row.get("kegiatan").trim();
                assertThat(rule.kegiatan())
                        .as(where)
                        .isEqualTo(activity.isEmpty() || activity.equals("-") ? null : activity);
                Map<String, String> actors = new HashMap<>();
                for (String col : new String[] {"pusat", "prov", "kab", "desa", "csr", "lainnya"}) {
                    if (!row.get(col).isBlank()) {
                        actors.put(col, row.get(col).trim());
                    }
                }
                assertThat(rule.pelaku()).as(where).isEqualTo(actors);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(178);
    }

    @Test
    void fifty_indicators_in_three_dimensions_each_with_a_rule_for_any_answer() {
        assertThat(IDM.katalog().indikator()).hasSize(50);
        assertThat(IDM.katalog().dimensi())
                .extracting(Katalog.Dimensi::jumlahIndikator)
                .containsExactly(35, 12, 3);
        assertThat(IDM.katalog().indikator())
                .allSatisfy(ind -> assertThat(ind.aturan().getLast().syarat()).isEqualTo("true"));
    }

    @Test
    void raw_answers_give_the_regulations_scores() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("waktu_sarkes", 30.0);
        a.put("peserta_bpjs", 760.0);
        a.put("jumlah_penduduk", 1000.0);
        a.put("jarak_smp", 12000.0);
        a.put("sinyal", "LEMAH");
        a.put("ada_konflik", false);
        a.put("jumlah_pasar", 0.0);
        a.put("jumlah_kk", 300.0);
        a.put("industri_mikro", 1.0);
        Map<String, PenilaiKatalog.SkorIndikator> scores = IDM.nilai(a);
        assertThat(scores.get("s01").skor()).isEqualTo(5);
        assertThat(scores.get("s05").skor()).isEqualTo(5);
        assertThat(scores.get("s09").skor()).isEqualTo(2);
        assertThat(scores.get("s29").skor()).isEqualTo(3);
        assertThat(scores.get("s25").skor()).isEqualTo(5);
        assertThat(scores.get("s38").skor()).isEqualTo(1);
        assertThat(scores.get("s36").skor()).isEqualTo(3);
        assertThat(scores).doesNotContainKey("s02");
        a.put("waktu_sarkes", 31.0);
        a.put("peserta_bpjs", 750.0);
        assertThat(IDM.nilai(a).get("s01").skor()).isEqualTo(4);
        assertThat(IDM.nilai(a).get("s05").skor()).isEqualTo(4);
        assertThat(IDM.nilai(a).get("s01").aturan().keterangan()).contains("31 s.d 60");
    }

    @Provide
    Arbitrary<int[]> scores() {
        return Arbitraries.integers().between(0, 5).array(int[].class).ofSize(50);
    }

    /** The catalogue, applied generically, agrees with the fast calculator: the catalogue is the definition. */
    @Property
    void the_catalogue_aggregation_equals_the_fast_calculator(@ForAll("scores") int[] scores) {
        PenilaiKatalog.Agregat generic = IDM.agregat(scores);
        HasilIdm fast = IdmCalculator.hitung(scores);
        assertThat(generic.indeks().doubleValue()).isCloseTo(fast.idm(), Offset.offset(1e-12));
        assertThat(generic.dimensi().get("IKS").doubleValue()).isCloseTo(fast.iks(), Offset.offset(1e-12));
        assertThat(generic.status().kode()).isEqualTo(fast.status().name());
    }
}
