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
 * The Indeks Desa load generator on a small target: two data years for each desa, every stored
 * figure the calculator's own, and a second run adds nothing. Everything happens in the test's
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
    Clock clock;

    @Test
    void two_data_years_for_each_desa_scored_by_the_catalogue_and_no_second_helping() {
        int year = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue() - 1;
        jdbc.sql("DELETE FROM indeks_desa_hasil WHERE tahun = :t")
                .param("t", year)
                .update();
        GeneratorIndeksDesa generator = new GeneratorIndeksDesa(service, catalogues, wilayah, jdbc, tx, clock, 300);
        generator.run(null);
        assertThat(count("tahun = " + year + " AND sumber = 'GENERATOR'")).isEqualTo(300);
        assertThat(count("tahun = " + (year - 1) + " AND sumber = 'GENERATOR'")).isEqualTo(300);
        // Every stored figure is the calculator's for the stored item scores.
        jdbc.sql("SELECT butir, skor, status FROM indeks_desa_hasil WHERE sumber = 'GENERATOR'")
                .query((rs, n) -> {
                    String b = rs.getString("butir");
                    int[] s = new int[b.length()];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = b.charAt(i) - '0';
                    }
                    var h = catalogues.indeksDesa().hitung(s);
                    assertThat(rs.getBigDecimal("skor")).isEqualByComparingTo(h.skor());
                    assertThat(rs.getString("status")).isEqualTo(h.status());
                    return null;
                })
                .list();
        generator.run(null);
        assertThat(count("sumber = 'GENERATOR'")).isEqualTo(600);
    }

    private long count(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM indeks_desa_hasil WHERE " + where)
                .query(Long.class)
                .single();
    }
}
