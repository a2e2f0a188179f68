package id.pandudesa.platform.privasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.AduanUji;
import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every read of a complainant's identity and every print of a book of people lands in the access
 * log, with who, which record and from where; a page that shows the complaint without the identity
 * logs nothing; the admin reads the log inside their scope.
 */
@PanduIntegrationTest
@Tag("db")
class LogAksesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    long aduan() throws Exception {
        return AduanUji.ajukan(
                mvc, jdbc, "3517082007", "Jalan rusak " + System.nanoTime(), "Pelapor Akses Uji", "081322223333");
    }

    List<Map<String, Object>> log(String jenis, String rekaman) {
        return jdbc.sql("SELECT pelaku, asal, kode_desa, jumlah FROM akses_data_pribadi"
                        + " WHERE jenis = :j AND rekaman_id = :r ORDER BY id")
                .param("j", jenis)
                .param("r", rekaman)
                .query()
                .listOfRows();
    }

    @Test
    void a_handler_reading_the_identity_is_logged_and_a_reader_without_it_is_not() throws Exception {
        long id = aduan();
        assertThat(halaman.html(get("/pengaduan/kelola/" + id), "kpmd.cukir")).contains("Pelapor Akses Uji");
        List<Map<String, Object>> rows = log("pengaduan.identitas", String.valueOf(id));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("pelaku", "kpmd.cukir")
                .containsEntry("asal", "GET /pengaduan/kelola/" + id)
                .containsEntry("kode_desa", "3517082007");

        assertThat(halaman.html(get("/pengaduan/kelola/" + id), "pemdes.cukir")).doesNotContain("Pelapor Akses Uji");
        assertThat(log("pengaduan.identitas", String.valueOf(id))).hasSize(1);

        String page = halaman.html(
                get("/admin/privasi/akses")
                        .param("jenis", "pengaduan.identitas")
                        .param("rekaman", String.valueOf(id)),
                "admin");
        assertThat(page).contains("kpmd.cukir", "GET /pengaduan/kelola/" + id).doesNotContain("pemdes.cukir");
    }

    @Test
    void printing_a_book_of_people_is_a_logged_export() throws Exception {
        int year = java.time.LocalDate.now().getYear();
        String rekaman = "3517082007/" + year;
        int before = log("buku.kader", rekaman).size();
        halaman.kirim(get("/regulasi/3517082007/buku-kader.pdf"), "pemdes.cukir")
                .andExpect(status().isOk());
        List<Map<String, Object>> rows = log("buku.kader", rekaman);
        assertThat(rows).hasSize(before + 1);
        assertThat(rows.get(rows.size() - 1))
                .containsEntry("pelaku", "pemdes.cukir")
                .containsEntry("asal", "GET /regulasi/3517082007/buku-kader.pdf");
        assertThat(((Number) rows.get(rows.size() - 1).get("jumlah")).intValue())
                .isPositive();
        int books = log("buku.register", rekaman).size();
        halaman.kirim(get("/regulasi/3517082007/buku-register.pdf"), "pemdes.cukir");
        assertThat(log("buku.register", rekaman))
                .as("a book without people is not logged")
                .hasSize(books);
    }

    @Test
    void on_postgresql_the_log_cannot_be_changed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                "postgres".equals(System.getProperty("pandu.test.db")), "the trigger is PostgreSQL's");
        long id = aduan();
        halaman.html(get("/pengaduan/kelola/" + id), "kpmd.cukir");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("UPDATE akses_data_pribadi SET pelaku = 'orang lain' WHERE rekaman_id = :r")
                                .param("r", String.valueOf(id))
                                .update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("DELETE FROM akses_data_pribadi WHERE rekaman_id = :r")
                                .param("r", String.valueOf(id))
                                .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void a_page_showing_poor_household_status_is_logged() throws Exception {
        long miskin = jdbc.sql("SELECT COUNT(*) FROM umkm WHERE kode_desa = '3517082007' AND rumah_tangga_miskin")
                .query(Long.class)
                .single();
        org.junit.jupiter.api.Assumptions.assumeTrue(miskin > 0, "the demo village has a poor household's business");
        int before = log("umkm.rumahTanggaMiskin", "3517082007").size();
        halaman.html(get("/ekonomi/umkm/3517082007"), "kpmd.cukir");
        List<Map<String, Object>> rows = log("umkm.rumahTanggaMiskin", "3517082007");
        assertThat(rows).hasSize(before + 1);
        assertThat(rows.get(rows.size() - 1)).containsEntry("pelaku", "kpmd.cukir");
        assertThat(((Number) rows.get(rows.size() - 1).get("jumlah")).longValue())
                .isEqualTo(miskin);
    }

    @Test
    void printing_a_meeting_invitation_with_its_invitees_is_logged() throws Exception {
        long id = jdbc.sql(
                        "SELECT MIN(u.musyawarah_id) FROM musyawarah_undangan u JOIN musyawarah m ON m.id = u.musyawarah_id WHERE m.kode_desa = '3517082001'")
                .query(Long.class)
                .single();
        int before = log("musyawarah.undangan", String.valueOf(id)).size();
        halaman.kirim(get("/musyawarah/" + id + "/undangan.pdf"), "camat.diwek").andExpect(status().isOk());
        List<Map<String, Object>> rows = log("musyawarah.undangan", String.valueOf(id));
        assertThat(rows).hasSize(before + 1);
        assertThat(rows.get(rows.size() - 1)).containsEntry("pelaku", "camat.diwek");
    }
}
