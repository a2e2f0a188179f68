package id.pandudesa.wilayah.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.PanduIntegrationTest;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A newer region list on a small hand-made list with each kind of change (villages of Kabupaten
 * Mahakam Ulu, which no other test uses): a new village, a new name, a new code and a merger whose
 * records and users follow, a split reported for review; a trial run changes nothing; a merger
 * that would duplicate a record rolls everything back; nothing points to a code that left.
 */
@PanduIntegrationTest
@Tag("db")
class PerubahanWilayahIT {

    @Autowired
    PerubahanWilayah perubahan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    id.pandudesa.wilayah.WilayahApi wilayah;

    private void kader(String desa, String nama) {
        jdbc.sql("INSERT INTO kader (kode_desa, nama, jenis_kelamin, jenis, mulai, status, kompetensi, dibuat)"
                        + " VALUES (:d, :n, 'P', 'KPMD', CURRENT_DATE, 'AKTIF', ',', CURRENT_TIMESTAMP)")
                .param("d", desa)
                .param("n", nama)
                .update();
    }

    private long count(String sql, String kode) {
        return jdbc.sql(sql).param("k", kode).query(Long.class).single();
    }

    @Test
    void each_kind_of_change_is_applied_and_records_follow_their_village() throws Exception {
        kader("6411012001", "Kader Long Hurai");
        kader("6411012004", "Kader Memahak Ulu");
        kader("6411012006", "Kader Ujoh Bilang");
        mvc.perform(post("/api/v1/pengguna")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"pld.longhurai\",\"nama\":\"Pendamping Long Hurai\",\"peran\":\"PLD\","
                                + "\"lingkup\":[\"6411012001\",\"6411012004\"],\"password\":\"long-hurai-123\","
                                + "\"wajibGantiPassword\":false}")
                        .with(httpBasic("admin", "admin-test-123")))
                .andExpect(status().isCreated());
        assertThat(wilayah.cari("6411012001")).isPresent();
        String csv = """
                perubahan,kode,kode_baru,nama
                BARU,64.11.01.2098,,Long Baru
                NAMA,64.11.01.2003,,Memahak Besar Baru
                KODE,64.11.01.2001,64.11.01.2099,
                GABUNG,64.11.01.2004,64.11.01.2005,
                PECAH,64.11.01.2006,64.11.01.2097,Ujoh Bilang Hilir
                """;
        List<PerubahanWilayah.Perubahan> list = PerubahanWilayah.baca(new StringReader(csv));

        // A trial run reports and keeps nothing.
        PerubahanWilayah.Laporan trial = perubahan.terapkan(list, true);
        assertThat(trial.disimpan()).isFalse();
        assertThat(trial.baris()).hasSize(5);
        assertThat(count("SELECT COUNT(*) FROM wilayah WHERE kode = :k", "6411012098"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM kader WHERE kode_desa = :k", "6411012001"))
                .isEqualTo(1);

        PerubahanWilayah.Laporan done = perubahan.terapkan(list, false);
        assertThat(done.disimpan()).isTrue();
        assertThat(done.baris())
                .anySatisfy(l -> assertThat(l).contains("desa baru Long Baru"))
                .anySatisfy(l -> assertThat(l).contains("Memahak Besar → Memahak Besar Baru"))
                .anySatisfy(l ->
                        assertThat(l).contains("6411012099").contains("kader 1").contains("lingkup pengguna 1"))
                .anySatisfy(l -> assertThat(l).contains("6411012005").contains("kader 1"))
                .anySatisfy(l -> assertThat(l).contains("6411012097").contains("catatan tetap di 6411012006"));
        assertThat(wilayah.cari("6411012098").orElseThrow().nama()).isEqualTo("Long Baru");
        assertThat(wilayah.cari("6411012003").orElseThrow().nama()).isEqualTo("Memahak Besar Baru");
        assertThat(wilayah.cari("6411012099").orElseThrow().nama()).isEqualTo("Long Hurai");
        assertThat(wilayah.cari("6411012001")).isEmpty();
        assertThat(wilayah.cari("6411012004")).isEmpty();
        assertThat(wilayah.cari("6411012097").orElseThrow().induk()).isEqualTo("641101");
        assertThat(count("SELECT COUNT(*) FROM kader WHERE kode_desa = :k", "6411012099"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM kader WHERE kode_desa = :k", "6411012005"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM kader WHERE kode_desa = :k", "6411012006"))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT l.kode FROM pengguna_lingkup l JOIN pengguna p ON p.id = l.pengguna_id"
                                + " WHERE p.username = 'pld.longhurai' ORDER BY l.kode")
                        .query(String.class)
                        .list())
                .containsExactly("6411012005", "6411012099");
        // Nothing points to a code that left the tree, in any table with a region column.
        for (String[] c : perubahan.kolomWilayah()) {
            for (String gone : List.of("6411012001", "6411012004")) {
                assertThat(count("SELECT COUNT(*) FROM " + c[0] + " WHERE " + c[1] + " = :k", gone))
                        .as(c[0] + "." + c[1])
                        .isZero();
            }
        }
    }

    @Test
    void a_merger_that_would_duplicate_a_record_changes_nothing_and_bad_lines_are_named() throws Exception {
        for (String desa : List.of("6411012007", "6411012008")) {
            jdbc.sql(
                            "INSERT INTO apbdes (kode_desa, tahun, nomor, status, dibuat_oleh, dibuat, diubah_oleh, diubah, versi)"
                                    + " VALUES (:d, 2026, 1, 'DRAF', 'uji', CURRENT_TIMESTAMP, 'uji', CURRENT_TIMESTAMP, 0)")
                    .param("d", desa)
                    .update();
        }
        kader("6411012007", "Kader Long Bagun Ilir");
        var list = PerubahanWilayah.baca(
                new StringReader(
                        "perubahan,kode,kode_baru,nama\nNAMA,64.11.01.2008,,Long Bagun Ulu Baru\nGABUNG,64.11.01.2007,64.11.01.2008,\n"));
        assertThatThrownBy(() -> perubahan.terapkan(list, false))
                .hasMessageContaining("apbdes")
                .hasMessageContaining("6411012008");
        assertThat(wilayah.cari("6411012007")).isPresent();
        assertThat(jdbc.sql("SELECT nama FROM wilayah WHERE kode = '6411012008'")
                        .query(String.class)
                        .single())
                .isEqualTo("Long Bagun Ulu");
        assertThat(count("SELECT COUNT(*) FROM kader WHERE kode_desa = :k", "6411012007"))
                .isEqualTo(1);
        assertThatThrownBy(() -> PerubahanWilayah.baca(
                        new StringReader("perubahan,kode,kode_baru,nama\nPINDAH,6411012007,,x\n")))
                .hasMessageContaining("baris 2");
        assertThatThrownBy(() ->
                        PerubahanWilayah.baca(new StringReader("perubahan,kode,kode_baru,nama\nGABUNG,6411012007,,\n")))
                .hasMessageContaining("10 angka");
    }
}
