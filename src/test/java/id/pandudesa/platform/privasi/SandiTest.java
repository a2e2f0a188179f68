package id.pandudesa.platform.privasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest: round trip, a fresh nonce each time, rotation with an earlier key, fingerprints. */
class SandiTest {

    static String kunci(int fill) {
        byte[] raw = new byte[32];
        java.util.Arrays.fill(raw, (byte) fill);
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void a_value_opens_again_and_never_shows_in_what_is_stored(@TempDir Path home) {
        Sandi s = new Sandi(kunci(1), "", home.toString());
        String stored = s.enkripsi("Sulastri 0813-1111-2222");
        assertThat(stored).startsWith("v1:" + s.idKunci() + ":").doesNotContain("Sulastri", "0813");
        assertThat(s.enkripsi("Sulastri 0813-1111-2222"))
                .as("a new nonce each time")
                .isNotEqualTo(stored);
        assertThat(s.dekripsi(stored)).isEqualTo("Sulastri 0813-1111-2222");
        assertThat(s.dekripsi("(dihapus)"))
                .as("placeholders and older plain values read as they are")
                .isEqualTo("(dihapus)");
        assertThat(s.enkripsi(null)).isNull();
        String tampered = stored.substring(0, stored.length() - 2) + (stored.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> s.dekripsi(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void after_a_rotation_old_values_open_and_are_due_for_re_encryption(@TempDir Path home) {
        Sandi lama = new Sandi(kunci(2), "", home.toString());
        String stored = lama.enkripsi("081322223333");
        Sandi baru = new Sandi(kunci(3), kunci(2), home.toString());
        assertThat(baru.dekripsi(stored)).isEqualTo("081322223333");
        assertThat(baru.perluDienkripsi(stored)).isTrue();
        assertThat(baru.perluDienkripsi(baru.enkripsi("081322223333"))).isFalse();
        assertThat(baru.perluDienkripsi("(dihapus)")).isFalse();
        assertThat(baru.sidik("081322223333")).hasSize(64).isNotEqualTo(lama.sidik("081322223333"));
    }

    @Test
    void the_same_person_has_the_same_fingerprint_however_written(@TempDir Path home) {
        Sandi s = new Sandi(kunci(4), "", home.toString());
        assertThat(s.sidik(Sandi.kontakNormal("+62 813-2222-3333")))
                .isEqualTo(s.sidik(Sandi.kontakNormal("0813 2222 3333")));
        assertThat(s.sidik(Sandi.namaNormal("  Ibu  SULASTRI "))).isEqualTo(s.sidik(Sandi.namaNormal("ibu sulastri")));
        assertThat(s.sidik(Sandi.kontakNormal("Ibu@Desa.id"))).isEqualTo(s.sidik(Sandi.kontakNormal("ibu@desa.id")));
    }

    @Test
    void without_a_configured_key_one_is_made_once_and_kept(@TempDir Path home) throws Exception {
        Sandi a = new Sandi("", "", home.toString());
        Sandi b = new Sandi("", "", home.toString());
        assertThat(Files.exists(home.resolve("kunci-data"))).isTrue();
        assertThat(b.idKunci()).isEqualTo(a.idKunci());
        assertThatThrownBy(() -> new Sandi("bukan-base64!", "", home.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PANDU_KUNCI_DATA");
    }
}
