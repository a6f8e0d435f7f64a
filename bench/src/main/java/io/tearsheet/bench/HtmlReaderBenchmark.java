package io.tearsheet.bench;

import io.tearsheet.html.HtmlReader;
import io.tearsheet.model.Article;
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

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * The HTML reader on a saved news page of about 100 KB ({@link HtmlPage}): parsing, finding the article among the
 * boilerplate, metadata, structure and quote attribution. The score is pages per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class HtmlReaderBenchmark {
    private static final URI PAGE_URL = URI.create("https://courier.example/2024/05/14/night-boat-again");

    private final HtmlReader reader = HtmlReader.create();
    private byte[] page;

    @Setup
    public void load() {
        page = HtmlPage.of(100 * 1024);
        Article article = reader.read(page, PAGE_URL);
        if (article.paragraphs().size() < 20) {
            throw new IllegalStateException("the reader found " + article.paragraphs().size()
                    + " paragraphs in the benchmark page; the page no longer reads as an article");
        }
    }

    @Benchmark
    public Article read() {
        return reader.read(page, PAGE_URL);
    }
}
