package io.tearsheet.bench;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.Book;
import io.tearsheet.export.BookExporter;
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
 * Each book exporter, with its default options, on 100 and 1,000 different articles (numbered variants of the
 * sample) already in memory: the cost of the book itself (contents, index, two passes over the articles), not of
 * reading. Divide by the article count for milliseconds per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class BookBenchmark {
    @Param({"epub", "pdf"})
    public String format;

    @Param({"100", "1000"})
    public int articles;

    private BookExporter exporter;
    private Book book;
    private final Sink sink = new Sink();

    @Setup
    public void load() {
        exporter = Tearsheet.bookExporter(format)
                .orElseThrow(() -> new IllegalStateException("no " + format + " book exporter"));
        book = Book.builder().title("The City's Waterways").author("Clara Mendes")
                .articles(Inputs.variants(articles)).build();
    }

    @Benchmark
    public long export() throws IOException {
        exporter.export(book, sink.reset());
        return sink.count();
    }
}
