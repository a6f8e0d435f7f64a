package io.tearsheet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.tearsheet.Tearsheet;
import io.tearsheet.json.JsonExporter;
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

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Our JSON export against its floor, Jackson databind writing an equivalent POJO tree ({@link PlainArticle}) with a
 * reused {@link ObjectWriter}: pretty-printed (our default) and compact.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class JsonFloorBenchmark {
    private final Sink sink = new Sink();
    private final JsonExporter pretty = JsonExporter.builder().pretty(true).build();
    private final JsonExporter compact = JsonExporter.builder().pretty(false).build();
    private final ObjectWriter jacksonPretty = new ObjectMapper().writerWithDefaultPrettyPrinter();
    private final ObjectWriter jacksonCompact = new ObjectMapper().writer();
    private Article article;
    private PlainArticle plain;

    @Setup
    public void load() {
        article = Tearsheet.sample();
        plain = PlainArticle.of(article);
    }

    @Benchmark
    public long tearsheetPretty() throws IOException {
        pretty.export(article, sink.reset());
        return sink.count();
    }

    @Benchmark
    public long jacksonPojoPretty() throws IOException {
        jacksonPretty.writeValue(sink.reset(), plain);
        return sink.count();
    }

    @Benchmark
    public long tearsheetCompact() throws IOException {
        compact.export(article, sink.reset());
        return sink.count();
    }

    @Benchmark
    public long jacksonPojoCompact() throws IOException {
        jacksonCompact.writeValue(sink.reset(), plain);
        return sink.count();
    }
}
