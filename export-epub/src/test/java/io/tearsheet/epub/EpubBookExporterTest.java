package io.tearsheet.epub;

import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.Book;
import io.tearsheet.export.ExportException;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EpubBookExporterTest {
    private static final EpubBookExporter EXPORTER = new EpubBookExporter();

    @Test
    void bookOfOneArticleIsValidAndOpensInEpublib() throws IOException {
        Book book = Book.builder().title("One Story").articles(List.of(TestArticles.everything())).build();
        byte[] epub = Epubs.bytes(EXPORTER, book);

        assertThat(EpubValidator.messages(epub)).isEmpty();
        assertOpensInEpublib(epub, "One Story", 1);
    }

    @Test
    void bookOfThreeArticlesIsValidAndOpensInEpublib() throws IOException {
        byte[] epub = Epubs.bytes(EXPORTER, TestBooks.series());

        assertThat(EpubValidator.messages(epub)).isEmpty();
        assertOpensInEpublib(epub, "The City’s Waterways", 3);
    }

    @Test
    void bookOfFiveHundredArticlesIsValidAndOpensInEpublib() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        byte[] epub = Epubs.bytes(EXPORTER, TestBooks.generatedBook(500, reads));

        assertThat(EpubValidator.messages(epub)).isEmpty();
        assertOpensInEpublib(epub, "A Book of 500 Articles", 500);
        assertThat(reads).as("each article read twice, no more").hasValue(1000);
    }

    @Test
    void takesTheOptionsOfAnArticleExporterAndWritesTheSameWay() {
        EpubExporter articles = EpubExporter.builder().style(EpubStyle.MINIMAL).extraCss("h1 { color: navy; }")
                .cover(false).sourcesPage(false).build();
        EpubBookExporter books = EpubBookExporter.builder().options(articles.options()).whoIsQuoted(false).build();
        Book book = Book.builder().title("One Story").articles(List.of(TestArticles.everything())).build();
        byte[] epub = Epubs.bytes(books, book);

        assertThat(books.options()).isEqualTo(articles.options());
        assertThat(Epubs.file(epub, "style.css"))
                .isEqualTo(Epubs.file(articles.toBytes(TestArticles.everything()), "style.css"));
        assertThat(Epubs.entries(epub).keySet()).noneMatch(name -> name.contains("cover") || name.contains("sources"));
    }

    @Test
    void optionsSetAfterTakingAnExportersReplaceTheirs() {
        EpubOptions taken = EpubExporter.builder().cover(false).titlePage(false).build().options();

        EpubOptions options = EpubBookExporter.builder().options(taken).titlePage(true).build().options();

        assertThat(options.cover()).isFalse();
        assertThat(options.titlePage()).isTrue();
        assertThat(new EpubBookExporter().options()).isEqualTo(EpubOptions.defaults())
                .isEqualTo(new EpubExporter().options());
    }

    @Test
    void everyOptionCombinationGivesAValidBook() {
        Book book = Book.builder().title("Mixed").articles(List.of(TestBooks.part(2), TestArticles.minimal(),
                TestBooks.generated(1), TestBooks.part(1))).build();
        for (BookArrangement arrangement : BookArrangement.values()) {
            for (int flags = 0; flags < 16; flags++) {
                EpubBookExporter exporter = EpubBookExporter.builder().arrangement(arrangement)
                        .sourcesPage((flags & 1) != 0).cover((flags & 2) != 0).titlePage((flags & 4) != 0)
                        .whoIsQuoted((flags & 8) != 0).style(flags % 3 == 0 ? EpubStyle.MINIMAL : EpubStyle.CLASSIC)
                        .build();
                assertThat(EpubValidator.messages(Epubs.bytes(exporter, book))).as("%s %d", arrangement, flags)
                        .isEmpty();
            }
        }
    }

    @Test
    void seriesPartsAreReadInPartOrderUnderTheSeriesTitle() {
        byte[] epub = Epubs.bytes(EXPORTER, TestBooks.series());

        assertThat(Epubs.file(epub, "nav.xhtml")).contains("<li><span>the city’s waterways</span>\n<ol>\n"
                + "<li><a href=\"article-0001.xhtml\">Part 1: The Waterways, Part 1</a></li>\n"
                + "<li><a href=\"article-0002.xhtml\">Part 2: The Waterways, Part 2</a></li>\n"
                + "<li><a href=\"article-0003.xhtml\">Part 3: The Waterways, Part 3</a></li>\n</ol>\n</li>");
        assertThat(Epubs.file(epub, "article-0001.xhtml")).contains("<h1 class=\"headline\">The Waterways, Part 1</h1>");
        assertThat(spine(epub)).containsExactly("cover", "title", "nav", "article-0001", "sources-0001", "article-0002",
                "sources-0002", "article-0003", "sources-0003", "index");
    }

    @Test
    void articlesCanBeGroupedByMonth() {
        Article march = withDate(TestArticles.minimal(), "2025-03-09", "A March story");
        Article february = withDate(TestArticles.minimal(), "2025-02-01", "A February story");
        Article undated = withDate(TestArticles.minimal(), null, "An undated story");
        Book book = Book.builder().title("By Date").articles(List.of(undated, march, february)).build();

        String nav = Epubs.file(Epubs.bytes(EpubBookExporter.builder().arrangement(BookArrangement.BY_DATE).build(),
                book), "nav.xhtml");

        assertThat(nav).containsSubsequence("<span>February 2025</span>", "A February story",
                "<span>March 2025</span>", "A March story", "<span>Undated</span>", "An undated story");
    }

    @Test
    void articlesCanStayAsGiven() {
        Book book = TestBooks.series();
        String nav = Epubs.file(Epubs.bytes(EpubBookExporter.builder().arrangement(BookArrangement.AS_GIVEN).build(),
                book), "nav.xhtml");

        assertThat(nav).doesNotContain("<span>")
                .containsSubsequence("The Waterways, Part 3", "The Waterways, Part 1", "The Waterways, Part 2");
    }

    @Test
    void sourceQuotedInSeveralArticlesAppearsOnceInTheIndexWithLinksIntoEach() {
        String index = Epubs.file(Epubs.bytes(EXPORTER, TestBooks.series()), "index.xhtml");

        assertThat(count(index, "<span class=\"index-name\">Harriet Okafor</span>")).isEqualTo(1);
        assertThat(index).contains("<a href=\"article-0001.xhtml\">The Waterways, Part 1</a>: quotation "
                        + "<a href=\"article-0001.xhtml#quote-1\">1</a>")
                .contains("<a href=\"article-0002.xhtml#quote-1\">1</a>")
                .contains("<a href=\"article-0003.xhtml#quote-1\">1</a>")
                .contains("<a href=\"article-0003.xhtml#p-5\">4</a>");
        // unnamed speakers stay apart per article: the same description in two stories is rarely one person
        assertThat(count(index, "<span class=\"index-name\">a ferry captain</span>")).isEqualTo(3);
    }

    @Test
    void eachArticleHasItsOwnSourcesPage() {
        byte[] epub = Epubs.bytes(EXPORTER, TestBooks.series());

        assertThat(Epubs.file(epub, "article-0002.xhtml")).contains("href=\"sources-0002.xhtml#note-1\"");
        assertThat(Epubs.file(epub, "sources-0002.xhtml")).contains("href=\"article-0002.xhtml#quote-1\"");
    }

    @Test
    void packageDescribesTheBook() {
        String opf = Epubs.file(Epubs.bytes(EXPORTER, TestBooks.series()), "package.opf");

        assertThat(opf).contains("<dc:title>The City’s Waterways</dc:title>")
                .contains("<dc:creator id=\"creator-1\">Clara Mendes</dc:creator>")
                .contains("<dc:language>en-GB</dc:language>")
                .contains("<meta property=\"belongs-to-collection\" id=\"series\">the city’s waterways</meta>")
                .contains("<meta property=\"dcterms:modified\">2025-03-05T00:00:00Z</meta>")
                .containsPattern("<dc:identifier id=\"pub-id\">urn:uuid:[0-9a-f-]{36}</dc:identifier>");
    }

    @Test
    void givenIdentifierIsKept() {
        Book book = Book.builder().title("T").identifier("urn:isbn:9780000000002")
                .articles(List.of(TestArticles.minimal())).build();

        assertThat(Epubs.file(Epubs.bytes(EXPORTER, book), "package.opf"))
                .contains("<dc:identifier id=\"pub-id\">urn:isbn:9780000000002</dc:identifier>");
    }

    @Test
    void sameBookGivesSameBytes() {
        byte[] first = Epubs.bytes(EXPORTER, TestBooks.generatedBook(20, new AtomicInteger()));

        assertThat(Epubs.bytes(EpubBookExporter.builder().build(), TestBooks.generatedBook(20, new AtomicInteger())))
                .isEqualTo(first);
    }

    @Test
    void emptyBookIsRefusedBeforeAnythingIsWritten() {
        Book book = Book.builder().title("Nothing").articles(List.of()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> EXPORTER.export(book, out)).isInstanceOf(ExportException.class)
                .hasMessageContaining("has no articles");
        assertThat(out.size()).isZero();
    }

    @Test
    void sourceThatChangesBetweenReadsIsRefused() {
        AtomicInteger reads = new AtomicInteger();
        ArticleSource fickle = new ArticleSource() {
            @Override
            public int size() {
                return 1;
            }

            @Override
            public Article get(int index) {
                return reads.getAndIncrement() == 0 ? TestArticles.minimal() : TestArticles.everything();
            }
        };
        Book book = Book.builder().title("Fickle").articles(fickle).build();

        assertThatThrownBy(() -> EXPORTER.export(book, new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class).hasMessageContaining("changed between the two reads");
    }

    @Test
    void failureToReadAnArticleIsReportedBeforeAnythingIsWritten() {
        ArticleSource broken = new ArticleSource() {
            @Override
            public int size() {
                return 2;
            }

            @Override
            public Article get(int index) throws IOException {
                if (index == 1) {
                    throw new IOException("disk gone");
                }
                return TestArticles.minimal();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> EXPORTER.export(Book.builder().title("Broken").articles(broken).build(), out))
                .isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(out.size()).isZero();
    }

    private static void assertOpensInEpublib(byte[] epub, String title, int articles) throws IOException {
        io.documentnode.epub4j.domain.Book book = new EpubReader().readEpub(new ByteArrayInputStream(epub));

        assertThat(book.getTitle()).isEqualTo(title);
        List<String> chapters = new ArrayList<>();
        for (Resource resource : book.getContents()) {
            if (resource.getHref().startsWith("article-")) {
                chapters.add(resource.getHref());
                assertThat(new String(resource.getData(), StandardCharsets.UTF_8)).contains("<h1 class=\"headline\">");
            }
        }
        assertThat(chapters).hasSize(articles);
        List<String> tocTargets = new ArrayList<>();
        collect(book.getTableOfContents().getTocReferences(), tocTargets);
        assertThat(tocTargets).containsAll(chapters);
    }

    private static void collect(List<TOCReference> references, List<String> hrefs) {
        for (TOCReference reference : references) {
            hrefs.add(reference.getResource().getHref());
            collect(reference.getChildren(), hrefs);
        }
    }

    private static List<String> spine(byte[] epub) {
        Matcher m = Pattern.compile("<itemref idref=\"([^\"]+)\"/>").matcher(Epubs.file(epub, "package.opf"));
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static Article withDate(Article article, String date, String headline) {
        return article.toBuilder().metadata(article.metadata().toBuilder().headline(headline)
                .published(date == null ? null : new ArticleDate(date)).build()).build();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
