// A bounded load run against a started Pandu Desa, from a second process on loopback.
// Single-file Java (no dependencies): java bench/LoadRun.java <base-url> <seconds> <concurrency> <scenario-file>
//
// Each line of the scenario file: name<TAB>method<TAB>path-template<TAB>auth<TAB>values-file
//   auth: "bearer" (the value's first column is a username; token pd_bench_<username>) or "page"
//         (log in once per worker through the form with password pandu-bench)
//   values-file: tab-separated rows; {1}, {2}, … in the path take the row's columns.
// Prints per scenario: requests, errors, throughput, p50/p95/p99/max latency in ms.
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadRun {

    record Scenario(String name, String method, String path, String auth, List<String[]> values) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        Path file = Path.of(args[3]);
        List<Scenario> scenarios = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] p = line.split("\t");
            List<String[]> values = Files.readAllLines(file.resolveSibling(p[4])).stream()
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
            scenarios.add(new Scenario(p[0], p[1], p[2], p[3], values));
        }
        System.out.printf("%-26s %8s %6s %9s %8s %8s %8s %8s%n", "scenario", "requests", "errors", "req/s", "p50", "p95", "p99", "max");
        for (Scenario s : scenarios) {
            run(base, s, seconds, concurrency);
        }
    }

    static void run(String base, Scenario s, int seconds, int concurrency) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        // Visitors without an account share one client (its pool holds a connection per worker);
        // signed-in workers each keep their own cookies.
        HttpClient shared = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int w = 0; w < concurrency; w++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    HttpClient http = s.auth().equals("page")
                            ? HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build()
                            : shared;
                    String[] me = s.values().get(ThreadLocalRandom.current().nextInt(s.values().size()));
                    if (s.auth().equals("page")) {
                        login(http, base, me[0]);
                    }
                    while (System.nanoTime() < deadline) {
                        String[] row = s.auth().equals("page") ? me : s.values().get(ThreadLocalRandom.current().nextInt(s.values().size()));
                        String path = s.path();
                        for (int i = 0; i < row.length; i++) {
                            path = path.replace("{" + (i + 1) + "}", row[i]);
                        }
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                                .header("Accept-Encoding", "gzip"); // as every phone browser does
                        if (s.auth().equals("bearer")) {
                            request.header("Authorization", "Bearer pd_bench_" + row[0]);
                        }
                        long start = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(request.method(s.method(), HttpRequest.BodyPublishers.noBody()).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (response.statusCode() >= 400) {
                            errors.incrementAndGet();
                        } else {
                            latencies.add(took);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println(s.name() + ": " + e);
                }
            }));
        }
        for (Thread t : workers) t.join();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-26s %8d %6d %9.1f %8.1f %8.1f %8.1f %8.1f%n", s.name(), sorted.size(), errors.get(),
                sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
    }

    static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1_000_000.0;
    }

    static void login(HttpClient http, String base, String username) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/masuk")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the login page");
        String form = "username=" + username + "&password=pandu-bench&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/masuk")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
