package id.pandudesa.musyawarah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.platform.notifikasi.Notifikasi;
import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Invitations with a phone number or e-mail go out through the outbox, once per invitee. */
@PanduIntegrationTest
@Tag("db")
class UndanganIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    private long outbox(String contact) {
        return jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE tujuan_sidik = :t")
                .param("t", Notifikasi.sidikTujuan(contact))
                .query(Long.class)
                .single();
    }

    @Test
    void invitees_with_a_contact_are_sent_the_invitation_once_and_a_bad_contact_is_refused() throws Exception {
        String base = mvc.perform(halaman.as(
                        post("/musyawarah")
                                .param("kodeDesa", "3517082002")
                                .param("jenis", "MUSDUS")
                                .param("judul", "Musdus penggalian gagasan Dusun Jatipelem")
                                .param(
                                        "tanggal",
                                        LocalDate.now(ZoneId.of("Asia/Jakarta"))
                                                .plusDays(7)
                                                .toString())
                                .param("jam", "19:30")
                                .param("tempat", "Mushola Al-Ikhlas")
                                .param("penyelenggara", "Kepala Dusun")
                                .param("fasilitator", "pld.diwek1")
                                .param("agenda", "Penggalian gagasan")
                                .param("unsurWajib", "KELOMPOK_PEREMPUAN", "MASYARAKAT_MISKIN"),
                        "pld.diwek1"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String phone = "0812 3456 " + (1000 + System.nanoTime() % 9000);
        String mail = "ketua.pkk" + System.nanoTime() % 100000 + "@contoh.id";
        String refused = halaman.ditolak(
                post(base + "/undangan")
                        .param("nama", "Ketua RT 01", "Ketua PKK Dusun")
                        .param("unsur", "TOKOH_MASYARAKAT", "KELOMPOK_PEREMPUAN")
                        .param("keterangan", "", "")
                        .param("kontak", phone, "bukan kontak"),
                "pld.diwek1");
        assertThat(refused).contains("1 baris undangan yang belum benar");
        assertThat(outbox(phone)).isZero();

        mvc.perform(halaman.as(
                        post(base + "/undangan")
                                .param("nama", "Ketua RT 01", "Ketua PKK Dusun")
                                .param("unsur", "TOKOH_MASYARAKAT", "KELOMPOK_PEREMPUAN")
                                .param("keterangan", "", "")
                                .param("kontak", phone, ""),
                        "pld.diwek1"))
                .andExpect(status().is3xxRedirection());
        assertThat(outbox(phone)).isEqualTo(1);
        String text = jdbc.sql("SELECT isi FROM notifikasi WHERE tujuan_sidik = :t")
                .param("t", Notifikasi.sidikTujuan(phone))
                .query(String.class)
                .single();
        assertThat(text)
                .contains("Ketua RT 01", "Musdus penggalian gagasan Dusun Jatipelem", "19:30", "Mushola Al-Ikhlas");

        mvc.perform(halaman.as(
                        post(base + "/undangan")
                                .param("nama", "Ketua RT 01", "Ketua PKK Dusun")
                                .param("unsur", "TOKOH_MASYARAKAT", "KELOMPOK_PEREMPUAN")
                                .param("keterangan", "", "")
                                .param("kontak", phone, mail),
                        "pld.diwek1"))
                .andExpect(status().is3xxRedirection());
        assertThat(outbox(phone))
                .as("saving the list again does not invite again")
                .isEqualTo(1);
        assertThat(outbox(mail)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT saluran FROM notifikasi WHERE tujuan_sidik = :t")
                        .param("t", Notifikasi.sidikTujuan(mail))
                        .query(String.class)
                        .single())
                .isEqualTo("EMAIL");
    }
}
