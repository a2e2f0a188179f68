package id.pandudesa.kerjasama.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.kerjasama.internal.Kerjasama.Bukti;
import id.pandudesa.kerjasama.internal.Kerjasama.Keadaan;
import id.pandudesa.kerjasama.internal.Kerjasama.Langkah;
import id.pandudesa.kerjasama.internal.Kerjasama.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a cooperation that need no database: its state by date, and what each step accepts. */
class KerjasamaTest {

    static final LocalDate HARI_INI = LocalDate.of(2026, 12, 5);

    @ParameterizedTest(name = "{0} ending {1} is {2}")
    @CsvSource({
        "RANCANGAN,      2026-12-10, RANCANGAN",
        "DITANDATANGANI, 2026-12-04, BERAKHIR",
        "DITANDATANGANI, 2026-12-05, SEGERA_BERAKHIR",
        "DITANDATANGANI, 2027-03-05, SEGERA_BERAKHIR",
        "DITANDATANGANI, 2027-03-06, BERLAKU"
    })
    void the_state_follows_the_end_date_and_the_alert_window(Status status, LocalDate selesai, Keadaan expected) {
        assertThat(Kerjasama.keadaan(status, selesai, HARI_INI, 90)).isEqualTo(expected);
    }

    @Test
    void the_steps_run_one_to_six_and_accept_the_evidence_seed_004_names() {
        assertThat(Langkah.ke(1)).isEqualTo(Langkah.POTENSI);
        assertThat(Langkah.ke(6)).isEqualTo(Langkah.AKSI_REFLEKSI);
        assertThat(Langkah.ke(7)).isNull();
        assertThat(Langkah.POTENSI.bukti()).containsExactly(Bukti.POTENSI, Bukti.PRODUK);
        assertThat(Langkah.MITRA.bukti()).containsExactly(Bukti.MITRA);
        assertThat(Langkah.PERDES.bukti()).containsExactly(Bukti.PRODUK_HUKUM, Bukti.DOKUMEN, Bukti.MUSYAWARAH);
        assertThat(Langkah.MUSYAWARAH.bukti()).containsExactly(Bukti.MUSYAWARAH);
        assertThat(Langkah.AKSI_REFLEKSI.bukti()).containsExactly(Bukti.REFLEKSI);
    }
}
