package io.tearsheet.bench;

import io.tearsheet.Tearsheet;
import io.tearsheet.batch.Batch;
import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.BatchInputs;
import io.tearsheet.batch.BatchResult;
import io.tearsheet.batch.Conversion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What {@code tearsheet convert DIR --to json,epub,pdf --jobs N} does, through the library's {@link Batch} and
 * {@link Conversion}: 1,000 article files on disk read, converted and written atomically with their
 * {@code .sha256} sidecars, with 1 and 2 jobs. The score is in articles per second (one operation = one
 * article). Each invocation writes into a fresh, empty output folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ConvertBatchBenchmark.ARTICLES)
// An iteration is one invocation (1,000 articles): it always outlasts the one-second iteration time.
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ConvertBatchBenchmark {
    static final int ARTICLES = 1000;

    @Param({"1", "2"})
    public int jobs;

    private Path work;
    private List<BatchInput> inputs;
    private Batch batch;
    private Path out;
    private int run;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        work = Files.createTempDirectory("tearsheet-bench-convert");
        inputs = BatchInputs.collect(List.of(Inputs.writeVariants(work.resolve("in"), ARTICLES)));
        batch = Batch.builder().jobs(jobs).build();
    }

    @Setup(Level.Invocation)
    public void freshOutput() throws IOException {
        if (out != null) {
            Inputs.deleteRecursively(out);
        }
        out = work.resolve("out-" + run++);
    }

    @Benchmark
    public BatchResult convert() {
        Conversion conversion = Conversion.builder().outputDirectory(out)
                .exporters(Tearsheet.defaultExporters()).build();
        BatchResult result = batch.run(inputs, conversion);
        if (result.converted() != ARTICLES) {
            throw new IllegalStateException("converted " + result.converted() + " of " + ARTICLES + ": "
                    + result.failures());
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        Inputs.deleteRecursively(work);
    }
}
