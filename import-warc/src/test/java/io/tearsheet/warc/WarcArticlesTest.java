package io.tearsheet.warc;

import io.tearsheet.batch.ContainerOptions;
import io.tearsheet.html.HtmlReader;
import io.tearsheet.model.ArchiveRecord;
import io.tearsheet.model.Article;
import io.tearsheet.read.NoArticleException;
import io.tearsheet.read.ReadException;
import io.tearsheet.warc.testing.Captured;
import io.tearsheet.warc.testing.ExtraPages;
import io.tearsheet.warc.testing.HttpCapture;
import io.tearsheet.warc.testing.OurPages;
import io.tearsheet.warc.testing.TestWarc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages captured in WARC files read as the same articles as the pages themselves, with their record in provenance. */
class WarcArticlesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void everyPageInACrawlReadsAsThePageItselfWithItsRecord(String fileName) throws Exception {
        Path file = dir.resolve(fileName);
        Map<String, Captured> captured = new HashMap<>();
        try (TestWarc warc = TestWarc.create(file)) {
            warc.warcinfo();
            for (String name : OurPages.names()) {
                String url = OurPages.url(name);
                warc.request(url, TestWarc.day());
                captured.put(url, warc.response(url, TestWarc.day(), HttpCapture.ok(contentType(name),
                        OurPages.page(name))));
                warc.metadata(url, TestWarc.day());
            }
        }
        ArchiveListing listing = WarcArticles.create().list(List.of(file));
        int pages = OurPages.names().size();
        assertThat(listing.notes()).containsExactly(file + ": " + (3 * pages + 1) + " records, " + pages
                + " to read; left out 1 warcinfo, " + pages + " request, " + pages + " metadata");
        assertThat(listing.damaged()).isEmpty();
        assertThat(listing.pages()).hasSize(pages);
        for (ArchivedPage page : listing.pages()) {
            Captured record = captured.get(page.record().targetUri());
            Article article = page.read();
            assertThat(article).isEqualTo(direct(page.record().targetUri(), article));
            assertThat(article.provenance().archive()).isEqualTo(new ArchiveRecord(fileName, record.offset(),
                    "response", record.recordId(), record.url(), "2024-03-01T12:00:00Z", record.payloadDigest()));
        }
    }

    @Test
    void chunkedAndGzipEncodedPagesAreDecodedBeforeReading() throws Exception {
        Path file = dir.resolve("encoded.warc.gz");
        String name = "wp-classic-harbour-clocks";
        try (TestWarc warc = TestWarc.create(file)) {
            warc.response(OurPages.url(name) + "?chunked", TestWarc.day(),
                    HttpCapture.html(OurPages.page(name)).chunked());
            warc.response(OurPages.url(name) + "?gzip", TestWarc.day(),
                    HttpCapture.html(OurPages.page(name)).gzipped());
            warc.response(OurPages.url(name) + "?both", TestWarc.day(),
                    HttpCapture.html(OurPages.page(name)).chunked().gzipped());
        }
        List<ArchivedPage> pages = WarcArticles.create().list(List.of(file)).pages();
        assertThat(pages).hasSize(3);
        for (ArchivedPage page : pages) {
            Article article = page.read();
            assertThat(article).isEqualTo(direct(page.record().targetUri(), name, article));
            assertThat(article.provenance().notes()).noneMatch(note -> note.contains("digest"));
        }
    }

    @Test
    void aCharsetDeclaredOnlyInTheHttpHeaderDecodesThePage() throws Exception {
        byte[] utf8 = ExtraPages.page("ru-river-ferries");
        byte[] cp1251 = new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1251"));
        String url = "https://news.example/2024/04/ru-river-ferries";
        Path file = dir.resolve("cyrillic.warc");
        try (TestWarc warc = TestWarc.create(file)) {
            warc.response(url, TestWarc.day(), HttpCapture.ok("text/html; charset=windows-1251", cp1251));
        }
        Article article = WarcArticles.create().list(List.of(file)).pages().get(0).read();

        Article fromUtf8 = HtmlReader.create().read(utf8, URI.create(url));
        assertThat(article.metadata()).isEqualTo(fromUtf8.metadata());
        assertThat(article.sections()).isEqualTo(fromUtf8.sections());
        assertThat(article.quotes()).isEqualTo(fromUtf8.quotes());
        assertThat(article.metadata().headline()).isEqualTo("Речные паромы выйдут на линию раньше обычного");
        assertThat(article.provenance().notes()).contains("decoded as windows-1251, the charset its HTTP header"
                + " declares");
        // the digest is the page's as captured: its windows-1251 bytes
        assertThat(article.provenance().inputSha256()).isEqualTo(io.tearsheet.io.Sha256.hex(cp1251));
        // read without the header, the same bytes are not Russian
        assertThat(HtmlReader.create().read(cp1251, URI.create(url)).metadata().headline())
                .isNotEqualTo(article.metadata().headline());
    }

    @Test
    void resourceRecordsOfBrowserBasedCrawlersAreRead() throws Exception {
        Path file = dir.resolve("browser.warc.gz");
        String name = "html5-semantic-glacier";
        try (TestWarc warc = TestWarc.create(file)) {
            warc.resource(OurPages.url(name), TestWarc.day(), "text/html; charset=utf-8", OurPages.page(name));
        }
        ArchivedPage page = WarcArticles.create().list(List.of(file)).pages().get(0);
        Article article = page.read();
        assertThat(article).isEqualTo(direct(OurPages.url(name), article));
        assertThat(article.provenance().archive().recordType()).isEqualTo("resource");
    }

    @Test
    void aRevisitOfAPageReadInTheSameRunGivesNoSecondArticle() throws Exception {
        Path file = dir.resolve("revisits.warc.gz");
        String name = "brightspot-river-flood";
        String url = OurPages.url(name);
        try (TestWarc warc = TestWarc.create(file)) {
            Captured original = warc.response(url, TestWarc.day(), HttpCapture.html(OurPages.page(name)));
            warc.revisit(url, TestWarc.day().plus(Duration.ofDays(1)), original, true);
            warc.revisit(url, TestWarc.day().plus(Duration.ofDays(2)), original, false); // by digest only
        }
        ArchiveListing listing = WarcArticles.create().listEveryRecord(List.of(file));
        assertThat(listing.pages()).extracting(p -> p.record().type()).containsExactly("response");
        assertThat(listing.records()).extracting(ArchivedRecord::disposition).containsExactly(Disposition.PAGE,
                Disposition.REVISIT_OF_PAGE, Disposition.REVISIT_OF_PAGE);
        assertThat(listing.records().get(1).detail()).contains("revisits <urn:uuid:").contains("revisits.warc.gz@0");
        assertThat(listing.notes().get(0)).endsWith("3 records, 1 to read; left out 2 revisit of a page read here");
    }

    @Test
    void aRevisitWhoseOriginalIsNotReadIsReadWithTheOriginalsPayload() throws Exception {
        Path earlier = dir.resolve("earlier.warc.gz");
        Path later = dir.resolve("later.warc");
        String name = "series-part-two-rail";
        String url = OurPages.url(name);
        Captured original;
        try (TestWarc warc = TestWarc.create(earlier)) {
            original = warc.response(url, TestWarc.day(), HttpCapture.html(OurPages.page(name)));
        }
        Captured revisit;
        try (TestWarc warc = TestWarc.create(later)) {
            revisit = warc.revisit(url, TestWarc.day().plus(Duration.ofDays(30)), original, true);
        }
        // the earlier crawl is only where originals are looked for
        WarcArticles warc = WarcArticles.builder()
                .selection(ContainerOptions.builder().related(List.of(earlier)).build()).build();
        ArchiveListing listing = warc.list(List.of(later));
        assertThat(listing.pages()).hasSize(1);
        ArchivedPage page = listing.pages().get(0);
        assertThat(page.payloadRecord().file()).isEqualTo(earlier);
        Article article = page.read();
        assertThat(article.metadata()).isEqualTo(direct(url, article).metadata());
        assertThat(article.sections()).isEqualTo(direct(url, article).sections());
        assertThat(article.provenance().archive()).isEqualTo(new ArchiveRecord("later.warc", revisit.offset(),
                "revisit", revisit.recordId(), url, "2024-03-31T12:00:00Z", original.payloadDigest()));
        assertThat(article.provenance().notes()).anyMatch(n -> n.contains(original.recordId())
                && n.contains("revisit"));
        // the bag's original holds both records, so it reads on its own
        assertThat(warc.read(page.original(), "later.warc", revisit.offset())).isEqualTo(article);

        // without the earlier crawl, there is nothing to read
        ArchiveListing alone = WarcArticles.create().listEveryRecord(List.of(later));
        assertThat(alone.pages()).isEmpty();
        assertThat(alone.records().get(0).disposition()).isEqualTo(Disposition.REVISIT_UNRESOLVED);
        assertThat(alone.records().get(0).detail()).contains(original.recordId()).contains("none of the files");
    }

    @Test
    void aRevisitOfAPageLeftOutBySelectionIsReadInItsPlace() throws Exception {
        Path file = dir.resolve("moved.warc.gz");
        String name = "notes-school-meals";
        try (TestWarc warc = TestWarc.create(file)) {
            Captured original = warc.response("https://old.example/school-meals", TestWarc.day(),
                    HttpCapture.html(OurPages.page(name)));
            warc.revisit(OurPages.url(name), TestWarc.day().plus(Duration.ofDays(1)), original, false);
        }
        WarcArticles warc = WarcArticles.builder()
                .selection(ContainerOptions.builder().include(Pattern.compile("news\\.example")).build()).build();
        ArchiveListing listing = warc.listEveryRecord(List.of(file));
        assertThat(listing.records()).extracting(ArchivedRecord::disposition)
                .containsExactly(Disposition.EXCLUDED, Disposition.PAGE);
        Article article = listing.pages().get(0).read();
        assertThat(article.sections()).isEqualTo(direct(OurPages.url(name), article).sections());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut.warc", "cut.warc.gz"})
    void aTruncatedLastRecordIsReportedWithItsOffsetAndTheRestIsRead(String fileName) throws Exception {
        Path file = dir.resolve(fileName);
        long last;
        try (TestWarc warc = TestWarc.create(file)) {
            warc.warcinfo();
            warc.response(OurPages.url("arc-council-budget"), TestWarc.day(),
                    HttpCapture.html(OurPages.page("arc-council-budget")));
            last = warc.response(OurPages.url("og-only-observatory"), TestWarc.day(),
                    HttpCapture.html(OurPages.page("og-only-observatory"))).offset();
        }
        Damage.truncate(file, 700);
        ArchiveListing listing = WarcArticles.create().list(List.of(file));
        assertThat(listing.pages()).hasSize(1);
        assertThat(listing.pages().get(0).read().metadata().headline()).isNotBlank();
        assertThat(listing.damaged()).singleElement().satisfies(record -> {
            assertThat(record.offset()).isEqualTo(last);
            assertThat(record.detail()).startsWith("truncated");
        });
        assertThat(listing.notes().get(0)).endsWith("; 1 damaged");
        assertThat(listing.entries()).hasSize(2);
        assertThatThrownBy(() -> listing.entries().get(1).read()).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("damaged record at offset " + last + " of " + fileName + ": truncated");
    }

    @Test
    void aBadHeaderInTheMiddleCostsOnlyItsRecord() throws Exception {
        Path file = dir.resolve("bad-header.warc");
        List<Captured> records = threePages(file);
        Damage.replace(file, records.get(1).offset(), "WARC/1.", "WARX/9.");
        ArchiveListing listing = WarcArticles.create().list(List.of(file));
        assertThat(listing.pages()).extracting(p -> p.record().offset())
                .containsExactly(records.get(0).offset(), records.get(2).offset());
        assertThat(listing.damaged()).singleElement().satisfies(record -> {
            assertThat(record.offset()).isEqualTo(records.get(1).offset());
            assertThat(record.detail()).startsWith("bad header");
        });
        for (ArchivedPage page : listing.pages()) {
            assertThat(page.read().metadata().headline()).isNotBlank();
        }
    }

    @Test
    void aWrongLengthInTheMiddleCostsOnlyItsRecord() throws Exception {
        Path file = dir.resolve("wrong-length.warc");
        List<Captured> records = threePages(file);
        Damage.changeContentLength(file, records.get(1).offset(), -50);
        ArchiveListing listing = WarcArticles.create().list(List.of(file));
        assertThat(listing.pages()).extracting(p -> p.record().offset())
                .containsExactly(records.get(0).offset(), records.get(2).offset());
        assertThat(listing.damaged()).singleElement().satisfies(record -> {
            assertThat(record.offset()).isEqualTo(records.get(1).offset());
            assertThat(record.detail()).startsWith("wrong length");
        });
    }

    @Test
    void aCorruptGzipMemberInTheMiddleCostsOnlyItsRecord() throws Exception {
        Path file = dir.resolve("corrupt.warc.gz");
        List<Captured> records = threePages(file);
        Damage.scramble(file, records.get(1).offset() + 40, 64);
        ArchiveListing listing = WarcArticles.create().list(List.of(file));
        assertThat(listing.pages()).extracting(p -> p.record().offset())
                .containsExactly(records.get(0).offset(), records.get(2).offset());
        assertThat(listing.damaged()).singleElement().satisfies(record ->
                assertThat(record.offset()).isEqualTo(records.get(1).offset()));
    }

    @Test
    void pagesThatAreNotArticlesEndAsNoArticleFound() throws Exception {
        Path file = dir.resolve("site.warc.gz");
        try (TestWarc warc = TestWarc.create(file)) {
            warc.response("https://news.example/", TestWarc.day(), HttpCapture.html(ExtraPages.page("front-page")));
            warc.response("https://news.example/tag/harbour", TestWarc.day(),
                    HttpCapture.html(ExtraPages.page("tag-harbour")));
            warc.response("https://news.example/2024/03/gone", TestWarc.day(),
                    HttpCapture.html(ExtraPages.page("not-found")));
        }
        List<ArchivedPage> pages = WarcArticles.create().list(List.of(file)).pages();
        assertThat(pages).hasSize(3);
        for (ArchivedPage page : pages) {
            assertThatThrownBy(page::read).as(page.displayName()).isInstanceOf(NoArticleException.class)
                    .hasMessageStartingWith("no article found");
        }
    }

    @Test
    void otherRecordsAreLeftOutAndCounted() throws Exception {
        Path file = dir.resolve("mixed.warc.gz");
        try (TestWarc warc = TestWarc.create(file)) {
            warc.warcinfo();
            warc.dns("news.example", TestWarc.day());
            warc.request("https://news.example/missing", TestWarc.day());
            warc.response("https://news.example/missing", TestWarc.day(),
                    HttpCapture.html(OurPages.page("arc-council-budget")).withStatus(404));
            warc.response("https://news.example/moved", TestWarc.day(),
                    HttpCapture.html(new byte[0]).withStatus(301));
            warc.response("https://news.example/logo.png", TestWarc.day(),
                    HttpCapture.ok("image/png", io.tearsheet.testing.TestPictures.png(4, 4, false)));
            warc.response("https://news.example/app.js", TestWarc.day(),
                    HttpCapture.ok("application/javascript", "let x = 1;".getBytes(StandardCharsets.UTF_8)));
            warc.metadata("https://news.example/", TestWarc.day());
        }
        ArchiveListing listing = WarcArticles.create().listEveryRecord(List.of(file));
        assertThat(listing.pages()).isEmpty();
        assertThat(listing.records()).extracting(ArchivedRecord::disposition).containsExactly(Disposition.WARCINFO,
                Disposition.NOT_HTML, Disposition.REQUEST, Disposition.NOT_OK, Disposition.NOT_OK,
                Disposition.NOT_HTML, Disposition.NOT_HTML, Disposition.METADATA);
        assertThat(listing.records().get(3).detail()).isEqualTo("HTTP status 404");
        assertThat(listing.notes()).containsExactly(file + ": 8 records, 0 to read; left out 1 warcinfo, 1 request,"
                + " 1 metadata, 2 not status 200, 3 not HTML");
    }

    @Test
    void includeAndExcludeSelectPagesByAddress() throws Exception {
        Path file = dir.resolve("selected.warc");
        try (TestWarc warc = TestWarc.create(file)) {
            for (String name : List.of("amp-night-ferry", "arc-council-budget", "opinion-column-bio")) {
                warc.response(OurPages.url(name), TestWarc.day(), HttpCapture.html(OurPages.page(name)));
            }
        }
        WarcArticles warc = WarcArticles.builder().selection(ContainerOptions.builder()
                .include(Pattern.compile("/2024/")).exclude(Pattern.compile("opinion")).build()).build();
        ArchiveListing listing = warc.list(List.of(file));
        assertThat(listing.pages()).extracting(ArchivedPage::baseName)
                .containsExactly("2024_03_amp-night-ferry", "2024_03_arc-council-budget");
        assertThat(listing.notes().get(0)).endsWith("3 records, 2 to read; left out 1 not selected");
    }

    @Test
    void theSameAddressCapturedTwiceGivesTwoNamesAndOddAddressesGiveSafeOnes() throws Exception {
        Path file = dir.resolve("names.warc");
        byte[] page = OurPages.page("wire-body-byline-dateline");
        try (TestWarc warc = TestWarc.create(file)) {
            warc.response("https://news.example/story", TestWarc.day(), HttpCapture.html(page));
            warc.response("https://News.Example/Story", TestWarc.day().plus(Duration.ofHours(1)),
                    HttpCapture.html(page));
            warc.response("https://news.example/", TestWarc.day(), HttpCapture.html(page));
            warc.response("https://news.example/a/../../etc/passwd?x=<1>&y=CON", TestWarc.day(),
                    HttpCapture.html(page));
            warc.response("https://news.example/" + "very-long-segment/".repeat(10) + "end.html", TestWarc.day(),
                    HttpCapture.html(page));
        }
        List<ArchivedPage> pages = WarcArticles.create().list(List.of(file)).pages();
        assertThat(pages).extracting(p -> p.folder() + "/" + p.baseName()).containsExactly(
                "news.example/story-20240301120000", "news.example/Story-20240301130000", "news.example/index",
                "news.example/etc_passwd_x_1_y_CON", pages.get(4).folder() + "/" + pages.get(4).baseName());
        assertThat(pages.get(4).baseName()).startsWith("very-long-segment_very-long-segment_").hasSizeLessThan(72)
                .matches(".*-[0-9a-f]{8}");
        for (ArchivedPage p : pages) {
            assertThat(io.tearsheet.io.FileNames.safeName(p.baseName())).isEqualTo(p.baseName());
        }
    }

    @Test
    void figuresShowImagesTheCrawlCaptured() throws Exception {
        Path file = dir.resolve("pictures.warc.gz");
        byte[] png = io.tearsheet.testing.TestPictures.png(40, 30, false);
        String page = new String(OurPages.page("wp-classic-harbour-clocks"), StandardCharsets.UTF_8);
        try (TestWarc warc = TestWarc.create(file)) {
            warc.response(OurPages.url("wp-classic-harbour-clocks"), TestWarc.day(),
                    HttpCapture.html(page.getBytes(StandardCharsets.UTF_8)));
            warc.response("https://news.example/images/tower.png", TestWarc.day(), HttpCapture.ok("image/png", png));
        }
        ArchivedPage archived = WarcArticles.create().list(List.of(file)).pages().get(0);
        assertThat(archived.images().find("https://news.example/images/tower.png#top")).hasValueSatisfying(image -> {
            assertThat(image.width()).isEqualTo(40);
            assertThat(image.height()).isEqualTo(30);
        });
        assertThat(archived.images().lookup("https://news.example/images/elsewhere.png").problem())
                .isEqualTo("was not captured in the web archive");
    }

    @Test
    void aStreamPassesEveryRecordWithThePagesBytes() throws Exception {
        Path file = dir.resolve("stream.warc.gz");
        threePages(file);
        Damage.truncate(file, 300);
        WarcArticles warc = WarcArticles.create();
        List<ArchivedPage> listed = warc.list(List.of(file)).pages();
        int pages = 0;
        int damaged = 0;
        try (ArchiveStream stream = warc.stream("stream.warc.gz", FileChannel.open(file))) {
            for (StreamedRecord r; (r = stream.next()) != null; ) {
                if (r.record().disposition() == Disposition.PAGE) {
                    Article article = warc.read(r.bytes(), "stream.warc.gz", r.record().offset());
                    assertThat(article).isEqualTo(listed.get(pages).read());
                    pages++;
                } else if (r.record().disposition() == Disposition.DAMAGED) {
                    damaged++;
                }
            }
        }
        assertThat(pages).isEqualTo(2);
        assertThat(damaged).isEqualTo(1);
    }

    private List<Captured> threePages(Path file) throws Exception {
        try (TestWarc warc = TestWarc.create(file)) {
            return List.of(
                    warc.response(OurPages.url("arc-council-budget"), TestWarc.day(),
                            HttpCapture.html(OurPages.page("arc-council-budget"))),
                    warc.response(OurPages.url("og-only-observatory"), TestWarc.day(),
                            HttpCapture.html(OurPages.page("og-only-observatory"))),
                    warc.response(OurPages.url("opinion-column-bio"), TestWarc.day(),
                            HttpCapture.html(OurPages.page("opinion-column-bio"))));
        }
    }

    /** The page read directly from its file's bytes, at its address, with the archive record of {@code read}. */
    private static Article direct(String url, Article read) {
        return direct(url, url.substring(url.lastIndexOf('/') + 1), read);
    }

    private static Article direct(String url, String name, Article read) {
        Article page = HtmlReader.create().read(OurPages.page(name), URI.create(url));
        return new Article(page.metadata(), page.sections(), page.sources(), page.quotes(),
                page.provenance().toBuilder().archive(read.provenance().archive()).build());
    }

    /** The page's charset in the HTTP header, as a server that knows it would send it. */
    private static String contentType(String name) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(OurPages.page(name)));
            return "text/html; charset=utf-8";
        } catch (CharacterCodingException e) {
            return "text/html";
        }
    }
}
