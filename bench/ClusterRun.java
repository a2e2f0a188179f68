// The client side of bench/cluster.sh, from a second process on loopback. Single-file Java (no
// dependencies).
//
//   java bench/ClusterRun.java kirim <base-url> <users-file> <count> <concurrency> <pause-ms> <journal> <run-id>
//     Sends <count> facilitators' log entries through the balancer, each with its own photo, as a
//     phone does: the entry with an Idempotency-Key (<run-id>-<n>), then its photo with the key
//     <run-id>-<n>-foto. A refused connection or a 5xx (a node killed mid-request, the balancer
//     without a live node) is retried with the SAME key after half a second, up to two minutes.
//     Each of the <concurrency> facilitators pauses <pause-ms> between submissions.
//     users-file rows: username<TAB>desa (token pd_bench_<username>). Journal rows:
//     n<TAB>entry id<TAB>attempts of the entry<TAB>attempts of the photo. Prints the counts.
//   java bench/ClusterRun.java foto <node-a> <node-b> <username> <password> <ids-file>
//     Signs in on each node and opens every photo (ids-file: one berkas id per line) through both:
//     each must answer 200 with the same bytes. Exit code 1 otherwise.
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

public class ClusterRun {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final Map<String, AtomicLong> SEEN = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args[0].equals("kirim")) {
            kirim(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Path.of(args[6]), args[7]);
        } else {
            System.exit(foto(args[1], args[2], args[3], args[4], Path.of(args[5])) ? 0 : 1);
        }
    }

    record Answer(int status, String body) {}

    interface Call {
        HttpRequest request() throws Exception;
    }

    /** Sends until a 2xx or a 4xx (final) answer; counts what it saw on the way. */
    static Answer resend(Call call, AtomicInteger attempts) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            attempts.incrementAndGet();
            try {
                HttpResponse<String> r = HTTP.send(call.request(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() < 500) {
                    SEEN.computeIfAbsent(String.valueOf(r.statusCode()), k -> new AtomicLong()).incrementAndGet();
                    return new Answer(r.statusCode(), r.body());
                }
                SEEN.computeIfAbsent(String.valueOf(r.statusCode()), k -> new AtomicLong()).incrementAndGet();
            } catch (IOException e) {
                SEEN.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            }
            if (System.nanoTime() > deadline) {
                return new Answer(-1, "gave up");
            }
            Thread.sleep(500);
        }
    }

    static byte[] jpeg(String text) throws IOException {
        BufferedImage img = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(text.hashCode() | 0xFF000000));
        g.fillRect(0, 0, 480, 360);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(text, 20, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    static void kirim(String base, Path users, int count, int concurrency, int pause, Path journal, String run)
            throws Exception {
        List<String[]> rows = Files.readAllLines(users).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        Pattern id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
        long t0 = System.nanoTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(journal, StandardCharsets.UTF_8), true);
                var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < count; n++) {
                int i = n;
                slots.acquire();
                pool.submit(() -> {
                    try {
                        String[] me = rows.get(i % rows.size());
                        String key = run + "-" + i;
                        String token = "Bearer pd_bench_" + me[0];
                        String body = "{\"tanggal\":\"" + today + "\",\"kodeDesa\":\"" + me[1]
                                + "\",\"metode\":\"FASILITASI\",\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"cluster-" + key + "\"}";
                        AtomicInteger a1 = new AtomicInteger();
                        Answer entry = resend(() -> HttpRequest.newBuilder(URI.create(base + "/api/v1/pendampingan/kegiatan"))
                                .timeout(Duration.ofSeconds(30)).header("Authorization", token)
                                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), a1);
                        Matcher m = id.matcher(entry.body());
                        if (entry.status() != 201 || !m.find()) {
                            failed.incrementAndGet();
                            System.err.println(key + ": entry " + entry.status() + " " + entry.body());
                            return;
                        }
                        String entryId = m.group(1);
                        byte[] photo = jpeg("cluster " + key);
                        String boundary = "pandu" + System.nanoTime();
                        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
                        multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"" + key
                                + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                        multipart.write(photo);
                        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                        byte[] form = multipart.toByteArray();
                        AtomicInteger a2 = new AtomicInteger();
                        Answer foto = resend(() -> HttpRequest.newBuilder(URI.create(base + "/api/v1/pendampingan/kegiatan/" + entryId + "/foto"))
                                .timeout(Duration.ofSeconds(30)).header("Authorization", token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("Idempotency-Key", key + "-foto")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(), a2);
                        if (foto.status() != 201) {
                            failed.incrementAndGet();
                            System.err.println(key + ": photo " + foto.status() + " " + foto.body());
                            return;
                        }
                        retries.addAndGet(a1.get() - 1 + a2.get() - 1);
                        synchronized (out) {
                            out.println(i + "\t" + entryId + "\t" + a1.get() + "\t" + a2.get());
                        }
                        done.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.err.println(i + ": " + e);
                    } finally {
                        try {
                            Thread.sleep(pause);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        slots.release();
                    }
                });
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("   sent %d entries with photos in %.1f s: %d complete, %d failed, %d resends; answers seen: %s%n",
                count, s, done.get(), failed.get(), retries.get(), SEEN);
    }

    static HttpClient signIn(String base, String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/masuk")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) throw new IllegalStateException("no CSRF token on " + base + "/masuk");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/masuk")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return http;
    }

    static boolean foto(String a, String b, String username, String password, Path ids) throws Exception {
        HttpClient ha = signIn(a, username, password);
        HttpClient hb = signIn(b, username, password);
        List<String> all = Files.readAllLines(ids).stream().filter(l -> !l.isBlank()).toList();
        AtomicInteger same = new AtomicInteger();
        AtomicInteger bad = new AtomicInteger();
        Semaphore slots = new Semaphore(16);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String id : all) {
                slots.acquire();
                pool.submit(() -> {
                    try {
                        HttpResponse<byte[]> ra = ha.send(HttpRequest.newBuilder(URI.create(a + "/pendampingan/foto/" + id)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        HttpResponse<byte[]> rb = hb.send(HttpRequest.newBuilder(URI.create(b + "/pendampingan/foto/" + id)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        boolean ok = ra.statusCode() == 200 && rb.statusCode() == 200
                                && ra.headers().firstValue("Content-Type").orElse("").startsWith("image/")
                                && ra.body().length > 100
                                && MessageDigest.isEqual(sha(ra.body()), sha(rb.body()));
                        if (ok) {
                            same.incrementAndGet();
                        } else {
                            bad.incrementAndGet();
                            System.err.println("photo " + id + ": " + ra.statusCode() + "/" + rb.statusCode());
                        }
                    } catch (Exception e) {
                        bad.incrementAndGet();
                        System.err.println("photo " + id + ": " + e);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        System.out.printf("   photos opened through both nodes with the same bytes: %d of %d%n", same.get(), all.size());
        return bad.get() == 0 && same.get() == all.size();
    }

    static byte[] sha(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
