package io.tearsheet.model;

import io.tearsheet.testing.ArticleArbitraries;
import io.tearsheet.testing.TestArticles;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTest {

    private static Metadata headline() {
        return Metadata.builder().headline("Tide Clocks Return").build();
    }

    private static Article.Builder oneParagraph(String text) {
        return Article.builder().metadata(headline()).section(Section.body(List.of(Paragraph.of(text))));
    }

    @Test
    void countsParagraphsInReadingOrderIncludingBlockQuotes() {
        Article article = TestArticles.everything();

        assertThat(article.paragraphs()).extracting(Paragraph::plainText)
                .contains("The river is still the river.")
                .startsWith(article.paragraphs().get(0).plainText());
        assertThat(article.quote("q6").orElseThrow().paragraph()).isEqualTo(4);
    }

    @Test
    void plainTextLeavesOutQuotationMarksAndBrackets() {
        Article article = TestArticles.everything();

        assertThat(article.quote("q2").orElseThrow().text())
                .isEqualTo("We spent half a century building bridges and then discovered we could not build "
                        + "enough of them to carry the traffic,");
    }

    @Test
    void refusesAQuoteWhoseSourceDoesNotExist() {
        Article.Builder builder = oneParagraph("He said it.")
                .quote(new Quote("q1", "s9", QuoteKind.INDIRECT, "said", "He", 0, 0, 2));

        assertThatThrownBy(builder::build).isInstanceOf(InvalidArticleException.class)
                .hasMessage("quotes[0] (q1): source 's9' does not exist");
    }

    @Test
    void refusesDuplicateIds() {
        Article.Builder sources = oneParagraph("x")
                .source(Source.of("s1", "A", SourceKind.PERSON)).source(Source.of("s1", "B", SourceKind.PERSON));
        Article.Builder quotes = oneParagraph("abc")
                .quote(new Quote("q1", null, QuoteKind.SCARE, null, "a", 0, 0, 1))
                .quote(new Quote("q1", null, QuoteKind.SCARE, null, "b", 0, 1, 2));

        assertThatThrownBy(sources::build).hasMessageContaining("id 's1' is used twice");
        assertThatThrownBy(quotes::build).hasMessageContaining("id 'q1' is used twice");
    }

    @Test
    void refusesOffsetsOutsideTheParagraph() {
        Article.Builder beyond = oneParagraph("short")
                .quote(new Quote("q1", null, QuoteKind.SCARE, null, "shortest", 0, 0, 8));
        Article.Builder noParagraph = oneParagraph("short")
                .quote(new Quote("q1", null, QuoteKind.SCARE, null, "s", 3, 0, 1));

        assertThatThrownBy(beyond::build).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("lie outside paragraph 0 (5 code points)");
        assertThatThrownBy(noParagraph::build).hasMessageContaining("paragraph 3 does not exist");
    }

    @Test
    void refusesQuoteTextThatDiffersFromTheParagraph() {
        Article.Builder builder = oneParagraph("clocks")
                .quote(new Quote("q1", null, QuoteKind.SCARE, null, "block", 0, 0, 5));

        assertThatThrownBy(builder::build).hasMessageContaining("text does not match paragraph 0 at 0..5");
    }

    @Test
    void countsOffsetsInCodePoints() {
        String text = "𝔉𝔢 said “go”";
        Article article = oneParagraph(text)
                .quote(new Quote("q1", null, QuoteKind.SCARE, null, "go", 0, 9, 11)).build();

        assertThat(article.quotes()).hasSize(1);
    }

    @Test
    void refusesSpansThatDisagreeWithTheirQuote() {
        Paragraph p = Paragraph.of(new Text("“"), QuoteSpan.of("q1", new Text("Go")), new Text("” she said."));
        Article.Builder wrong = Article.builder().metadata(headline()).section(Section.body(List.of(p)))
                .quote(new Quote("q1", null, QuoteKind.DIRECT, "said", "“G", 0, 0, 2));
        Article.Builder missing = Article.builder().metadata(headline()).section(Section.body(List.of(p)));

        assertThatThrownBy(wrong::build).hasMessageContaining("its span is in paragraph 0 at 1..3");
        assertThatThrownBy(missing::build).hasMessageContaining("quote span 'q1' names no quote");
    }

    @Test
    void refusesQuoteSpansOutsideParagraphs() {
        Heading heading = new Heading(2, List.of(QuoteSpan.of("q1", new Text("x"))));
        Article.Builder builder = Article.builder().metadata(headline()).section(Section.body(List.of(heading)));

        assertThatThrownBy(builder::build).hasMessageContaining("quote span 'q1' is in a heading");
    }

    @Test
    void refusesNullListElementsByName() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of("a"));
        blocks.add(null);

        assertThatThrownBy(() -> Section.body(blocks)).isInstanceOf(InvalidArticleException.class)
                .hasMessage("section.blocks[1] must not be null");
    }

    @Test
    void refusesMissingMetadataAndBlankHeadline() {
        assertThatThrownBy(() -> Article.builder().build()).hasMessage("metadata must not be null");
        assertThatThrownBy(() -> Metadata.builder().headline(" ").build())
                .hasMessage("metadata.headline must not be blank");
    }

    @Test
    void refusesMalformedMetadataValues() {
        assertThatThrownBy(() -> Metadata.builder().headline("h").language("not a tag").build())
                .hasMessageContaining("is not a BCP 47 tag");
        assertThatThrownBy(() -> Metadata.builder().headline("h").canonicalUrl("/relative").build())
                .hasMessageContaining("is not absolute");
        assertThatThrownBy(() -> new ArticleDate("14 Feb 1989")).hasMessageContaining("ISO 8601");
        assertThatThrownBy(() -> new Series("s", 5, 4)).hasMessageContaining("beyond series.parts");
    }

    @Test
    void treatsBlankOptionalTextAsAbsent() {
        Metadata metadata = Metadata.builder().headline("h").deck("  ").kicker("").build();

        assertThat(metadata.deck()).isNull();
        assertThat(metadata.kicker()).isNull();
    }

    @Test
    void listsAreImmutable() {
        Article article = TestArticles.everything();

        assertThatThrownBy(() -> article.sections().add(Section.body(List.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Property(tries = 200)
    void everyGeneratedArticleHoldsItsInvariants(@ForAll("articles") Article article) {
        Article copy = article.toBuilder().build();

        assertThat(copy).isEqualTo(article);
        for (Quote quote : article.quotes()) {
            String paragraph = article.paragraphs().get(quote.paragraph()).plainText();
            assertThat(Inlines.substringByCodePoints(paragraph, quote.start(), quote.end())).isEqualTo(quote.text());
        }
    }

    @Provide
    Arbitrary<Article> articles() {
        return ArticleArbitraries.articles();
    }
}
