// Facilitators submitting daily-log entries, from a second process on loopback. Single-file Java
// (no dependencies).
//
//   java bench/SubmitRun.java run <base-url> <seconds> <facilitators> <users-file> <think-min-ms> <think-max-ms> <journal>
//     Each facilitator (a virtual thread; users-file rows: username<TAB>desa) waits a random think
//     time, then POSTs one entry to /api/v1/pendampingan/kegiatan with its personal token
//     (pd_bench_<username>) and a fresh Idempotency-Key; the key is written to the journal BEFORE
//     the request goes out, with the answer after it. Prints requests, errors, req/s, p50/p95/p99/max.
//   java bench/SubmitRun.java replay <base-url> <journal>
//     Sends every journalled key again with the same body, as a phone resends after a dropped
//     connection, and prints how the answers split (201 first-time, 201 replayed, errors).
//
// Every entry's description is "bench-<key>", so the database can be checked afterwards: one row
// per key, whatever happened in between.
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

public class SubmitRun {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("run")) {
            run(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), Path.of(args[7]));
        } else {
            replay(args[1], Path.of(args[2]));
        }
    }

    static String body(String key, String desa) {
        return "{\"tanggal\":\"" + LocalDate.now(ZoneId.of("Asia/Jakarta")) + "\",\"kodeDesa\":\"" + desa
                + "\",\"metode\":\"FASILITASI\",\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"bench-" + key + "\"}";
    }

    static HttpResponse<String> send(String base, String user, String desa, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/pendampingan/kegiatan"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer pd_bench_" + user)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body(key, desa)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void run(String base, int seconds, int facilitators, Path users, int thinkMin, int thinkMax, Path journal)
            throws Exception {
        List<String[]> rows = Files.readAllLines(users).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> secondHalf = Collections.synchronizedList(new ArrayList<>());
        long half = System.nanoTime() + Duration.ofSeconds(seconds).toNanos() / 2;
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (BufferedWriter out = Files.newBufferedWriter(journal, StandardCharsets.UTF_8);
                var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int f = 0; f < facilitators; f++) {
                String[] me = rows.get(f % rows.size());
                pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (true) {
                        Thread.sleep(thinkMin + random.nextInt(Math.max(1, thinkMax - thinkMin)));
                        if (System.nanoTime() >= deadline) {
                            return null;
                        }
                        String key = UUID.randomUUID().toString();
                        synchronized (out) {
                            out.write("sent\t" + key + "\t" + me[0] + "\t" + me[1] + "\n");
                            out.flush();
                        }
                        long start = System.nanoTime();
                        String outcome;
                        try {
                            HttpResponse<String> r = send(base, me[0], me[1], key);
                            outcome = String.valueOf(r.statusCode());
                            if (r.statusCode() == 201) {
                                latencies.add(System.nanoTime() - start);
                                if (start > half) {
                                    secondHalf.add(System.nanoTime() - start);
                                }
                            } else {
                                failures.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                            }
                        } catch (Exception e) {
                            outcome = e.getClass().getSimpleName();
                            failures.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                        }
                        synchronized (out) {
                            out.write("answer\t" + key + "\t" + outcome + "\n");
                            out.flush();
                        }
                    }
                });
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long errors = failures.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("%-12s %8s %6s %9s %8s %8s %8s %8s%n", "facilitators", "created", "errors", "req/s", "p50", "p95", "p99", "max");
        System.out.printf("%-12d %8d %6d %9.1f %8.1f %8.1f %8.1f %8.1f%n", facilitators, sorted.size(), errors,
                sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
        List<Long> steady = new ArrayList<>(secondHalf);
        Collections.sort(steady);
        System.out.printf("%-12s %8d %6s %9s %8.1f %8.1f %8.1f %8.1f%n", "2nd half", steady.size(), "", "",
                ms(steady, 0.50), ms(steady, 0.95), ms(steady, 0.99), ms(steady, 1.0));
        if (!failures.isEmpty()) {
            System.out.println("errors by kind: " + failures);
        }
    }

    static void replay(String base, Path journal) throws Exception {
        Map<String, String[]> sent = new LinkedHashMap<>();
        for (String line : Files.readAllLines(journal)) {
            String[] p = line.split("\t");
            if (p[0].equals("sent")) {
                sent.put(p[1], new String[] {p[2], p[3]});
            }
        }
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (var e : sent.entrySet()) {
                pool.submit(() -> {
                    String outcome;
                    try {
                        HttpResponse<String> r = send(base, e.getValue()[0], e.getValue()[1], e.getKey());
                        outcome = "HTTP " + r.statusCode();
                    } catch (Exception x) {
                        outcome = x.getClass().getSimpleName();
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                });
            }
        }
        System.out.println("replayed " + sent.size() + " keys: " + outcomes);
    }

    static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1_000_000.0;
    }
}
