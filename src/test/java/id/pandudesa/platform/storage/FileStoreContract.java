package id.pandudesa.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FileStore} promises, run against each store: bytes come back exactly (also
 * large and binary ones), a second put replaces, a missing key reads as FileNotFoundException,
 * deleting twice is harmless, and keys cannot climb out of the store.
 */
abstract class FileStoreContract {

    abstract FileStore store();

    static byte[] acak(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private byte[] read(String key) throws Exception {
        try (InputStream in = store().get(key)) {
            return in.readAllBytes();
        }
    }

    @Test
    void bytes_come_back_exactly() throws Exception {
        byte[] small = "foto kegiatan".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] large = acak(6 * 1024 * 1024 + 17, 42);
        store().put("2026/12/kecil.jpg", small);
        store().put("2026/12/besar.bin", large);
        assertThat(read("2026/12/kecil.jpg")).isEqualTo(small);
        assertThat(read("2026/12/besar.bin")).isEqualTo(large);
        assertThat(read("2026/12/kecil.jpg")).isEqualTo(small);
    }

    @Test
    void a_second_put_replaces_the_first() throws Exception {
        store().put("2026/11/ganti.pdf", acak(1000, 1));
        store().put("2026/11/ganti.pdf", acak(500, 2));
        assertThat(read("2026/11/ganti.pdf")).isEqualTo(acak(500, 2));
    }

    @Test
    void a_missing_key_reads_as_not_found_and_deleting_twice_is_harmless() throws Exception {
        assertThatThrownBy(() -> store().get("2026/01/tidak-ada.jpg")).isInstanceOf(FileNotFoundException.class);
        store().put("2026/02/hapus.jpg", acak(10, 3));
        store().delete("2026/02/hapus.jpg");
        store().delete("2026/02/hapus.jpg");
        assertThatThrownBy(() -> store().get("2026/02/hapus.jpg")).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void keys_cannot_leave_the_store() {
        assertThatThrownBy(() -> store().put("../luar.txt", new byte[1])).isInstanceOf(IllegalArgumentException.class);
    }
}
