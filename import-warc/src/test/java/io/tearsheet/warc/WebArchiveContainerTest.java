package io.tearsheet.warc;

import io.tearsheet.Tearsheet;
import io.tearsheet.bag.BagVerifier;
import io.tearsheet.bag.BagWriter;
import io.tearsheet.batch.Batch;
import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.BatchInputs;
import io.tearsheet.batch.BatchResult;
import io.tearsheet.batch.BookSources;
import io.tearsheet.batch.ContainerListing;
import io.tearsheet.batch.ContainerOptions;
import io.tearsheet.batch.Conversion;
import io.tearsheet.export.ArticleSource;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.json.JsonExporter;
import io.tearsheet.model.Article;
import io.tearsheet.warc.testing.Captured;
import io.tearsheet.warc.testing.ExtraPages;
import io.tearsheet.warc.testing.HttpCapture;
import io.tearsheet.warc.testing.OurPages;
import io.tearsheet.warc.testing.TestWarc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Web archives through core's batch API, found by ServiceLoader: one input per page. */
class WebArchiveContainerTest {
    @TempDir
    Path dir;
    private Path crawl;
    private final List<Captured> pages = new ArrayList<>();
    private Captured front;
    private Captured last;

    @BeforeEach
    void crawl() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        crawl = dir.resolve("in/crawl.warc.gz");
        try (TestWarc warc = TestWarc.create(crawl)) {
            warc.warcinfo();
            for (String name : List.of("amp-night-ferry", "series-part-two-rail", "wire-body-byline-dateline")) {
                warc.request(OurPages.url(name), TestWarc.day());
                pages.add(warc.response(OurPages.url(name), TestWarc.day(), HttpCapture.html(OurPages.page(name))));
            }
            front = warc.response("https://news.example/", TestWarc.day(),
                    HttpCapture.html(ExtraPages.page("front-page")));
            last = warc.response(OurPages.url("opinion-column-bio"), TestWarc.day(),
                    HttpCapture.html(OurPages.page("opinion-column-bio")));
        }
        Files.writeString(dir.resolve("in/note.txt"), "A headline\n\nA paragraph of text that is the article, said"
                + " nobody in particular.\n");
    }

    @Test
    void aFolderWithAWebArchiveExpandsIntoOneInputPerPage() throws Exception {
        ContainerListing found = BatchInputs.expand(List.of(dir.resolve("in")), ContainerOptions.DEFAULT);
        assertThat(found.inputs()).extracting(BatchInput::displayName).containsExactly(
                "crawl.warc.gz@" + pages.get(0).offset() + " (" + OurPages.url("amp-night-ferry") + ")",
                "crawl.warc.gz@" + pages.get(1).offset() + " (" + OurPages.url("series-part-two-rail") + ")",
                "crawl.warc.gz@" + pages.get(2).offset() + " (" + OurPages.url("wire-body-byline-dateline") + ")",
                "crawl.warc.gz@" + front.offset() + " (https://news.example/)",
                "crawl.warc.gz@" + last.offset() + " (" + OurPages.url("opinion-column-bio") + ")",
                dir.resolve("in/note.txt").toString());
        assertThat(found.notes()).containsExactly(crawl + ": 9 records, 5 to read; left out 1 warcinfo, 3 request");
        assertThat(found.inputs().get(0).folder()).isEqualTo("news.example");
        assertThat(found.inputs().get(0).baseName()).isEqualTo("2024_03_amp-night-ferry");
    }

    @Test
    void convertingWritesOneArticlePerPageAndCountsPagesThatAreNotArticles() throws Exception {
        Path out = dir.resolve("out");
        List<BatchInput> inputs = BatchInputs.collect(List.of(crawl));
        Conversion conversion = Conversion.builder().outputDirectory(out)
                .exporters(List.of(new JsonExporter())).resume(true).build();
        BatchResult result = Batch.builder().jobs(2).build().run(inputs, conversion);
        assertThat(result.converted()).isEqualTo(4);
        assertThat(result.noArticle()).isEqualTo(1);
        assertThat(result.succeeded()).isTrue();
        Path json = out.resolve("news.example/2024_03_series-part-two-rail.json");
        assertThat(AtomicFiles.isComplete(json)).isTrue();
        assertThat(Files.readString(json)).contains("\"archive\"").contains("crawl.warc.gz")
                .contains(pages.get(1).recordId());
        assertThat(out.resolve("news.example/index.json")).doesNotExist();

        BatchResult again = Batch.builder().jobs(2).build().run(inputs, conversion);
        assertThat(again.skipped()).isEqualTo(4);
        assertThat(again.noArticle()).isEqualTo(1);
    }

    @Test
    void aDamagedRecordFailsAloneAndKeepGoingConvertsTheRest() throws Exception {
        Damage.truncate(crawl, 500);
        Path out = dir.resolve("out");
        List<BatchInput> inputs = BatchInputs.collect(List.of(crawl));
        BatchResult result = Batch.builder().jobs(1).keepGoing(true).build().run(inputs,
                Conversion.builder().outputDirectory(out).exporters(List.of(new JsonExporter())).build());
        assertThat(result.converted()).isEqualTo(3);
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.input()).isEqualTo("crawl.warc.gz@" + last.offset());
            assertThat(failure.message()).isEqualTo("damaged record at offset " + last.offset()
                    + " of crawl.warc.gz: truncated, the file ends inside it (unexpected end of gzip stream)");
        });
        try (var files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("."))).isEmpty();
        }
    }

    @Test
    void aBagNamesTheRecordAndHoldsItAsTheOriginal() throws Exception {
        Path bags = dir.resolve("bags");
        BatchInput input = BatchInputs.collect(List.of(crawl)).get(1);
        BagWriter.builder().outputDirectory(bags).exporters(List.of(new JsonExporter())).build().apply(input);
        Path bag = bags.resolve("news.example/2024_03_series-part-two-rail");
        assertThat(BagVerifier.verify(bag).isValid()).isTrue();
        String info = Files.readString(bag.resolve("bag-info.txt"));
        Captured record = pages.get(1);
        assertThat(info).contains("WARC-Filename: crawl.warc.gz\n", "WARC-Record-Offset: " + record.offset() + "\n",
                "WARC-Type: response\n", "WARC-Record-ID: " + record.recordId() + "\n",
                "WARC-Target-URI: " + record.url() + "\n", "WARC-Date: 2024-03-01T12:00:00Z\n",
                "WARC-Payload-Digest: " + record.payloadDigest() + "\n");
        byte[] original = Files.readAllBytes(bag.resolve("data/original/2024_03_series-part-two-rail.warc.gz"));
        assertThat(WarcArticles.create().read(original, "crawl.warc.gz", record.offset())).isEqualTo(input.read());
    }

    @Test
    void aBookOfACrawlLeavesOutWhatIsNotAnArticle() throws Exception {
        List<String> leftOut = new ArrayList<>();
        ArticleSource book = BookSources.ordered(BatchInputs.collect(List.of(crawl)),
                (input, reason) -> leftOut.add(input.displayName() + ": " + reason));
        assertThat(book.size()).isEqualTo(4);
        assertThat(leftOut).singleElement().asString().contains("no article found");
    }

    @Test
    void aFileGivenByNameIsTakenByItsContentAndSelectionApplies() throws Exception {
        Path renamed = Files.copy(crawl, dir.resolve("capture.bin"));
        ContainerListing found = BatchInputs.expand(List.of(renamed), ContainerOptions.builder()
                .exclude(Pattern.compile("opinion|/$")).build());
        assertThat(found.inputs()).hasSize(3);
        assertThat(new WebArchiveContainer().accepts(dir.resolve("in/note.txt"))).isFalse();
        assertThat(Tearsheet.read(Files.readAllBytes(dir.resolve("in/note.txt")), "text/plain").metadata()
                .headline()).isEqualTo("A headline");
        assertThat(new String(Files.readAllBytes(crawl), 0, 2, StandardCharsets.ISO_8859_1)).isNotEmpty();
    }
}
