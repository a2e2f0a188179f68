package id.pandudesa.platform.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files in a bucket of any S3-compatible service (AWS S3, MinIO, SeaweedFS, Ceph RGW, Cloudflare R2),
 * so that every app node reads what any node wrote. Chosen with {@code pandu.storage.jenis=s3};
 * configured from the environment ({@link Setelan}). Keys are the same as on disk
 * ({@code 2026/12/uuid.jpg}), so files can be moved between the stores as they are.
 */
public class S3FileStore implements FileStore, DisposableBean, AutoCloseable {

    /**
     * @param endpoint the service's URL; empty for AWS itself
     * @param bucket the bucket, created beforehand by the operator
     * @param region the region (any name for most S3-compatible services)
     * @param accessKey the access key; empty to use the SDK's default chain (environment, instance role)
     * @param secretKey the secret key
     * @param pathStyle address the bucket in the path ({@code http://host/bucket/key}), as MinIO and
     *     most self-hosted services need
     * @param prefix a folder inside the bucket, e.g. one per deployment
     */
    @ConfigurationProperties("pandu.storage.s3")
    public record Setelan(
            String endpoint,
            String bucket,
            String region,
            String accessKey,
            String secretKey,
            Boolean pathStyle,
            String prefix) {

        public Setelan {
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalArgumentException("pandu.storage.s3.bucket (PANDU_STORAGE_S3_BUCKET) is required");
            }
            region = region == null || region.isBlank() ? "us-east-1" : region;
            pathStyle = pathStyle == null ? endpoint != null && !endpoint.isBlank() : pathStyle;
            prefix = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("^/+|/+$", "") + "/";
        }

        /** The settings {@code pandu.storage.s3.*} of this environment; the bucket is required. */
        static Setelan dari(Environment env) {
            return Binder.get(env)
                    .bind("pandu.storage.s3", Setelan.class)
                    .orElseThrow(() ->
                            new IllegalStateException("pandu.storage.s3.bucket (PANDU_STORAGE_S3_BUCKET) is required"));
        }
    }

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3FileStore(Setelan setelan) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(setelan.region()))
                .forcePathStyle(setelan.pathStyle())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)));
        if (setelan.endpoint() != null && !setelan.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(setelan.endpoint()));
        }
        builder.credentialsProvider(
                setelan.accessKey() == null || setelan.accessKey().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(setelan.accessKey(), setelan.secretKey())));
        this.s3 = builder.build();
        this.bucket = setelan.bucket();
        this.prefix = setelan.prefix();
    }

    private String kunci(String key) {
        if (key.contains("..") || key.startsWith("/")) {
            throw new IllegalArgumentException("key outside the store: " + key);
        }
        return prefix + key;
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        try {
            s3.putObject(
                    b -> b.bucket(bucket).key(kunci(key)).contentLength((long) bytes.length),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new IOException("cannot store " + key + " in bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream get(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(kunci(key)));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException(key);
        } catch (SdkException e) {
            throw new IOException("cannot read " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(kunci(key)));
        } catch (SdkException e) {
            throw new IOException("cannot delete " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public void destroy() {
        close();
    }
}
