package io.tearsheet.bench;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
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

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline for one article in memory: the sample's text read, then written as JSON, EPUB and PDF
 * (what {@code convert --to json,epub,pdf} does per article, less the file system).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class PipelineBenchmark {
    private final PlainTextReader reader = PlainTextReader.create();
    private final Sink sink = new Sink();
    private byte[] text;
    private List<ArticleExporter> exporters;

    @Setup
    public void load() {
        text = Inputs.sample();
        exporters = Tearsheet.defaultExporters();
        if (exporters.size() != 3) {
            throw new IllegalStateException("expected JSON, EPUB and PDF exporters, found " + exporters);
        }
    }

    @Benchmark
    public long textToJsonEpubPdf() throws IOException {
        Article article = reader.read(text);
        sink.reset();
        for (ArticleExporter exporter : exporters) {
            exporter.export(article, sink);
        }
        return sink.count();
    }
}
