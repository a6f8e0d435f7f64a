package io.tearsheet.bench;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.model.Article;
import io.tearsheet.warc.ArchiveListing;
import io.tearsheet.warc.ArchivedPage;
import io.tearsheet.warc.WarcArticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
 * Web archives: a compressed WARC of {@value #PAGES} captured articles ({@link CrawlArchive}: per article a request,
 * a 100 KB page, a metadata record and a 20 KB picture; {@value #RECORDS} records, about 3 MB) listed record by
 * record, and read end to end. Scores are per second: records listed ({@code listRecords}: every record parsed,
 * HTTP headers read, dispositions decided), and articles read and written as JSON and EPUB in memory
 * ({@code readAndExport}: listing, each page's record fetched, its payload decoded, read by the HTML reader, exported).
 * One thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WarcBenchmark {
    static final int PAGES = 200;
    static final int RECORDS = 4 * PAGES + 1;

    private final WarcArticles warc = WarcArticles.create();
    private final Sink sink = new Sink();
    private Path work;
    private Path archive;
    private List<ArticleExporter> exporters;

    @Setup(Level.Trial)
    public void write() throws IOException {
        work = Files.createTempDirectory("tearsheet-bench-warc");
        archive = work.resolve("crawl.warc.gz");
        CrawlArchive.write(archive, PAGES, Long.MAX_VALUE, 20_000);
        exporters = List.of(Tearsheet.exporter("json").orElseThrow(), Tearsheet.exporter("epub").orElseThrow());
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int listRecords() throws IOException {
        ArchiveListing listing = warc.listEveryRecord(List.of(archive));
        if (listing.records().size() != RECORDS) {
            throw new IllegalStateException("listed " + listing.records().size() + " records of " + RECORDS);
        }
        return listing.pages().size();
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public long readAndExport() throws IOException {
        sink.reset();
        for (ArchivedPage page : warc.list(List.of(archive)).pages()) {
            Article article = page.read();
            for (ArticleExporter exporter : exporters) {
                exporter.export(article, sink);
            }
        }
        return sink.count();
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        Inputs.deleteRecursively(work);
    }
}
