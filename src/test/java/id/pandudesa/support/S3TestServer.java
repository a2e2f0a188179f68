package id.pandudesa.support;

import id.pandudesa.platform.storage.S3FileStore;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * An S3-compatible server for the tests: Adobe's S3Mock, started once per test JVM as its own process
 * on loopback from the executable jar the build copies to {@code target/s3mock/s3mock.jar}
 * (maven-dependency-plugin), with the bucket {@value #BUCKET}; stopped when the JVM ends. A separate
 * process keeps its Spring Boot off our classpath.
 */
public final class S3TestServer {

    public static final String BUCKET = "pandu-uji";

    private static String endpoint;

    private S3TestServer() {}

    /** The running server's URL, starting it on first use. */
    public static synchronized String endpoint() {
        if (endpoint != null) {
            return endpoint;
        }
        Path jar = Path.of("target", "s3mock", "s3mock.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath()
                    + " is missing: run the tests through Maven (generate-test-resources copies it)");
        }
        try {
            int http = freePort();
            int https = freePort();
            Path root = Files.createTempDirectory("s3mock-");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder pb = new ProcessBuilder(
                            java,
                            "-Xmx256m",
                            "-jar",
                            jar.toAbsolutePath().toString(),
                            "--server.port=" + https,
                            "--http.port=" + http,
                            "--server.address=127.0.0.1")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "s3mock", "s3mock.log").toFile());
            pb.environment().put("COM_ADOBE_TESTING_S3MOCK_STORE_INITIAL_BUCKETS", BUCKET);
            pb.environment().put("COM_ADOBE_TESTING_S3MOCK_STORE_ROOT", root.toString());
            Process process = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            String url = "http://127.0.0.1:" + http;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("S3Mock ended; see target/s3mock/s3mock.log");
                }
                try {
                    HttpURLConnection c = (HttpURLConnection)
                            URI.create(url + "/" + BUCKET).toURL().openConnection();
                    c.setConnectTimeout(500);
                    c.setReadTimeout(2000);
                    if (c.getResponseCode() == 200) {
                        endpoint = url;
                        return endpoint;
                    }
                } catch (IOException e) {
                    // not up yet
                }
                Thread.sleep(250);
            }
            process.destroy();
            throw new IllegalStateException("S3Mock did not start within 90 s; see target/s3mock/s3mock.log");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start S3Mock", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A store on the test bucket, under its own prefix so tests do not see each other's files. */
    public static S3FileStore store(String prefix) {
        return new S3FileStore(
                new S3FileStore.Setelan(endpoint(), BUCKET, "us-east-1", "uji", "uji-rahasia", true, prefix));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
