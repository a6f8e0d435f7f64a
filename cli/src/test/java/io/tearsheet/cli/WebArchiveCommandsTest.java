package io.tearsheet.cli;

import io.tearsheet.io.AtomicFiles;
import io.tearsheet.warc.testing.DemoCrawl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code convert}, {@code inspect} and {@code book} on WARC and WET files, compressed or not. */
class WebArchiveCommandsTest {
    private static final List<String> ARTICLE_FILES = List.of("2024_03_brightspot-river-flood",
            "2024_03_notes-school-meals", "2024_03_series-part-two-rail", "2024_03_wp-classic-harbour-clocks");

    @TempDir
    Path dir;

    @BeforeEach
    void crawl() throws IOException {
        DemoCrawl.main(new String[]{dir.toString()});
        gunzip(dir.resolve("crawl.warc.gz"), dir.resolve("crawl.warc"));
        gunzip(dir.resolve("crawl.wet.gz"), dir.resolve("crawl.wet"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz", "crawl.wet", "crawl.wet.gz"})
    void convertWritesOneArticlePerPageNamedFromItsAddress(String archive) throws IOException {
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("convert", dir.resolve(archive).toString(), "--to", "json", "--out",
                out.toString(), "--jobs", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : ARTICLE_FILES) {
            assertThat(AtomicFiles.isComplete(out.resolve("news.example/" + name + ".json"))).isTrue();
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSize(4);
        }
        if (archive.contains("warc")) {
            assertThat(run.err()).contains("20 records, 7 to read; left out 1 warcinfo, 8 request, 1 not status 200,"
                    + " 2 not HTML, 1 revisit of a page read here")
                    .contains("convert: converted 4, no article 3, skipped 0, failed 0");
            assertThat(run.out()).contains("(https://news.example/tag/harbour): no article found");
        } else {
            assertThat(run.err()).contains("5 records, 4 to read; left out 1 warcinfo")
                    .contains("convert: converted 4, skipped 0, failed 0");
        }
        String json = Files.readString(out.resolve("news.example/2024_03_series-part-two-rail.json"));
        assertThat(json).contains("\"archive\"").contains("\"file\": \"" + archive + "\"")
                .contains("\"targetUri\": \"https://news.example/2024/03/series-part-two-rail\"");

        CommandRun again = CommandRun.of("convert", dir.resolve(archive).toString(), "--to", "json", "--out",
                out.toString(), "--resume");
        assertThat(again.err()).contains("converted 0").contains("skipped 4");
    }

    @Test
    void includeAndExcludeSelectPages() {
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("convert", dir.resolve("crawl.warc.gz").toString(), "--to", "json",
                "--include", "/2024/03/", "--exclude", "rail|flood", "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("converted 2, no article 1,");
        assertThat(out.resolve("news.example/2024_03_series-part-two-rail.json")).doesNotExist();
        assertThat(CommandRun.of("convert", dir.resolve("crawl.warc.gz").toString(), "--include", "(", "--out",
                out.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aDamagedRecordIsOneLineAndKeepGoingConvertsTheRest() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 200); // into the last record, the revisit
        }
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("convert", warc.toString(), "--to", "json", "--keep-going", "--jobs", "1",
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).containsPattern("tearsheet: crawl\\.warc\\.gz@(\\d+): damaged record at offset \\1 of "
                + "crawl\\.warc\\.gz: truncated, the file ends inside it \\(unexpected end of gzip stream\\)\n")
                .contains("converted 4, no article 3, skipped 0, failed 1");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("."))).isEmpty();
        }
    }

    @Test
    void inspectListsEveryRecordWithHeadlinesAndQuoteCounts() {
        CommandRun run = CommandRun.of("inspect", dir.resolve("crawl.warc.gz").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("crawl.warc.gz: 20 records, 7 to read")
                .containsPattern("response +200 +3 +The freight line that time forgot +https://news\\.example/2024/03/"
                        + "series-part-two-rail")
                .containsPattern("response +200 +no article found: the page has no running text +https://news"
                        + "\\.example/\n")
                .containsPattern("request +request +https://news\\.example/2024/03/series-part-two-rail")
                .containsPattern("revisit +200 +revisit of a page read here");
        String offset = run.out().lines().filter(l -> l.contains("The freight line")).findFirst().orElseThrow()
                .strip().split(" +")[0];
        CommandRun one = CommandRun.of("inspect", dir.resolve("crawl.warc.gz").toString(), "--record", offset);
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).contains("Headline   The freight line that time forgot")
                .contains("Archive    crawl.warc.gz@" + offset + ", response <urn:uuid:")
                .contains("Captured   https://news.example/2024/03/series-part-two-rail at 2024-03-01T12:00:14Z");
        CommandRun json = CommandRun.of("inspect", "--json", dir.resolve("crawl.wet").toString(), "--record",
                "250");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"recordType\": \"conversion\"");
        CommandRun request = CommandRun.of("inspect", dir.resolve("crawl.warc.gz").toString(), "--record", "214");
        assertThat(request.err()).contains("crawl.warc.gz@214: a request record, not a page to read (request)");
    }

    @Test
    void bookMakesOneBookOfACrawlLeavingOutWhatIsNotAnArticle() {
        Path book = dir.resolve("march");
        CommandRun run = CommandRun.of("book", dir.resolve("crawl.warc.gz").toString(), "--title", "March 2024",
                "--to", "epub", "--out", book.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("March 2024 (4 articles) -> ");
        assertThat(run.err()).contains("(https://news.example/tag/harbour): left out: no article found");
        assertThat(dir.resolve("march.epub")).exists();
        // the crawl's own capture of the first article's picture is in the book
        assertThat(run.err()).doesNotContain("tide-clock-workshop");
        CommandRun wet = CommandRun.of("book", dir.resolve("crawl.wet.gz").toString(), "--title", "March 2024",
                "--to", "epub", "--out", dir.resolve("march-text").toString());
        assertThat(wet.exitCode()).isZero();
        assertThat(wet.out()).contains("(4 articles)");
    }

    private static void gunzip(Path from, Path to) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(from));
             OutputStream out = Files.newOutputStream(to)) {
            in.transferTo(out);
        }
    }
}
