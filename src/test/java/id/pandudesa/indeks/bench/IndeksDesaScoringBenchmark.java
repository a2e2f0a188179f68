package id.pandudesa.indeks.bench;

import id.pandudesa.indeks.internal.HasilIndeksDesa;
import id.pandudesa.indeks.internal.IndeksDesaCalculator;
import id.pandudesa.indeks.internal.KatalogIndeks;
import java.util.List;
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
 * Pure Indeks Desa scoring of the whole country: 75,266 desa's 127 item scores to the score, six
 * dimensions and status, in exact decimals. One operation is one desa (docs/benchmarks.md, beside
 * {@link IdmScoringBenchmark}). Run with {@code ./mvnw -Pbench -DskipTests test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IndeksDesaScoringBenchmark {

    static final int DESA = 75_266;

    IndeksDesaCalculator calc;
    int[][] scores;

    @Setup
    public void country() {
        calc = new KatalogIndeks().indeksDesa();
        SplittableRandom random = new SplittableRandom(2026);
        scores = new int[DESA][];
        for (int d = 0; d < DESA; d++) {
            int[] s = new int[calc.katalog().butir().size()];
            for (int i = 0; i < s.length; i++) {
                List<Integer> allowed = calc.katalog().butir().get(i).skorSah();
                s[i] = allowed.get(random.nextInt(allowed.size()));
            }
            scores[d] = s;
        }
    }

    @Benchmark
    @OperationsPerInvocation(DESA)
    public void score_every_desa(Blackhole out) {
        for (int[] desa : scores) {
            HasilIndeksDesa result = calc.hitung(desa);
            out.consume(result);
        }
    }
}
