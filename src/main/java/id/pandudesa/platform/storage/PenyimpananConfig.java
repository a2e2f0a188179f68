package id.pandudesa.platform.storage;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The file store, chosen by {@code pandu.storage.jenis} when the app starts: {@code disk} (the
 * default, {@code $PANDU_HOME/berkas}) or {@code s3} (a bucket, {@code pandu.storage.s3.*}). A
 * choice made here rather than by a condition on the bean, so that the ahead-of-time processed
 * build keeps it the operator's setting.
 */
@Configuration(proxyBeanMethods = false)
class PenyimpananConfig {

    @Bean
    FileStore fileStore(
            Environment env, @Value("${pandu.home}") String home, @Value("${pandu.storage.jenis:disk}") String jenis) {
        return switch (jenis.strip().toLowerCase(Locale.ROOT)) {
            case "disk", "" -> new DiskFileStore(home);
            case "s3" -> new S3FileStore(S3FileStore.Setelan.dari(env));
            default ->
                throw new IllegalStateException(
                        "pandu.storage.jenis (PANDU_STORAGE_JENIS) is '" + jenis + "': use disk or s3");
        };
    }
}
