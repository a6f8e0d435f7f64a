package io.tearsheet.testing;

import io.tearsheet.model.Article;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Provenance;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Section;
import io.tearsheet.model.Source;
import io.tearsheet.model.SourceKind;
import io.tearsheet.model.SpanLocation;
import io.tearsheet.model.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds test articles by writing paragraphs with their quotations in place; quote offsets are computed
 * from where the spans end up, so a test never counts characters by hand.
 *
 * <pre>{@code
 * ArticleDraft draft = new ArticleDraft();
 * draft.source(Source.of("s1", "Harriet Okafor", SourceKind.PERSON));
 * Paragraph p = draft.paragraph("“", draft.quote("q1", "s1", QuoteKind.DIRECT, "said", "We simply stopped."), "” she said.");
 * Article article = draft.build(metadata, List.of(Section.body(List.of(p))));
 * }</pre>
 */
public final class ArticleDraft {
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, Attribution> attributions = new HashMap<>();
    private final List<Unmarked> unmarked = new ArrayList<>();

    public ArticleDraft source(Source source) {
        sources.add(source);
        return this;
    }

    public ArticleDraft source(String id, String name, SourceKind kind, String description, String... aliases) {
        return source(new Source(id, name, kind, description, List.of(aliases)));
    }

    /** A quotation span whose location is worked out at {@link #build}; content may be strings or inlines. */
    public QuoteSpan quote(String id, String sourceId, QuoteKind kind, String cue, Object... content) {
        attributions.put(id, new Attribution(sourceId, kind, cue));
        return new QuoteSpan(id, inlines(content));
    }

    /**
     * A quotation without a span (an indirect one): the first occurrence of {@code text} in {@code paragraph},
     * which must be one of the paragraphs passed to {@link #build}.
     */
    public ArticleDraft unmarkedQuote(String id, String sourceId, QuoteKind kind, String cue, Paragraph paragraph,
                                      String text) {
        unmarked.add(new Unmarked(id, new Attribution(sourceId, kind, cue), paragraph, text));
        return this;
    }

    public Paragraph paragraph(Object... content) {
        return new Paragraph(inlines(content));
    }

    public static List<Inline> inlines(Object... content) {
        List<Inline> inlines = new ArrayList<>(content.length);
        for (Object part : content) {
            inlines.add(part instanceof String s ? new Text(s) : (Inline) part);
        }
        return inlines;
    }

    public Article build(Metadata metadata, List<Section> sections) {
        return build(metadata, sections, Provenance.NONE);
    }

    public Article build(Metadata metadata, List<Section> sections, Provenance provenance) {
        List<Quote> quotes = new ArrayList<>();
        for (SpanLocation span : SpanLocation.locate(sections)) {
            Attribution a = attributions.get(span.quoteId());
            quotes.add(new Quote(span.quoteId(), a.sourceId(), a.kind(), a.cue(), span.text(), span.paragraph(),
                    span.start(), span.end()));
        }
        List<Paragraph> paragraphs = Article.paragraphsOf(sections);
        for (Unmarked u : unmarked) {
            int index = -1;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i) == u.paragraph()) {
                    index = i;
                }
            }
            String plain = u.paragraph().plainText();
            int at = plain.indexOf(u.text());
            if (index < 0 || at < 0) {
                throw new IllegalArgumentException("unmarked quote " + u.id() + " is not in the article");
            }
            int start = plain.codePointCount(0, at);
            quotes.add(new Quote(u.id(), u.attribution().sourceId(), u.attribution().kind(), u.attribution().cue(),
                    u.text(), index, start, start + u.text().codePointCount(0, u.text().length())));
        }
        quotes.sort(java.util.Comparator.comparingInt(Quote::paragraph).thenComparingInt(Quote::start));
        return Article.builder().metadata(metadata).sections(sections).sources(sources).quotes(quotes)
                .provenance(provenance).build();
    }

    private record Unmarked(String id, Attribution attribution, Paragraph paragraph, String text) {
    }

    private record Attribution(String sourceId, QuoteKind kind, String cue) {
    }
}
