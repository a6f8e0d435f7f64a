package io.tearsheet.epub;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.epub.EpubReader;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.BookExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Article;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Link;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Text;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EpubExporterTest {
    private static final EpubExporter EXPORTER = new EpubExporter();

    @Test
    void articleUsingEveryKindIsValid() {
        assertThat(EpubValidator.messages(EXPORTER.toBytes(TestArticles.everything()))).isEmpty();
    }

    @Test
    void minimalArticleIsValid() {
        assertThat(EpubValidator.messages(EXPORTER.toBytes(TestArticles.minimal()))).isEmpty();
    }

    @Test
    void everyOptionCombinationIsValid() {
        for (int flags = 0; flags < 8; flags++) {
            for (EpubStyle style : EpubStyle.values()) {
                EpubExporter exporter = EpubExporter.builder().sourcesPage((flags & 1) != 0).cover((flags & 2) != 0)
                        .titlePage((flags & 4) != 0).style(style).extraCss("p { color: #222222; }").build();
                assertThat(EpubValidator.messages(exporter.toBytes(TestArticles.everything())))
                        .as("flags %d, %s", flags, style).isEmpty();
            }
        }
    }

    @Test
    void epublibReadsTitleAndChapters() throws IOException {
        Book book = new EpubReader().readEpub(new ByteArrayInputStream(EXPORTER.toBytes(TestArticles.everything())));

        assertThat(book.getTitle()).isEqualTo("Millbrook Bets on the ‘Night Boat’ Again");
        assertThat(book.getSpine().getSpineReferences()).extracting(r -> r.getResource().getHref())
                .containsExactly("cover.xhtml", "title.xhtml", "article.xhtml", "sources.xhtml");
        assertThat(book.getTableOfContents().getTocReferences()).extracting(r -> r.getTitle())
                .containsExactly("Millbrook Bets on the ‘Night Boat’ Again", "Sources quoted");
        assertThat(new String(book.getResources().getByHref("article.xhtml").getData(), StandardCharsets.UTF_8))
                .contains("Now we are learning who actually needs us.");
    }

    @Test
    void containerStartsWithStoredMimetypeAndKeepsAFixedOrder() {
        byte[] epub = EXPORTER.toBytes(TestArticles.everything());

        assertThat(new String(epub, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(epub[8]).as("compression method: stored").isEqualTo((byte) 0);
        assertThat(epub[28]).as("extra field length").isEqualTo((byte) 0);
        assertThat(new String(epub, 38, 20, StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        assertThat(Epubs.entries(epub).keySet()).containsExactly("mimetype", "META-INF/container.xml",
                "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx", "EPUB/style.css", "EPUB/cover.svg",
                "EPUB/cover.xhtml", "EPUB/title.xhtml",
                "EPUB/article.xhtml", "EPUB/sources.xhtml");
    }

    @Test
    void identifierIsTheNameBasedUuidOfTheCanonicalUrl() {
        String opf = Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "package.opf");

        // uuid5(NAMESPACE_URL, "https://example.org/news/millbrook-night-boat"), as Python's uuid module gives it
        assertThat(opf).contains(
                "<dc:identifier id=\"pub-id\">urn:uuid:65ab70da-ee62-5d38-82fc-34005930023a</dc:identifier>");
        assertThat(Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "toc.ncx"))
                .contains("content=\"urn:uuid:65ab70da-ee62-5d38-82fc-34005930023a\"");
    }

    @Test
    void identifierWithoutCanonicalUrlFollowsTheContent() {
        Article article = TestArticles.minimal();
        Article changed = article.toBuilder()
                .sections(List.of(Section.body(List.of(Paragraph.of("The clocks are gone.")))))
                .build();

        String first = identifier(EXPORTER.toBytes(article));
        assertThat(identifier(EXPORTER.toBytes(TestArticles.minimal()))).isEqualTo(first);
        assertThat(identifier(EXPORTER.toBytes(changed))).isNotEqualTo(first);
        assertThat(first).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void packageCarriesDublinCoreSeriesAndAccessibilityMetadata() {
        String opf = Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "package.opf");

        assertThat(opf)
                .contains("<dc:title>Millbrook Bets on the ‘Night Boat’ Again</dc:title>")
                .contains("<dc:language>en-GB</dc:language>")
                .contains("<dc:creator id=\"creator-1\">Clara Mendes</dc:creator>")
                .contains("<dc:creator id=\"creator-2\">Tomas Berg</dc:creator>")
                .contains("<dc:publisher>The Tearsheet Gazette</dc:publisher>")
                .contains("<dc:date>2025-03-04T05:30:00+01:00</dc:date>")
                .contains("<dc:source>https://example.org/news/millbrook-night-boat</dc:source>")
                .contains("<dc:rights>© 2025 The Tearsheet Gazette</dc:rights>")
                .contains("<dc:identifier>urn:example:ferries:2</dc:identifier>")
                .contains("<meta property=\"belongs-to-collection\" id=\"series\">the city’s waterways</meta>")
                .contains("<meta refines=\"#series\" property=\"collection-type\">series</meta>")
                .contains("<meta refines=\"#series\" property=\"group-position\">2</meta>")
                .contains("<meta property=\"schema:accessMode\">textual</meta>")
                .contains("<meta property=\"schema:accessModeSufficient\">textual</meta>")
                .contains("<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>")
                .contains("<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>")
                .contains("<meta property=\"schema:accessibilityFeature\">readingOrder</meta>")
                .contains("<meta property=\"schema:accessibilityFeature\">alternativeText</meta>")
                .contains("<meta property=\"schema:accessibilityHazard\">none</meta>")
                .contains("property=\"schema:accessibilitySummary\"")
                .contains("property=\"dcterms:conformsTo\"");
    }

    @Test
    void modifiedComesFromTheBuilderElseTheArticleDateElseTheFallback() {
        assertThat(Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "package.opf"))
                .contains("<meta property=\"dcterms:modified\">2025-03-04T04:30:00Z</meta>");
        assertThat(Epubs.file(EXPORTER.toBytes(TestArticles.minimal()), "package.opf"))
                .contains("<meta property=\"dcterms:modified\">1980-01-01T00:00:00Z</meta>");
        EpubExporter fixed = EpubExporter.builder().modified(Instant.parse("2030-06-01T12:34:56.789Z")).build();
        assertThat(Epubs.file(fixed.toBytes(TestArticles.minimal()), "package.opf"))
                .contains("<meta property=\"dcterms:modified\">2030-06-01T12:34:56Z</meta>");
    }

    @Test
    void mastheadHasKickerHeadlineDeckBylineAndDateline() {
        String article = Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "article.xhtml");

        assertThat(article)
                .contains("<p class=\"kicker\">CITY WATERWAYS</p>")
                .contains("<h1 class=\"headline\">Millbrook Bets on the ‘Night Boat’ Again</h1>")
                .contains("<p class=\"deck\">After four decades ashore")
                .contains("By <span class=\"author\">Clara Mendes</span>, <span class=\"role\">Staff writer</span>"
                        + " and <span class=\"author\">Tomas Berg</span>")
                .contains("<span class=\"dateline\">MILLBROOK</span>")
                .contains("<time class=\"published\" datetime=\"2025-03-04T05:30:00+01:00\">4 March 2025</time>")
                .contains("Part 2 of 3 in the series <cite>the city’s waterways</cite>");
    }

    @Test
    void sectionsAndBlocksBecomeSemanticElements() {
        String article = Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "article.xhtml");

        assertThat(article)
                .contains("<h2>Doubters on the quay</h2>")
                .contains("<aside class=\"pullquote\" epub:type=\"pullquote\" role=\"doc-pullquote\">")
                .contains("<aside class=\"sidebar\">\n<h2 class=\"section-title\">The route in numbers</h2>")
                .contains("<aside class=\"series-note\">")
                .contains("<section class=\"correction\" epub:type=\"errata\" role=\"doc-errata\">")
                .contains("<ul>\n<li>Quayside</li>")
                .contains("<ol>\n<li>Board</li>")
                .contains("<hr class=\"divider\"/>")
                .contains("<em>years, not months</em>")
                .contains("<strong>full timetable</strong>")
                .contains("<a href=\"https://example.org/ferries\">the city’s site</a>");
    }

    @Test
    void notesWithoutATitleAreHeadedWithTheLabelOfTheirKind() {
        Article article = TestArticles.minimal().toBuilder().sections(List.of(
                Section.body(List.of(Paragraph.of("The clocks are back."))),
                Section.of(SectionKind.EDITORS_NOTE, Paragraph.of("This story was reported on foot.")),
                Section.of(SectionKind.CORRECTION, Paragraph.of("An earlier version gave the wrong hour.")),
                Section.of(SectionKind.UPDATE, Paragraph.of("The clocks were wound again on Friday.")),
                Section.of(SectionKind.AUTHOR_NOTE, Paragraph.of("The writer keeps clocks.")),
                Section.of(SectionKind.SIDEBAR, Paragraph.of("Clocks in numbers.")),
                Section.of(SectionKind.SERIES_NOTE, Paragraph.of("Part of a series on time.")))).build();
        byte[] epub = EXPORTER.toBytes(article);
        String document = Epubs.file(epub, "article.xhtml");

        assertThat(document)
                .contains("<aside class=\"editors-note\">\n<h2 class=\"section-title\">Editor’s note</h2>")
                .contains("<section class=\"correction\" epub:type=\"errata\" role=\"doc-errata\">\n"
                        + "<h2 class=\"section-title\">Correction</h2>")
                .contains("<section class=\"update\">\n<h2 class=\"section-title\">Update</h2>")
                .contains("<aside class=\"author-note\">\n<h2 class=\"section-title\">About the author</h2>")
                .contains("<aside class=\"sidebar\">\n<p>")
                .contains("<aside class=\"series-note\">\n<p>")
                .contains("<div class=\"body\">\n<p>");
        assertThat(EpubValidator.messages(epub)).isEmpty();
    }

    @Test
    void noteWithItsOwnTitleKeepsIt() {
        Article article = TestArticles.minimal().toBuilder().sections(List.of(
                Section.body(List.of(Paragraph.of("The clocks are back."))),
                new Section(SectionKind.CORRECTION, "A note on the hour",
                        List.of(Paragraph.of("An earlier version gave the wrong hour."))))).build();

        assertThat(Epubs.file(EXPORTER.toBytes(article), "article.xhtml"))
                .contains("<h2 class=\"section-title\">A note on the hour</h2>")
                .doesNotContain(">Correction</h2>");
    }

    @Test
    void figureWithoutImageShowsDescriptionCaptionAndCredit() {
        String article = Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "article.xhtml");

        assertThat(article)
                .doesNotContain("<img")
                .contains("<span class=\"image-note\">Image not included.</span> "
                        + "<span class=\"alt\">A blunt-nosed electric ferry in morning fog</span>")
                .contains("<figcaption><span class=\"caption\">The ferry <em>Alder Queen</em> leaving Quayside "
                        + "landing.</span> <span class=\"credit\" epub:type=\"credit\" role=\"doc-credit\">"
                        + "Photo: Clara Mendes</span></figcaption>");
    }

    @Test
    void editorialInsertionsAreBracketed() {
        String article = Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "article.xhtml");

        assertThat(article).contains("<span class=\"insertion\">[to carry the traffic]</span>");
    }

    @Test
    void quotationsCarryTheirIdSpeakerAndANoteAfterTheClosingMark() {
        String article = Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "article.xhtml");

        assertThat(article)
                .contains("<span class=\"quote direct\" id=\"quote-1\" data-quote-id=\"q2\" data-source-id=\"s1\""
                        + " title=\"Harriet Okafor\">We spent half a century")
                .contains(",</span>”<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\""
                        + " href=\"sources.xhtml#note-1\">1</a> said Harriet Okafor")
                .contains("<span class=\"quote scare\" data-quote-id=\"q1\">the night boat</span>.”</p>")
                .contains("<span class=\"quote partial\" id=\"quote-2\" data-quote-id=\"q3\" data-source-id=\"s2\"")
                .contains("’</span>,”<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\""
                        + " href=\"sources.xhtml#note-2\">2</a> and that");
    }

    @Test
    void quotationWithoutSpanIsNotedAtItsParagraphEnd() {
        String article = Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "article.xhtml");

        assertThat(article).contains("<p id=\"p-5\">")
                .contains("city officials say.<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\""
                        + " href=\"sources.xhtml#note-4\">4</a></p>");
    }

    @Test
    void sourcesPageListsEverySourceWithNumberedQuotationsAndBackLinks() {
        Article article = TestArticles.everything();
        String sources = Epubs.file(EXPORTER.toBytes(article), "sources.xhtml");

        assertThat(sources).contains("<section class=\"sources\" epub:type=\"endnotes\" role=\"doc-endnotes\"");
        for (QuotedSources.Entry entry : QuotedSources.of(article).entries()) {
            assertThat(sources).contains("<h2 class=\"source-name\">" + entry.source().name().replace("'", "&#39;")
                    + "</h2>");
            for (QuotedSources.NumberedQuote quote : entry.quotes()) {
                assertThat(sources).contains("<li id=\"note-" + quote.number() + "\" value=\"" + quote.number()
                        + "\" epub:type=\"endnote\"");
            }
        }
        assertThat(sources)
                .contains("<span class=\"description\">the city&#39;s transport commissioner</span>; "
                        + "<span class=\"aliases\">also “Ms. Okafor”</span>")
                .contains("[to carry the traffic]</span>,”</span> <span class=\"cue\">said</span>")
                .contains("href=\"article.xhtml#quote-1\">↩</a>")
                .contains("href=\"article.xhtml#p-5\">↩</a>")
                .contains("<span class=\"words\">Ridership averaged just over 3,000 trips a day</span>"
                        + " <span class=\"kind\">(reported)</span>");
    }

    @Test
    void sourcesPageCanBeLeftOut() {
        byte[] epub = EpubExporter.builder().sourcesPage(false).build().toBytes(TestArticles.everything());

        assertThat(Epubs.entries(epub)).doesNotContainKey("EPUB/sources.xhtml");
        assertThat(Epubs.file(epub, "article.xhtml")).doesNotContain("noteref").contains("id=\"quote-1\"");
        assertThat(Epubs.file(epub, "package.opf")).doesNotContain("sources.xhtml");
    }

    @Test
    void articleWithoutQuotationsHasNoSourcesPage() {
        assertThat(Epubs.entries(EXPORTER.toBytes(TestArticles.minimal()))).doesNotContainKey("EPUB/sources.xhtml");
    }

    @Test
    void titlePageCanBeLeftOut() {
        byte[] epub = EpubExporter.builder().titlePage(false).build().toBytes(TestArticles.everything());

        assertThat(Epubs.entries(epub)).doesNotContainKey("EPUB/title.xhtml").containsKey("EPUB/cover.xhtml");
        assertThat(Epubs.file(epub, "package.opf")).doesNotContain("title.xhtml");
    }

    @Test
    void coverIsAnSvgOfTheTitleOnItsOwnPageMarkedForBothEpubVersions() {
        byte[] epub = EXPORTER.toBytes(TestArticles.everything());

        assertThat(Epubs.file(epub, "package.opf"))
                .contains("<item id=\"cover-image\" href=\"cover.svg\" media-type=\"image/svg+xml\""
                        + " properties=\"cover-image\"/>")
                .contains("<meta name=\"cover\" content=\"cover-image\"/>")
                .contains("<meta property=\"schema:accessMode\">visual</meta>");
        assertThat(Epubs.file(epub, "cover.svg")).contains("<title>Millbrook Bets on the ‘Night Boat’ Again</title>")
                .contains(">CITY WATERWAYS</text>").contains(">Clara Mendes and Tomas Berg</text>");
        assertThat(Epubs.file(epub, "cover.xhtml")).contains("<img src=\"cover.svg\" alt=\"Cover: Millbrook Bets on"
                + " the ‘Night Boat’ Again, by Clara Mendes and Tomas Berg\" epub:type=\"cover\" role=\"doc-cover\"/>");
        assertThat(EpubValidator.messages(epub)).isEmpty();
    }

    @Test
    void coverCanBeLeftOut() {
        byte[] epub = EpubExporter.builder().cover(false).build().toBytes(TestArticles.everything());

        assertThat(Epubs.entries(epub)).doesNotContainKey("EPUB/cover.svg").doesNotContainKey("EPUB/cover.xhtml")
                .containsKey("EPUB/title.xhtml");
        assertThat(Epubs.file(epub, "package.opf")).doesNotContain("cover").doesNotContain("visual");
    }

    @Test
    void titlePageShowsTitleAuthorsAndImprint() {
        String title = Epubs.file(EXPORTER.toBytes(TestArticles.everything()), "title.xhtml");

        assertThat(title).contains("<section class=\"titlepage\" epub:type=\"titlepage\"")
                .contains("<h1 class=\"title\" epub:type=\"fulltitle\">Millbrook Bets on the ‘Night Boat’ Again</h1>")
                .contains("<p class=\"authors\">Clara Mendes and Tomas Berg</p>")
                .contains("<p>4 March 2025</p>");
    }

    @Test
    void stylesheetCanBeChosenAndExtended() {
        String classic = Epubs.file(EXPORTER.toBytes(TestArticles.minimal()), "style.css");
        String minimal = Epubs.file(EpubExporter.builder().style(EpubStyle.MINIMAL).extraCss("h1 { color: navy; }")
                .build().toBytes(TestArticles.minimal()), "style.css");

        assertThat(classic).contains("font-family: Georgia").contains("max-width: 34em");
        assertThat(minimal).doesNotContain("font-family").endsWith("h1 { color: navy; }\n");
    }

    @Test
    void navigationListsTheArticleAndItsSources() {
        byte[] epub = EXPORTER.toBytes(TestArticles.everything());

        assertThat(Epubs.file(epub, "nav.xhtml")).contains("<nav epub:type=\"toc\"")
                .contains("<li><a href=\"article.xhtml\">Millbrook Bets on the ‘Night Boat’ Again</a></li>")
                .contains("<li><a href=\"sources.xhtml\">Sources quoted</a></li>")
                .contains("<a epub:type=\"bodymatter\" href=\"article.xhtml\">");
        assertThat(Epubs.file(epub, "toc.ncx")).contains("<content src=\"article.xhtml\"/>")
                .contains("<content src=\"sources.xhtml\"/>");
    }

    @Test
    void markupInTextIsEscaped() {
        Article article = withText("<script>alert('x')</script> & <b>bold</b>", "Tags <i>&amp;</i> \"quoted\"");
        byte[] epub = EXPORTER.toBytes(article);

        String xhtml = Epubs.file(epub, "article.xhtml");
        assertThat(xhtml).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<i>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .contains("<h1 class=\"headline\">Tags &lt;i&gt;&amp;amp;&lt;/i&gt; &quot;quoted&quot;</h1>");
        assertThat(Epubs.file(epub, "package.opf"))
                .contains("<dc:title>Tags &lt;i&gt;&amp;amp;&lt;/i&gt; &quot;quoted&quot;</dc:title>");
        assertThat(EpubValidator.messages(epub)).isEmpty();
    }

    @Test
    void forbiddenCharactersAreDroppedAndReportedOnce() throws IOException {
        Article article = withText("Bell\u0007 and null\u0000 and \uFFFE.", "Head\u0001line");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportReport report = EXPORTER.export(article, out);

        byte[] epub = out.toByteArray();
        assertThat(Epubs.file(epub, "article.xhtml")).contains("<p>Bell and null and .</p>")
                .contains("<h1 class=\"headline\">Headline</h1>");
        assertThat(Epubs.file(epub, "package.opf")).contains("<dc:title>Headline</dc:title>");
        assertThat(report.format()).isEqualTo(Format.EPUB);
        assertThat(report.warnings()).containsExactly(
                "dropped 1 × U+0000, a character XML 1.0 forbids",
                "dropped 1 × U+0001, a character XML 1.0 forbids",
                "dropped 1 × U+0007, a character XML 1.0 forbids",
                "dropped 1 × U+FFFE, a character XML 1.0 forbids");
        assertThat(EpubValidator.messages(epub)).isEmpty();
    }

    @Test
    void headlineOfForbiddenCharactersOnlyBecomesUntitled() {
        byte[] epub = EXPORTER.toBytes(withText("Body.", "\u0001\u0002"));

        assertThat(Epubs.file(epub, "package.opf")).contains("<dc:title>Untitled</dc:title>");
        assertThat(EpubValidator.messages(epub)).isEmpty();
    }

    @Test
    void linksThatPointIntoTheOriginalPageBecomeTextAndAreReported() throws IOException {
        Article article = TestArticles.minimal().toBuilder().sections(List.of(Section.body(List.of(Paragraph.of(
                new Link("#comments", List.of(new Text("the comments"))), new Text(" and "),
                new Link("https://example.org/a", List.of(new Text("outer "),
                        new Link("https://example.org/b", List.of(new Text("inner"))))),
                new Text(" "), new Link("javascript:alert(1)", List.of(new Text("script"))),
                new EditorialInsertion("sic")))))).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportReport report = EXPORTER.export(article, out);

        assertThat(Epubs.file(out.toByteArray(), "article.xhtml"))
                .contains("<span class=\"link\">the comments</span>")
                .contains("<a href=\"https://example.org/a\">outer <span class=\"link\">inner</span></a>")
                .contains("<span class=\"link\">script</span><span class=\"insertion\">[sic]</span>");
        assertThat(report.warnings()).containsExactly(
                "a link was kept as text: its target is not an absolute http, https or mailto address (2 times)",
                "a link inside another link was kept as text, since links cannot nest");
        assertThat(EpubValidator.messages(out.toByteArray())).isEmpty();
    }

    @Test
    void sameArticleGivesSameBytes() {
        byte[] first = EXPORTER.toBytes(TestArticles.everything());

        assertThat(EpubExporter.builder().build().toBytes(TestArticles.everything())).isEqualTo(first);
    }

    @Test
    void oneExporterServesManyThreads() throws Exception {
        byte[] expected = EXPORTER.toBytes(TestArticles.everything());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Article article = i % 2 == 0 ? TestArticles.everything() : TestArticles.minimal();
                results.add(pool.submit(() -> EXPORTER.toBytes(article)));
            }
            for (int i = 0; i < results.size(); i += 2) {
                assertThat(results.get(i).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void exporterIsFoundWithServiceLoader() {
        assertThat(ServiceLoader.load(ArticleExporter.class).stream().map(ServiceLoader.Provider::type))
                .contains(EpubExporter.class);
        assertThat(ServiceLoader.load(BookExporter.class).stream().map(ServiceLoader.Provider::type))
                .contains(EpubBookExporter.class);
        assertThat(new EpubExporter().format()).isEqualTo(Format.EPUB);
    }

    private static Article withText(String body, String headline) {
        Article minimal = TestArticles.minimal();
        return minimal.toBuilder()
                .metadata(Metadata.builder().headline(headline).build())
                .sections(List.of(Section.body(List.of(Paragraph.of(body)))))
                .build();
    }

    private static String identifier(byte[] epub) {
        Matcher m = Pattern.compile("<dc:identifier id=\"pub-id\">([^<]+)</dc:identifier>")
                .matcher(Epubs.file(epub, "package.opf"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
