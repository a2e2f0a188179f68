package id.pandudesa.platform.privasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pandudesa.support.PanduIntegrationTest;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The encryption job at a start: the full pass runs in the background (the start does not wait for
 * it), while the start itself opens the newest values of every encrypted table and stops on a key
 * that is not configured.
 */
@PanduIntegrationTest
@Tag("db")
class EnkripsiKolomIT {

    @Autowired
    EnkripsiKolom enkripsi;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_start_began_the_pass_in_the_background_and_it_finished() throws Exception {
        Integer n = enkripsi.lintasanAwal().get(2, TimeUnit.MINUTES);
        assertThat(n).as("rows written, or -1 when another start held the lock").isGreaterThanOrEqualTo(-1);
        assertThat(enkripsi.lintasanAwal()).isCompleted().isNotCompletedExceptionally();
    }

    @Test
    void a_value_under_a_key_that_is_not_configured_stops_the_start() {
        enkripsi.periksaKunci(); // the configured keys open what is there

        String kode = "KX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("""
                        INSERT INTO pengaduan (kode_lacak, kode_desa, kategori, uraian, nama, kontak, saluran, status,
                            tingkat, dicatat_oleh, dibuat, versi)
                        VALUES (:k, '3517082007', 'PELAYANAN', 'Dari cadangan dengan kunci lain', :n, NULL, 'WEB',
                            'DITERIMA', 'DESA', 'warga', CURRENT_TIMESTAMP, 0)""")
                .param("k", kode)
                .param("n", "v1:0badc0de:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .update();
        try {
            assertThatThrownBy(enkripsi::periksaKunci)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("0badc0de")
                    .hasMessageContaining("PANDU_KUNCI_DATA_LAMA");
        } finally {
            jdbc.sql("DELETE FROM pengaduan WHERE kode_lacak = :k")
                    .param("k", kode)
                    .update();
        }
    }
}
