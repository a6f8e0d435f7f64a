package io.tearsheet.bench;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.model.Article;
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

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Each article exporter, with its default options (the ones {@code tearsheet convert} uses), on the sample
 * article already read. Output goes to a {@link Sink}, so only the exporter is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ExportBenchmark {
    @Param({"json", "epub", "pdf"})
    public String format;

    private ArticleExporter exporter;
    private Article article;
    private final Sink sink = new Sink();

    @Setup
    public void load() {
        exporter = Tearsheet.exporter(format).orElseThrow(() -> new IllegalStateException("no " + format + " exporter"));
        article = Tearsheet.sample();
    }

    @Benchmark
    public long export() throws IOException {
        exporter.export(article, sink.reset());
        return sink.count();
    }
}
