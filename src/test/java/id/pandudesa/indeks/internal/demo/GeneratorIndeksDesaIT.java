package id.pandudesa.indeks.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.indeks.internal.IndeksDesaService;
import id.pandudesa.indeks.internal.KatalogIndeks;
import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Indeks Desa load generator on a small target: last data year as imported and this year's
 * final questionnaire with its result for each desa, every stored figure the calculator's own, and
 * a second run adds nothing. Everything happens in the test's
 * transaction (the generator's batches join it), which is rolled back.
 */
@PanduIntegrationTest
@Tag("db")
@Transactional
class GeneratorIndeksDesaIT {

    @Autowired
    IndeksDesaService service;

    @Autowired
    KatalogIndeks catalogues;

    @Autowired
    WilayahApi wilayah;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate template;

    @Autowired
    Clock clock;

    @Test
    void last_year_as_imported_this_year_from_final_questionnaires_and_no_second_helping() {
        int thisYear = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        jdbc.sql("DELETE FROM indeks_skor WHERE indeks = 'INDEKS_DESA' AND tahun = :t")
                .param("t", thisYear)
                .update();
        GeneratorIndeksDesa generator =
                new GeneratorIndeksDesa(service, catalogues, wilayah, jdbc, template, tx, clock, 300);
        generator.jalankan();
        assertThat(count("tahun = " + (thisYear - 1) + " AND sumber = 'GENERATOR'"))
                .isEqualTo(300);
        assertThat(count("tahun = " + thisYear + " AND sumber = 'KUESIONER' AND kuesioner_id IS NOT NULL"))
                .isEqualTo(300);
        // Every stored figure is the calculator's for the stored item scores, and this year's
        // scores are the answers of the final questionnaire the result points to.
        jdbc.sql("SELECT h.butir, h.skor, h.status, q.jawaban, q.status AS q_status FROM indeks_skor h"
                        + " LEFT JOIN indeks_kuesioner q ON q.id = h.kuesioner_id"
                        + " WHERE h.indeks = 'INDEKS_DESA' AND h.sumber IN ('GENERATOR', 'KUESIONER') AND h.tahun >= "
                        + (thisYear - 1))
                .query((rs, n) -> {
                    String b = rs.getString("butir");
                    int[] s = new int[b.length()];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = b.charAt(i) - '0';
                    }
                    var h = catalogues.indeksDesa().hitung(s);
                    assertThat(rs.getBigDecimal("skor")).isEqualByComparingTo(h.skor());
                    assertThat(rs.getString("status")).isEqualTo(h.status());
                    String answers = rs.getString("jawaban");
                    if (answers != null) {
                        assertThat(rs.getString("q_status")).isEqualTo("FINAL");
                        for (int i = 0; i < s.length; i++) {
                            assertThat(answers).contains("\"b" + (i + 1) + "\":" + s[i]);
                        }
                    }
                    return null;
                })
                .list();
        generator.jalankan();
        assertThat(count("tahun = " + thisYear + " AND sumber = 'KUESIONER'")).isEqualTo(300);
    }

    private long count(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM indeks_skor WHERE indeks = 'INDEKS_DESA' AND " + where)
                .query(Long.class)
                .single();
    }
}
