package id.pandudesa.indeks.bench;

import id.pandudesa.indeks.HasilIdm;
import id.pandudesa.indeks.IdmCalculator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pure IDM scoring of the whole country: 83,762 villages' 50 scores to IKS/IKE/IKL/IDM, status,
 * target, minimum score and gap. One operation is one village; the target is at least one
 * million villages per second on one core (docs/benchmarks.md). Run with
 * {@code ./mvnw -Pbench -DskipTests test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IdmScoringBenchmark {

    static final int VILLAGES = 83_762;

    int[][] scores;

    @Setup
    public void country() {
        SplittableRandom random = new SplittableRandom(2026);
        scores = new int[VILLAGES][IdmCalculator.JUMLAH_INDIKATOR];
        for (int[] village : scores) {
            int level = 1 + random.nextInt(5);
            for (int i = 0; i < village.length; i++) {
                village[i] = Math.clamp(level + random.nextInt(-2, 3), 0, 5);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(VILLAGES)
    public void score_every_village(Blackhole out) {
        for (int[] village : scores) {
            HasilIdm result = IdmCalculator.hitung(village);
            out.consume(result);
        }
    }
}
