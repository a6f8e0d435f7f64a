package io.tearsheet.bench;

import io.tearsheet.Tearsheet;
import io.tearsheet.bench.peers.FopEngine;
import io.tearsheet.bench.peers.OpenHtmlToPdfEngine;
import io.tearsheet.bench.peers.PdfEngine;
import io.tearsheet.model.Article;
import io.tearsheet.pdf.PdfExporter;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The sample article as PDF by our exporter and by the peers, warm in the same JVM, each with the same Liberation
 * faces embedded and justified text: openhtmltopdf from {@code HtmlDocument}, Apache FOP from {@code FoDocument}.
 * The {@code -archival} engines also tag the file and claim PDF/A-3a and PDF/UA, as ours always does. Sample mode,
 * so the comparison harness can read the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(2)
public class PeerPdfBenchmark {
    @Param({"tearsheet", "openhtmltopdf", "openhtmltopdf-archival", "fop", "fop-archival"})
    public String engine;

    private PdfEngine pdf;
    private Path fontDir;
    private final Sink sink = new Sink();

    @Setup
    public void prepare() throws IOException {
        Article article = Tearsheet.sample();
        fontDir = Files.createTempDirectory("tearsheet-bench-fonts");
        pdf = engine(engine, article, fontDir);
    }

    /** The engine of that name, set up for {@code article}. */
    public static PdfEngine engine(String name, Article article, Path fontDir) throws IOException {
        return switch (name) {
            case "tearsheet" -> {
                PdfExporter exporter = PdfExporter.builder().build();
                yield out -> exporter.export(article, out);
            }
            case "tearsheet-unhyphenated" -> {
                // Diagnostic, not in the default list (-p engine=tearsheet-unhyphenated): the upper bound of what a
                // faster hyphenator could save.
                PdfExporter exporter = PdfExporter.builder().hyphenation(false).build();
                yield out -> exporter.export(article, out);
            }
            case "openhtmltopdf" -> new OpenHtmlToPdfEngine(article, false);
            case "openhtmltopdf-archival" -> new OpenHtmlToPdfEngine(article, true);
            case "fop" -> new FopEngine(article, false, fontDir);
            case "fop-archival" -> new FopEngine(article, true, fontDir);
            default -> throw new IllegalArgumentException("no PDF engine " + name);
        };
    }

    @Benchmark
    public long render() throws IOException {
        pdf.render(sink.reset());
        return sink.count();
    }

    @TearDown
    public void clean() throws IOException {
        Inputs.deleteRecursively(fontDir);
    }
}
