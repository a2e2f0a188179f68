package id.pandudesa.platform.privasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention job on a clock of the test's choosing, over records seeded years back (so the demo
 * data, all recent, is never due): the dry run counts and changes nothing; the run anonymises what
 * is past its period in place — a closed complaint's identity and its dispute's parties, a meeting's
 * attendees and invitees, log entries' positions — and leaves what is not; the dashboard of that
 * year and every count are the same before and after; a second run finds nothing.
 */
@PanduIntegrationTest
@Tag("db")
class RetensiIT {

    static final String DESA = "3517082019";
    static final Instant SEKARANG = Instant.parse("2019-06-01T00:00:00Z");

    @Autowired
    RetensiDataPribadi retensi;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Halaman halaman;

    /**
     * The seeded rows go again: they were written past the services (no village summary counted
     * them), and the other tests of the shared context compare summaries with real counts.
     */
    @org.junit.jupiter.api.AfterEach
    void bersihkan() {
        jdbc.sql("DELETE FROM kegiatan_pendampingan WHERE uraian = 'retensi uji'")
                .update();
        jdbc.sql(
                        "DELETE FROM perselisihan_pihak WHERE pengaduan_id IN (SELECT id FROM pengaduan WHERE uraian = 'Uji retensi')")
                .update();
        jdbc.sql("DELETE FROM pengaduan WHERE uraian = 'Uji retensi'").update();
        jdbc.sql(
                        "DELETE FROM musyawarah_hadir WHERE musyawarah_id IN (SELECT id FROM musyawarah WHERE judul = 'Musdus uji retensi')")
                .update();
        jdbc.sql(
                        "DELETE FROM musyawarah_undangan WHERE musyawarah_id IN (SELECT id FROM musyawarah WHERE judul = 'Musdus uji retensi')")
                .update();
        jdbc.sql("DELETE FROM musyawarah WHERE judul = 'Musdus uji retensi'").update();
    }

