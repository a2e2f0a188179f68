package id.pandudesa.platform.perintah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.util.ReflectionTestUtils;

/** A command runs only when named; a name no command has stops the start. */
class PerintahTest {

    static final class Contoh extends Perintah {
        final AtomicInteger jalan = new AtomicInteger();

        Contoh(String nama, String diminta) {
            super(nama);
            ReflectionTestUtils.setField(this, Perintah.class, "diminta", diminta, String.class);
        }

        @Override
        protected int jalankan() {
            jalan.incrementAndGet();
            return 0;
        }
    }

    @Test
    void a_command_not_asked_for_does_nothing() throws Exception {
        Contoh c = new Contoh("retensi-data", "");
        c.run(null);
        Contoh lain = new Contoh("retensi-data", "perbarui-wilayah");
        lain.run(null);
        assertThat(c.jalan.get() + lain.jalan.get()).isZero();
    }

    @Test
    void an_unknown_command_stops_the_start_and_names_the_commands() {
        List<Perintah> semua = List.of(new Contoh("retensi-data", "x"), new Contoh("pindah-berkas-s3", "x"));
        new PeriksaPerintah(semua, "").run(null);
        new PeriksaPerintah(semua, "retensi-data").run(null);
        assertThatThrownBy(() -> new PeriksaPerintah(semua, "hapus-semua").run(null))
                .hasMessageContaining("hapus-semua")
                .hasMessageContaining("[pindah-berkas-s3, retensi-data]");
    }

    @Test
    void a_start_knows_whether_it_runs_a_command() {
        assertThat(Perintah.diminta(new MockEnvironment())).isFalse();
        assertThat(Perintah.diminta(new MockEnvironment().withProperty("pandu.perintah", " ")))
                .isFalse();
        assertThat(Perintah.diminta(new MockEnvironment().withProperty("pandu.perintah", "retensi-data")))
                .isTrue();
    }
}
