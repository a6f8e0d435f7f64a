package io.tearsheet.bench;

import io.tearsheet.model.Article;
import io.tearsheet.read.PlainTextReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The plain-text reader (structure, boilerplate, typography and quote attribution) on one real-sized article: the
 * embedded sample (7.9 KB) and the shared corpus's seed article. {@link BenchmarkMain} leaves {@code corpusSeed} out
 * when the corpus is absent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ReaderBenchmark {
    private final PlainTextReader reader = PlainTextReader.create();
    private byte[] sample;
    private byte[] corpusSeed;

    @Setup
    public void load() {
        sample = Inputs.sample();
        corpusSeed = Inputs.corpusSeed().orElse(null);
    }

    @Benchmark
    public Article sample() {
        return reader.read(sample);
    }

    @Benchmark
    public Article corpusSeed() {
        if (corpusSeed == null) {
            throw new IllegalStateException("no corpus: set -D" + Inputs.SHARED_DIR_PROPERTY
                    + " or run from the repository root beside ../shared");
        }
        return reader.read(corpusSeed);
    }
}