    long aduan(String nama, String kontak, String selesai) {
        String kode = "RT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("""
                        INSERT INTO pengaduan (kode_lacak, kode_desa, kategori, uraian, nama, kontak, saluran, status,
                            tingkat, dicatat_oleh, dibuat, selesai, versi)
                        VALUES (:k, :d, 'PERSELISIHAN', 'Uji retensi', :n, :c, 'WEB', 'SELESAI', 'DESA', 'warga', :b, :s, 0)""")
                .param("k", kode)
                .param("d", DESA)
                .param("n", nama)
                .param("c", kontak)
                .param("b", Timestamp.valueOf(selesai + " 08:00:00"))
                .param("s", Timestamp.valueOf(selesai + " 09:00:00"))
                .update();
        long id = jdbc.sql("SELECT id FROM pengaduan WHERE kode_lacak = :k")
                .param("k", kode)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO perselisihan_pihak (pengaduan_id, nama, peran) VALUES (:p, 'Pak Teradu Uji', 'TERADU')")
                .param("p", id)
                .update();
        return id;
    }

    long musyawarah(String tanggal) {
        String token = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        INSERT INTO musyawarah (kode_desa, jenis, judul, tanggal, tempat, penyelenggara, unsur_wajib, status,
                            nomor, token_bagikan, publik, dibuat_oleh, dibuat, diubah_oleh, diubah, versi)
                        VALUES (:d, 'MUSDUS', 'Musdus uji retensi', :t, 'Balai', 'Kepala dusun', '', 'SELESAI', 1, :tok,
                            FALSE, 'uji', CURRENT_TIMESTAMP, 'uji', CURRENT_TIMESTAMP, 0)""")
                .param("d", DESA)
                .param("t", Date.valueOf(tanggal))
                .param("tok", token)
                .update();
        long id = jdbc.sql("SELECT id FROM musyawarah WHERE token_bagikan = :t")
                .param("t", token)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO musyawarah_hadir (musyawarah_id, kode_desa, nama, unsur, laki, perempuan, miskin,
                            disabilitas, peninjau, dicatat_oleh, dicatat)
                        VALUES (:m, :d, 'Bu Peserta Uji', 'PEREMPUAN', 0, 1, 1, 1, FALSE, 'uji', CURRENT_TIMESTAMP)""").param("m", id).param("d", DESA).update();
        jdbc.sql("""
                        INSERT INTO musyawarah_undangan (musyawarah_id, urutan, kode_desa, nama, unsur, kontak)
                        VALUES (:m, 1, :d, 'Pak Undangan Uji', 'TOKOH_MASYARAKAT', '081200001111')""").param("m", id).param("d", DESA).update();
        return id;
    }

    void kegiatan(String tanggal, String lintang, String bujur) {
        jdbc.sql("""
                        INSERT INTO kegiatan_pendampingan (kode_desa, penulis, peran_penulis, tanggal, status, metode,
                            ruang_lingkup, uraian, peserta_laki, peserta_perempuan, lintang, bujur, dibuat, diubah, versi)
                        VALUES (:d, 'pld.diwek1', 'PLD', :t, 'FINAL', 'FASILITASI', 'PEMBANGUNAN_DESA', 'retensi uji',
                            1, 1, :la, :lo, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""")
                .param("d", DESA)
                .param("t", Date.valueOf(tanggal))
                .param("la", new BigDecimal(lintang))
                .param("lo", new BigDecimal(bujur))
                .update();
    }

    String dasbor(int tahun) throws Exception {
        return halaman.kirim(get("/api/v1/dasbor/" + DESA).param("tahun", String.valueOf(tahun)), "admin")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The desa's point on the kecamatan dashboard's map of that year (its centre of log entry positions). */
    String peta(int tahun) throws Exception {
        String html = halaman.html(get("/dasbor/351708").param("tahun", String.valueOf(tahun)), "admin");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<li[^>]*data-lintang=[^>]*>Jatipelem</li>")
                .matcher(html);
        return m.find() ? m.group() : "";
    }

    Map<String, Object> satu(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query().singleRow();
    }

    List<Object> angka() {
        return jdbc
                .sql("SELECT (SELECT COUNT(*) FROM pengaduan), (SELECT COUNT(nama) FROM pengaduan),"
                        + " (SELECT COUNT(kontak) FROM pengaduan), (SELECT COUNT(*) FROM perselisihan_pihak),"
                        + " (SELECT SUM(perempuan) + SUM(miskin) + SUM(disabilitas) FROM musyawarah_hadir),"
                        + " (SELECT COUNT(*) FROM musyawarah_undangan),"
                        + " (SELECT COUNT(lintang) FROM kegiatan_pendampingan)")
                .query()
                .singleRow()
                .values()
                .stream()
                .map(String::valueOf)
                .map(Object.class::cast)
                .toList();
    }

    @Test
    void past_their_period_people_become_anonymous_and_every_figure_stays() throws Exception {
        long lama = aduan("Ibu Pelapor Lama", "081399990000", "2016-01-10");
        long anonim = aduan(null, null, "2016-02-10");
        long baru = aduan("Ibu Pelapor Baru", "081399991111", "2018-01-10");
        long rapatLama = musyawarah("2013-03-01");
        long rapatBaru = musyawarah("2015-03-01");
        kegiatan("2017-03-01", "-7.563412", "112.231109");
        kegiatan("2017-05-02", "-7.561001", "112.240003");
        kegiatan("2017-08-09", "-7.570020", "112.229998");
        kegiatan("2018-09-01", "-7.555555", "112.222222");
        String dasbor2017 = dasbor(2017);
        String peta2017 = peta(2017);
        assertThat(peta2017)
                .as("the kecamatan map places the desa by its entries' positions")
                .contains("data-lintang=\"-7.5");
        String dasbor2018 = dasbor(2018);
        List<Object> before = angka();

        List<RetensiDataPribadi.Baris> uji = retensi.jalankan(SEKARANG, true);
        assertThat(uji)
                .extracting(RetensiDataPribadi.Baris::aturan)
                .contains("pengaduan-identitas", "peserta-nama", "kegiatan-gps");
        assertThat(jumlah(uji, "pengaduan-identitas")).isEqualTo(2); // the anonymous one has its dispute party
        assertThat(jumlah(uji, "peserta-nama")).isEqualTo(1);
        assertThat(uji.stream()
                        .filter(b -> b.uraian().startsWith("kegiatan_pendampingan"))
                        .mapToLong(RetensiDataPribadi.Baris::jumlah)
                        .sum())
                .isEqualTo(3);
        assertThat(satu("SELECT nama FROM pengaduan WHERE id = :id", lama)).containsEntry("nama", "Ibu Pelapor Lama");

        retensi.jalankan(SEKARANG, false);

        assertThat(satu("SELECT nama, kontak FROM pengaduan WHERE id = :id", lama))
                .containsEntry("nama", "(dihapus)")
                .containsEntry("kontak", "(dihapus)");
        assertThat(satu("SELECT nama, kontak FROM pengaduan WHERE id = :id", anonim))
                .containsEntry("nama", null)
                .containsEntry("kontak", null);
        assertThat(satu("SELECT nama FROM perselisihan_pihak WHERE pengaduan_id = :id", lama))
                .containsEntry("nama", "(dihapus)");
        assertThat(satu("SELECT nama, kontak FROM pengaduan WHERE id = :id", baru))
                .containsEntry("nama", "Ibu Pelapor Baru");
        assertThat(satu("SELECT nama FROM musyawarah_hadir WHERE musyawarah_id = :id", rapatLama))
                .containsEntry("nama", "(dihapus)");
        assertThat(satu("SELECT nama, kontak FROM musyawarah_undangan WHERE musyawarah_id = :id", rapatLama))
                .containsEntry("nama", "(dihapus)")
                .containsEntry("kontak", null);
        assertThat(satu("SELECT nama FROM musyawarah_hadir WHERE musyawarah_id = :id", rapatBaru))
                .containsEntry("nama", "Bu Peserta Uji");
        List<Map<String, Object>> titik = jdbc.sql(
                        "SELECT tanggal, lintang, bujur, gps_disamarkan FROM kegiatan_pendampingan"
                                + " WHERE kode_desa = :d AND uraian = 'retensi uji' ORDER BY tanggal")
                .param("d", DESA)
                .query()
                .listOfRows();
        assertThat(titik).hasSize(4);
        assertThat(titik.subList(0, 3))
                .extracting(r -> ((BigDecimal) r.get("lintang")).toPlainString())
                .doesNotContain("-7.563412", "-7.561001", "-7.570020");
        assertThat(((BigDecimal) titik.get(3).get("lintang")).toPlainString()).isEqualTo("-7.555555");

        assertThat(angka()).isEqualTo(before);
        assertThat(dasbor(2017)).isEqualTo(dasbor2017);
        assertThat(peta(2017)).isEqualTo(peta2017);
        assertThat(dasbor(2018)).isEqualTo(dasbor2018);
        assertThat(retensi.jalankan(SEKARANG, true))
                .allSatisfy(b -> assertThat(b.jumlah()).isZero());
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE jenis = 'privasi.Retensi' AND sesudah NOT LIKE '%Pelapor%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    static long jumlah(List<RetensiDataPribadi.Baris> rows, String aturan) {
        return rows.stream()
                .filter(b -> b.aturan().equals(aturan))
                .mapToLong(RetensiDataPribadi.Baris::jumlah)
                .sum();
    }

    @Test
    void the_admin_reads_the_dry_run() throws Exception {
        String page = halaman.html(get("/admin/privasi").param("uji", "true"), "admin");
        assertThat(page).contains("id=\"tabel-uji\"", "pengaduan-identitas", "kegiatan-gps");
        LocalDate.now();
    }
}
