package id.pandudesa.ekonomi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pandudesa.support.PanduIntegrationTest;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A BUMDes Bersama on the database: founded with its member villages (seen from each of them),
 * units and yearly results recorded, a self-assessment giving its class, the kecamatan's ranking;
 * and what is refused, with nothing stored.
 */
@PanduIntegrationTest
@Tag("db")
class BumdesIT {

    static final int YEAR = Year.now(ZoneId.of("Asia/Jakarta")).getValue();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse kirim(String path, String username, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder r =
                post(path).with(user(users.loadUserByUsername(username))).with(csrf());
        params.forEach(r::param);
        return mvc.perform(r).andReturn().getResponse();
    }

    private String halaman(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void a_bumdes_bersama_is_founded_run_assessed_and_ranked() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM bumdes").query(Long.class).single();
        MockHttpServletResponse bad = kirim(
                "/ekonomi/bumdes/3517082005",
                "pld.diwek2",
                Map.of("nama", "", "bersama", "true", "anggota", "9999999999", "didirikan", (YEAR + 1) + "-01-01"));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString())
                .contains("Tulis nama")
                .contains("Desa 9999999999 tidak ditemukan")
                .contains("Tanggal belum terjadi");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bumdes").query(Long.class).single())
                .isEqualTo(before);
        assertThat(kirim("/ekonomi/bumdes/3517082005", "camat.diwek", Map.of("nama", "X"))
                        .getStatus())
                .isEqualTo(403);

        MockHttpServletResponse ok = kirim(
                "/ekonomi/bumdes/3517082005",
                "pld.diwek2",
                Map.of(
                        "nama",
                        "BUMDes Bersama Uji Tiga Desa",
                        "bersama",
                        "true",
                        "anggota",
                        "3517082006, 35.17.08.2004",
                        "perdes",
                        "Perdes Bersama 2/2025",
                        "didirikan",
                        "2025-03-01"));
        assertThat(ok.getStatus()).isEqualTo(302);
        String path = ok.getRedirectedUrl();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT kode_desa FROM bumdes_desa WHERE bumdes_id = :b ORDER BY kode_desa")
                        .param("b", id)
                        .query(String.class)
                        .list())
                .containsExactly("3517082004", "3517082006");
        // Seen from a member village's own list too.
        assertThat(halaman("/ekonomi/bumdes/3517082004", "pd.diwek")).contains("BUMDes Bersama Uji Tiga Desa");

        assertThat(kirim(path + "/unit", "pld.diwek2", Map.of("namaUnit", "Simpan pinjam", "bidang", "Keuangan"))
                        .getStatus())
                .isEqualTo(302);
        MockHttpServletResponse loss = kirim(
                path + "/tahunan",
                "pld.diwek2",
                Map.of(
                        "tahun",
                        String.valueOf(YEAR - 1),
                        "pendapatan",
                        "80.000.000",
                        "laba",
                        "-5.000.000",
                        "pades",
                        "1.000.000",
                        "modalDesa",
                        "0"));
        assertThat(loss.getStatus()).isEqualTo(422);
        assertThat(loss.getContentAsString()).contains("tidak bisa lebih dari laba");
        assertThat(kirim(
                                path + "/tahunan",
                                "pld.diwek2",
                                Map.of(
                                        "tahun",
                                        String.valueOf(YEAR - 1),
                                        "pendapatan",
                                        "80.000.000",
                                        "laba",
                                        "-5.000.000",
                                        "pades",
                                        "0",
                                        "modalDesa",
                                        "100.000.000"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(kirim(
                                path + "/tahunan",
                                "pld.diwek2",
                                Map.of(
                                        "tahun",
                                        String.valueOf(YEAR + 1),
                                        "pendapatan",
                                        "1",
                                        "laba",
                                        "1",
                                        "pades",
                                        "0",
                                        "modalDesa",
                                        "0"))
                        .getStatus())
                .isEqualTo(422);

        Map<String, String> skor = new java.util.HashMap<>(Map.of("tahun", String.valueOf(YEAR)));
        for (KlasifikasiBumdes.Aspek a : KlasifikasiBumdes.Aspek.values()) {
            skor.put("aspek_" + a.name(), "90");
        }
        skor.put("aspek_USAHA", "101");
        assertThat(kirim(path + "/penilaian", "pld.diwek2", skor).getContentAsString())
                .contains("Nilai 0 sampai 100");
        skor.put("aspek_USAHA", "97");
        assertThat(kirim(path + "/penilaian", "pld.diwek2", skor).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT kelas || ' ' || total FROM bumdes_penilaian WHERE bumdes_id = :b")
                        .param("b", id)
                        .query(String.class)
                        .single())
                .isEqualTo("MAJU 91.00");
        // Assessed again the same year: replaced, not added.
        for (KlasifikasiBumdes.Aspek a : KlasifikasiBumdes.Aspek.values()) {
            skor.put("aspek_" + a.name(), "60");
        }
        assertThat(kirim(path + "/penilaian", "pld.diwek2", skor).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT kelas FROM bumdes_penilaian WHERE bumdes_id = :b")
                        .param("b", id)
                        .query(String.class)
                        .list())
                .containsExactly("PEMULA");

        String ranking = halaman("/ekonomi/peringkat/351708?tahun=" + YEAR, "ta.jombang");
        assertThat(ranking).contains("BUMDes Bersama Uji Tiga Desa").contains("<svg");
        assertThat(mvc.perform(get("/ekonomi/peringkat/351708").with(user(users.loadUserByUsername("kpmd.cukir"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis LIKE 'ekonomi.%'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Autowired
    id.pandudesa.perencanaan.PerencanaanApi perencanaan;

    @Test
    void the_capital_the_adopted_apbdes_budgets_is_shown_beside_the_bumdes() throws Exception {
        Long expected = jdbc.sql("""
                        SELECT COALESCE(SUM(b.anggaran), 0) FROM apbdes_baris b WHERE b.kode_rekening LIKE '6.2.2%'
                        AND b.apbdes_id = (SELECT MAX(a.id) FROM apbdes a WHERE a.kode_desa = '3517082007'
                        AND a.tahun = :t AND a.status = 'DITETAPKAN')""").param("t", YEAR).query(Long.class).single();
        assertThat(expected)
                .as("the demo adopts Cukir's APBDes with a 6.2.2 line")
                .isPositive();
        assertThat(perencanaan.penyertaanModal(java.util.List.of("3517082007", "3517082008"), YEAR))
                .as("a desa without an adopted APBDes is absent")
                .containsExactly(Map.entry("3517082007", expected));

        long id = jdbc.sql("SELECT id FROM bumdes WHERE nama = 'BUMDes Cukir Makmur'")
                .query(Long.class)
                .single();
        String page = halaman("/ekonomi/bumdes/3517082007/" + id, "pemdes.cukir");
        String rupiah = String.format(java.util.Locale.GERMANY, "%,d", expected);
        assertThat(page).contains("id=\"modal-apbdes-" + YEAR + "\"").contains(rupiah);
    }
}
