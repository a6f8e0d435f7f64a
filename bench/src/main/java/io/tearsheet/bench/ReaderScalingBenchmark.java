package io.tearsheet.bench;

import io.tearsheet.model.Article;
import io.tearsheet.read.PlainTextReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The plain-text reader on synthetic articles of 1, 2, 5 and 10 MB (the sample's body repeated): linear growth
 * means the time per megabyte stays flat. The reader's default input limit is 64 MB, so 10 MB is read as is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ReaderScalingBenchmark {
    @Param({"1", "2", "5", "10"})
    public int megabytes;

    private final PlainTextReader reader = PlainTextReader.create();
    private byte[] input;

    @Setup
    public void load() {
        input = Inputs.synthetic(megabytes << 20);
    }

    @Benchmark
    public Article read() {
        return reader.read(input);
    }
}
