package io.tearsheet.epub.internal;

import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Article;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.InlineHandler;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quotations of one article as its EPUB documents link them: core's {@link QuotedSources} numbering, where
 * each numbered quotation can be reached in the article (its span, or the paragraph of a quotation that has no
 * span), and where its note is on the "Sources quoted" page.
 *
 * <p>The "Sources quoted" page repeats each quotation's marked-up words, and a quotation repeats everything nested
 * inside it, other quotations included. Repeating a quotation nested n deep with all its markup would cost n² (10,000
 * levels made 1.7 GB of XHTML); so a quotation whose markup nests more than {@value #MAX_EXCERPT_DEPTH} levels
 * deep is repeated as its words alone, which keeps the page, and the time to write it, linear in the article.
 */
final class ArticleQuotes {
    /** The deepest markup a quotation may hold and still be repeated with it on the "Sources quoted" page. */
    static final int MAX_EXCERPT_DEPTH = 16;

    private final QuotedSources quoted;
    private final Map<String, Source> speakers = new HashMap<>();
    private final Map<String, Quote> quotes = new HashMap<>();
    private final Map<String, List<Inline>> spans = new HashMap<>();
    /** For each span, how many levels of containers its content nests. */
    private final Map<String, Integer> spanDepths = new HashMap<>();
    private final Map<Integer, List<QuotedSources.NumberedQuote>> unmarkedByParagraph = new HashMap<>();
    private final ChapterFiles files;

    private ArticleQuotes(Article article, ChapterFiles files) {
        this.quoted = QuotedSources.of(article);
        this.files = files;
        for (Source source : article.sources()) {
            speakers.put(source.id(), source);
        }
        for (Quote quote : article.quotes()) {
            quotes.put(quote.id(), quote);
        }
        for (Paragraph paragraph : article.paragraphs()) {
            // heights[i]: the deepest nesting found so far inside the i-th open container
            Deque<int[]> heights = new ArrayDeque<>();
            Inlines.walk(paragraph.content(), new InlineHandler() {
                @Override
                public void enter(InlineContainer container) {
                    heights.push(new int[1]);
                    if (container instanceof QuoteSpan span) {
                        spans.put(span.quoteId(), span.content());
                    }
                }

                @Override
                public void leave(InlineContainer container) {
                    int inside = heights.pop()[0];
                    if (!heights.isEmpty()) {
                        heights.peek()[0] = Math.max(heights.peek()[0], inside + 1);
                    }
                    if (container instanceof QuoteSpan span) {
                        spanDepths.put(span.quoteId(), inside);
                    }
                }
            });
        }
        for (QuotedSources.NumberedQuote numbered : quoted.quotes()) {
            if (!spans.containsKey(numbered.quote().id())) {
                unmarkedByParagraph.computeIfAbsent(numbered.quote().paragraph(), p -> new ArrayList<>())
                        .add(numbered);
            }
        }
    }

    static ArticleQuotes of(Article article, ChapterFiles files) {
        return new ArticleQuotes(article, files);
    }

    QuotedSources quoted() {
        return quoted;
    }

    ChapterFiles files() {
        return files;
    }

    /** The number of a quotation, or empty for a scare quote. */
    Optional<Integer> number(String quoteId) {
        return quoted.number(quoteId);
    }

    /** The quotation with this id; the article guarantees every span's id names one. */
    Quote quote(String quoteId) {
        return quotes.get(quoteId);
    }

    /** Who said the quotation, or empty when nobody is named. */
    Optional<Source> speaker(Quote quote) {
        return quote.sourceId() == null ? Optional.empty() : Optional.ofNullable(speakers.get(quote.sourceId()));
    }

    /** The id of the element in the article document where quotation {@code number} stands. */
    String anchor(QuotedSources.NumberedQuote quote) {
        return spans.containsKey(quote.quote().id()) ? spanId(quote.number()) : paragraphId(quote.quote().paragraph());
    }

    /** The marked-up words of a quotation, or empty when the article has no span for it. */
    Optional<List<Inline>> spanContent(String quoteId) {
        return Optional.ofNullable(spans.get(quoteId));
    }

    /**
     * The marked-up words of a quotation to repeat on the "Sources quoted" page: empty when the article has no span
     * for it, or when its markup nests deeper than {@value #MAX_EXCERPT_DEPTH} levels (then its words are repeated
     * without markup).
     */
    Optional<List<Inline>> excerptContent(String quoteId) {
        Integer depth = spanDepths.get(quoteId);
        return depth == null || depth > MAX_EXCERPT_DEPTH ? Optional.empty() : Optional.of(spans.get(quoteId));
    }

    /** The numbered quotations in paragraph {@code index} that have no span, in reading order. */
    List<QuotedSources.NumberedQuote> unmarkedIn(int paragraphIndex) {
        return unmarkedByParagraph.getOrDefault(paragraphIndex, List.of());
    }

    /** Whether paragraph {@code index} needs an id, because a quotation without a span is found through it. */
    boolean paragraphNeedsId(int paragraphIndex) {
        return unmarkedByParagraph.containsKey(paragraphIndex);
    }

    static String spanId(int number) {
        return "quote-" + number;
    }

    static String paragraphId(int paragraphIndex) {
        return "p-" + (paragraphIndex + 1);
    }

    static String noteId(int number) {
        return "note-" + number;
    }

    static String refId(int number) {
        return "ref-" + number;
    }

    static String sourceId(int position) {
        return "source-" + position;
    }
}
