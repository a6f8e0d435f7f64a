package io.tearsheet.quotes;

import io.tearsheet.model.Article;
import io.tearsheet.quotes.internal.AttributionPass;

import java.util.Objects;

/**
 * Finds the quotations of an article and who said them, working on the model alone, so that every reader (plain
 * text, HTML, any future one) gets the same attribution.
 *
 * <pre>{@code
 * Article attributed = QuoteAttributor.create().attribute(article);
 * QuoteAttributor strict = QuoteAttributor.builder().maxNestingDepth(3).indirectSpeech(false).build();
 * }</pre>
 *
 * <p>Given an article whose paragraphs hold no quotation spans (they may hold emphasis, strong, links and
 * editorial insertions), {@link #attribute(Article)} returns the article with:
 * <ul>
 *   <li>square-bracketed words inside quotations made {@link io.tearsheet.model.EditorialInsertion}s (the
 *       editor's words, "[to the union]");</li>
 *   <li>a {@link io.tearsheet.model.QuoteSpan} around the words of each quotation (the marks stay outside), and
 *       a {@link io.tearsheet.model.Quote} for each, numbered {@code q1, q2, …} in reading order, with its
 *       paragraph and code-point offsets as {@link io.tearsheet.model.SpanLocation#locate} gives them. A
 *       quotation that would cross an emphasis or link boundary keeps its quote but no span (noted);</li>
 *   <li>reported speech of groups, organisations, publications and documents ("harbour pilots say …",
 *       "according to county records") as quotes of kind {@code INDIRECT}, without spans;</li>
 *   <li>one {@link io.tearsheet.model.Source} per speaker ({@code s1, s2, …} in order of first quotation), with
 *       the fullest name the article uses, its other names as aliases ("Mr. Varga"), what the article says it is
 *       as description ("family-owned Kellford newspaper") and its kind.</li>
 * </ul>
 *
 * <p>The rules are small, named and explainable (see the {@code io.tearsheet.quotes.internal} package): cue verbs
 * before or after a quotation ("“Q,” X said", "said X", "X told Y: “Q”", "according to X", "…, saying “Q”"),
 * relayed speech ("Hill said Sondland told her: “Q”" is Sondland's), continuation of the same speaker within a
 * paragraph and into the next one, quotations that run over several paragraphs, names shortened with a title
 * ("Mr. Varga") for the full name given earlier or later, "he said" for the one clearly most salient person of that
 * gender, "it said" for an organisation, definite descriptions for the one entity in reach that fits ("the
 * production company", "the coach", "the 56-year-old", "the paper"), "the statement said" for whoever made the
 * statement, and naming verbs for scare quotes ("what they call “…”"). News agencies are never people. Precision
 * comes before recall: a quotation whose speaker is not clear stays unattributed, and the reason is noted in the
 * article's provenance.
 *
 * <p>Immutable and safe to share between threads; every call works on its own state. Linear in the size of the
 * article for ordinary text.
 *
 * @since 0.1.0
 */
public final class QuoteAttributor {
    /** The default limit on quotation nesting; deeper marks stay text. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 4;
    /** The default longest unattributed quotation inside a sentence that is taken for a scare quote. */
    public static final int DEFAULT_SCARE_QUOTE_MAX_WORDS = 8;

    private final int maxNestingDepth;
    private final int scareQuoteMaxWords;
    private final boolean editorialInsertions;
    private final boolean indirectSpeech;

    private QuoteAttributor(Builder builder) {
        this.maxNestingDepth = builder.maxNestingDepth;
        this.scareQuoteMaxWords = builder.scareQuoteMaxWords;
        this.editorialInsertions = builder.editorialInsertions;
        this.indirectSpeech = builder.indirectSpeech;
    }

    /** An attributor with the defaults. */
    public static QuoteAttributor create() {
        return builder().build();
    }

    /** A builder with every option at its default; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The article with its quotations, speakers and editorial insertions marked.
     *
     * @throws IllegalArgumentException when the article already has quotes or quotation spans
     */
    public Article attribute(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        return new AttributionPass(maxNestingDepth, scareQuoteMaxWords, editorialInsertions, indirectSpeech)
                .run(article);
    }

    /** Configures a {@link QuoteAttributor}; every option has a default. */
    public static final class Builder {
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int scareQuoteMaxWords = DEFAULT_SCARE_QUOTE_MAX_WORDS;
        private boolean editorialInsertions = true;
        private boolean indirectSpeech = true;

        private Builder() {
        }

        /**
         * How deep quotations may nest (default {@value #DEFAULT_MAX_NESTING_DEPTH}); marks nested deeper are left as
         * text and noted, so that pathological input costs no more than ordinary input.
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            if (maxNestingDepth < 1) {
                throw new IllegalArgumentException("maxNestingDepth must be at least 1, was " + maxNestingDepth);
            }
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /**
         * The longest quotation inside the writer's sentence, with nobody named as saying it, that is taken for
         * a scare quote (default {@value #DEFAULT_SCARE_QUOTE_MAX_WORDS} words); longer ones are unattributed partial
         * quotations.
         */
        public Builder scareQuoteMaxWords(int scareQuoteMaxWords) {
            if (scareQuoteMaxWords < 1) {
                throw new IllegalArgumentException("scareQuoteMaxWords must be at least 1, was " + scareQuoteMaxWords);
            }
            this.scareQuoteMaxWords = scareQuoteMaxWords;
            return this;
        }

        /** Whether bracketed words inside quotations become editorial insertions (default true). */
        public Builder editorialInsertions(boolean editorialInsertions) {
            this.editorialInsertions = editorialInsertions;
            return this;
        }

        /** Whether reported speech of groups and documents becomes {@code INDIRECT} quotes (default true). */
        public Builder indirectSpeech(boolean indirectSpeech) {
            this.indirectSpeech = indirectSpeech;
            return this;
        }

        /** An attributor with the options set so far; the builder may be used again. */
        public QuoteAttributor build() {
            return new QuoteAttributor(this);
        }
    }
}
