package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Camat's evaluation of Kayangan's draft APBDes points at one line, and the line shows it. */
@PanduIntegrationTest
@Tag("db")
class ApbdesCatatanBarisIT {

    static final int TAHUN = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    static final String PAGE = "/perencanaan/apbdes/3517082001/" + TAHUN;

    @Autowired
    Halaman halaman;

    @Test
    void the_camat_notes_a_line_of_the_draft_and_the_line_shows_it() throws Exception {
        String before = halaman.html(get(PAGE), "camat.diwek");
        assertThat(before).contains("Catatan evaluasi untuk baris ini");
        assertThat(halaman.html(get(PAGE), "pd.diwek")).doesNotContain("Catatan evaluasi untuk baris ini");
        halaman.kirim(
                        post(PAGE + "/catatan")
                                .param("versi", "1")
                                .param("baris", "16")
                                .param("jenis", "EVALUASI")
                                .param("hasil", "PERBAIKI")
                                .param("isi", "Rincian RAB saluran drainase belum dilampirkan."),
                        "camat.diwek")
                .andExpect(redirectedUrl(PAGE + "?versi=1#baris-16"));
        String after = halaman.html(get(PAGE), "camat.diwek");
        String line = after.substring(after.indexOf("id=\"baris-16\""));
        line = line.substring(0, line.indexOf("</tr>"));
        assertThat(line).contains("catatan-baris").contains("Rincian RAB saluran drainase belum dilampirkan.");
        halaman.kirim(
                        post(PAGE + "/catatan")
                                .param("versi", "1")
                                .param("baris", "999")
                                .param("jenis", "EVALUASI")
                                .param("hasil", "PERBAIKI")
                                .param("isi", "Tidak ada"),
                        "camat.diwek")
                .andExpect(status().isUnprocessableContent());
    }
}
