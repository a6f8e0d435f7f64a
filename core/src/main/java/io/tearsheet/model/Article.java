package io.tearsheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A news article: its metadata, its sections, the sources it quotes and the quotations themselves,
 * and where it came from. Immutable and validated on construction; build one with {@link #builder()}
 * or get one from a reader.
 *
 * <p>Invariants, each checked by the constructor (which throws {@link InvalidArticleException} naming
 * the first one broken):
 * <ul>
 *   <li>no list holds null;</li>
 *   <li>source ids are unique, and so are quote ids;</li>
 *   <li>every {@link Quote#sourceId()} names a source of this article;</li>
 *   <li>every quote lies inside its paragraph, and its {@link Quote#text()} is exactly the text there;</li>
 *   <li>every {@link QuoteSpan} names a quote, no quote has two spans, a span sits in a paragraph and covers
 *       exactly its quote's range.</li>
 * </ul>
 * Checking them is linear in the article's size, however many quotations share a paragraph.
 *
 * @param metadata   headline, deck, bylines, dates, series, rights
 * @param sections   the article's sections in reading order
 * @param sources    everyone quoted, each once
 * @param quotes     every quotation, in reading order
 * @param provenance where the article came from and what the reader removed
 * @since 0.1.0
 */
public record Article(Metadata metadata, List<Section> sections, List<Source> sources, List<Quote> quotes,
                      Provenance provenance) {

    public Article {
        Checks.required(metadata, "metadata");
        sections = Checks.list(sections, "sections");
        sources = Checks.list(sources, "sources");
        quotes = Checks.list(quotes, "quotes");
        provenance = provenance == null ? Provenance.NONE : provenance;
        validate(sections, sources, quotes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this article's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().metadata(metadata).sections(sections).sources(sources).quotes(quotes)
                .provenance(provenance);
    }

    /**
     * Every {@link Paragraph} of the article in reading order, including those inside block quotes: the
     * sequence that {@link Quote#paragraph()} indexes.
     */
    public List<Paragraph> paragraphs() {
        return paragraphsOf(sections);
    }

    /** The source with this id, if the article has one. */
    public Optional<Source> source(String id) {
        for (Source source : sources) {
            if (source.id().equals(id)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    /** The quote with this id, if the article has one. */
    public Optional<Quote> quote(String id) {
        for (Quote quote : quotes) {
            if (quote.id().equals(id)) {
                return Optional.of(quote);
            }
        }
        return Optional.empty();
    }

    /** The body sections' blocks, concatenated. */
    public List<Block> bodyBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (Section section : sections) {
            if (section.kind() == SectionKind.BODY) {
                blocks.addAll(section.blocks());
            }
        }
        return Collections.unmodifiableList(blocks);
    }

    /**
     * Every paragraph of {@code sections} in reading order, as {@link #paragraphs()} counts them; for readers
     * that locate quotes before the article exists.
     */
    public static List<Paragraph> paragraphsOf(List<Section> sections) {
        return Blocks.paragraphs(sections);
    }

    private static void validate(List<Section> sections, List<Source> sources, List<Quote> quotes) {
        Set<String> sourceIds = new HashSet<>();
        for (Source source : sources) {
            if (!sourceIds.add(source.id())) {
                throw new InvalidArticleException("sources: id '" + source.id() + "' is used twice");
            }
        }
        Map<String, Quote> quotesById = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            String where = "quotes[" + i + "] (" + quote.id() + ")";
            if (quotesById.putIfAbsent(quote.id(), quote) != null) {
                throw new InvalidArticleException("quotes: id '" + quote.id() + "' is used twice");
            }
            if (quote.sourceId() != null && !sourceIds.contains(quote.sourceId())) {
                throw new InvalidArticleException(where + ": source '" + quote.sourceId() + "' does not exist");
            }
        }
        QuoteTextCheck.check(paragraphsOf(sections), quotes);
        SpanCheck.check(sections, quotesById);
    }

    /** Builds an {@link Article}; {@link #build()} validates every invariant. */
    public static final class Builder {
        private Metadata metadata;
        private final List<Section> sections = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private Provenance provenance = Provenance.NONE;

        private Builder() {
        }

        public Builder metadata(Metadata metadata) {
            this.metadata = metadata;
            return this;
        }

        /** Adds one section after those already added. */
        public Builder section(Section section) {
            this.sections.add(section);
            return this;
        }

        /** Replaces the sections. */
        public Builder sections(List<Section> sections) {
            this.sections.clear();
            this.sections.addAll(sections);
            return this;
        }

        /** Adds one source. */
        public Builder source(Source source) {
            this.sources.add(source);
            return this;
        }

        /** Replaces the sources. */
        public Builder sources(List<Source> sources) {
            this.sources.clear();
            this.sources.addAll(sources);
            return this;
        }

        /** Adds one quote. */
        public Builder quote(Quote quote) {
            this.quotes.add(quote);
            return this;
        }

        /** Replaces the quotes. */
        public Builder quotes(List<Quote> quotes) {
            this.quotes.clear();
            this.quotes.addAll(quotes);
            return this;
        }

        public Builder provenance(Provenance provenance) {
            this.provenance = provenance;
            return this;
        }

        /**
         * @throws InvalidArticleException naming the first invariant the values break
         */
        public Article build() {
            return new Article(metadata, sections, sources, quotes, provenance);
        }
    }
}
