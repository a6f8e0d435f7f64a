package io.tearsheet.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The quote checks of {@link Article} and {@link SpanLocation#locate} on one long paragraph full of quotations: they
 * used to count code points from the paragraph's start for every quote, which made such a paragraph quadratic
 * ({@link QuoteValidationScaling} shows the times by hand).
 */
class QuoteTextCheckTest {
    private static final Metadata METADATA = Metadata.builder().headline("Harbour Voices").build();
    /** A newspaper emoji: two chars, one code point, so char and code point offsets drift apart. */
    private static final String WIDE = "\uD83D\uDCF0";

    @Test
    void acceptsTwentyThousandQuotesInOneParagraphWithCharactersOutsideTheBmp() {
        LongParagraph paragraph = new LongParagraph(20_000);

        Article article = paragraph.article(paragraph.quotes);

        assertThat(article.quotes()).hasSize(20_000);
        assertThat(article.quote("q19999").orElseThrow().text()).isEqualTo("words " + WIDE + " of 19999");
    }

    @Test
    void locatesEverySpanOfALongParagraphWithItsExactText() {
        LongParagraph paragraph = new LongParagraph(5_000);

        List<SpanLocation> spans = SpanLocation.locate(paragraph.sections);

        assertThat(spans).hasSize(5_000);
        for (int i = 0; i < spans.size(); i++) {
            Quote quote = paragraph.quotes.get(i);
            assertThat(spans.get(i)).isEqualTo(new SpanLocation(quote.id(), 0, quote.start(), quote.end(), quote.text()));
        }
    }

    @Test
    void namesTheOneQuoteWhoseTextDiffersAmongThousands() {
        LongParagraph paragraph = new LongParagraph(3_000);
        List<Quote> quotes = new ArrayList<>(paragraph.quotes);
        Quote good = quotes.get(2_500);
        quotes.set(2_500, new Quote(good.id(), null, good.kind(), good.cue(), good.text().replace('w', 'W'),
                good.paragraph(), good.start(), good.end()));

        assertThatThrownBy(() -> paragraph.article(quotes)).isInstanceOf(InvalidArticleException.class)
                .hasMessage("quotes[2500] (q2500): text does not match paragraph 0 at " + good.start() + ".."
                        + good.end());
    }

    @Test
    void acceptsQuotesListedOutOfOrderAcrossParagraphs() {
        Paragraph first = Paragraph.of("a" + WIDE + "b said " + WIDE + WIDE);
        Paragraph second = Paragraph.of(WIDE + "cd");
        List<Quote> quotes = List.of(
                new Quote("q1", null, QuoteKind.INDIRECT, null, "cd", 1, 1, 3),
                new Quote("q2", null, QuoteKind.INDIRECT, null, WIDE + WIDE, 0, 9, 11),
                new Quote("q3", null, QuoteKind.INDIRECT, null, "a" + WIDE + "b", 0, 0, 3),
                new Quote("q4", null, QuoteKind.INDIRECT, null, WIDE + "b said", 0, 1, 8));

        assertThatCode(() -> new Article(METADATA, List.of(Section.body(List.of(first, second))), List.of(), quotes,
                null)).doesNotThrowAnyException();
    }

    @Test
    void locatesNestedSpansOuterFirstWithTheirText() {
        Paragraph paragraph = new Paragraph(List.of(new Text(WIDE + "“"), new QuoteSpan("q1", List.of(
                new Text("He said ‘"), new QuoteSpan("q2", List.of(new Text(WIDE + " now"))), new Text("’ twice")))));

        List<SpanLocation> spans = SpanLocation.locate(List.of(Section.body(List.of(paragraph))));

        assertThat(spans).containsExactly(
                new SpanLocation("q1", 0, 2, 23, "He said ‘" + WIDE + " now’ twice"),
                new SpanLocation("q2", 0, 11, 16, WIDE + " now"));
    }

    @Property(tries = 500)
    void acceptsAQuoteExactlyWhenItsTextIsWhatTheOffsetsCover(@ForAll("texts") String text,
                                                               @ForAll @IntRange(max = 12) int start,
                                                               @ForAll @IntRange(max = 12) int length,
                                                               @ForAll boolean altered) {
        int size = Inlines.codePointLength(text);
        int end = start + length;
        String there = end <= size ? Inlines.substringByCodePoints(text, start, end) : "";
        String quoted = altered ? there + "x" : there;
        Quote quote = new Quote("q1", null, QuoteKind.SCARE, null, quoted, 0, start, end);
        List<Section> sections = List.of(Section.body(List.of(Paragraph.of(text))));

        if (end <= size && !altered) {
            assertThatCode(() -> new Article(METADATA, sections, List.of(), List.of(quote), null))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> new Article(METADATA, sections, List.of(), List.of(quote), null))
                    .isInstanceOf(InvalidArticleException.class);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "é", WIDE, " ", "“").list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    /** One paragraph of {@code n} quoted sentences, each a span with its quote. */
    private static final class LongParagraph {
        final List<Section> sections;
        final List<Quote> quotes = new ArrayList<>();

        LongParagraph(int n) {
            List<Inline> content = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < n; i++) {
                String words = "words " + WIDE + " of " + i;
                content.add(new Text("“"));
                offset += 1;
                content.add(new QuoteSpan("q" + i, List.of(new Text(words))));
                int length = Inlines.codePointLength(words);
                quotes.add(new Quote("q" + i, null, QuoteKind.DIRECT, "said", words, 0, offset, offset + length));
                offset += length;
                String after = "” she said, " + WIDE + ". ";
                content.add(new Text(after));
                offset += Inlines.codePointLength(after);
            }
            sections = List.of(Section.body(List.of(new Paragraph(content))));
        }

        Article article(List<Quote> quotes) {
            return new Article(METADATA, sections, List.of(), quotes, null);
        }
    }
}
