package id.pandudesa.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The file store is the setting's choice when the app starts (also in the ahead-of-time build). */
class PenyimpananConfigTest {

    private final PenyimpananConfig config = new PenyimpananConfig();

    @Test
    void disk_by_default_and_a_bucket_with_s3() throws Exception {
        assertThat(config.fileStore(new MockEnvironment(), "/tmp/pandu", "disk"))
                .isInstanceOf(DiskFileStore.class);
        assertThat(config.fileStore(new MockEnvironment(), "/tmp/pandu", "")).isInstanceOf(DiskFileStore.class);
        MockEnvironment env = new MockEnvironment()
                .withProperty("pandu.storage.s3.endpoint", "http://127.0.0.1:9")
                .withProperty("pandu.storage.s3.bucket", "pandu")
                .withProperty("pandu.storage.s3.access-key", "k")
                .withProperty("pandu.storage.s3.secret-key", "s");
        try (S3FileStore s3 = (S3FileStore) config.fileStore(env, "/tmp/pandu", " S3 ")) {
            assertThat(s3).isNotNull();
        }
    }

    @Test
    void a_bucket_is_required_and_an_unknown_kind_is_refused_with_the_setting_named() {
        assertThatThrownBy(() -> config.fileStore(new MockEnvironment(), "/tmp/pandu", "s3"))
                .hasMessageContaining("PANDU_STORAGE_S3_BUCKET");
        assertThatThrownBy(() -> config.fileStore(new MockEnvironment(), "/tmp/pandu", "nfs"))
                .hasMessageContaining("PANDU_STORAGE_JENIS")
                .hasMessageContaining("nfs");
    }
}
