package io.tearsheet.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * What an article says about itself: headline, deck, kicker, bylines, dateline, dates, series and rights.
 * Wide, so it is built with {@link #builder()}:
 *
 * <pre>{@code
 * Metadata md = Metadata.builder()
 *         .headline("Tide Clocks Return to the Harbour")
 *         .deck("A forgotten trade finds new apprentices.")
 *         .kicker("WATERFRONT")
 *         .byline(Byline.of("Jane Doe"))
 *         .language("en")
 *         .build();
 * }</pre>
 *
 * @param headline     the article's title as printed on the page; never blank
 * @param alternativeHeadline another title the page gives the article in its metadata (the one written for search
 *                     engines or social sharing) when it differs from the printed one, or null
 * @param deck         the standfirst below the headline, or null
 * @param kicker       the section label above it ("HARBOUR TRADES"), or null
 * @param bylines      author credits, in order: people (and the organisations that sign as authors)
 * @param credits      other credits as printed, in order: news agencies ("Reuters", "AP") and contribution lines
 *                     ("Reporting by Ada Park; Editing by Ben Ruiz"); never authors
 * @param dateline     the place (and date) the story was filed from ("KELLFORD"), or null
 * @param publisher    who published it, or null
 * @param published    when it was first published, or null
 * @param modified     when it was last changed, or null
 * @param language     BCP 47 language tag ("en", "zh-Hant"), or null when unknown
 * @param series       the series it belongs to, or null
 * @param canonicalUrl the article's canonical address, an absolute URI, or null
 * @param rights       the copyright or licence statement, or null
 * @param identifiers  other identifiers (DOI, archive ids)
 * @since 0.1.0
 */
public record Metadata(String headline, String alternativeHeadline, String deck, String kicker, List<Byline> bylines,
                       List<String> credits, String dateline,
                       String publisher, ArticleDate published, ArticleDate modified, String language,
                       Series series, String canonicalUrl, String rights, List<Identifier> identifiers) {
    public Metadata {
        Checks.requiredText(headline, "metadata.headline");
        alternativeHeadline = Checks.optionalText(alternativeHeadline);
        if (headline.equals(alternativeHeadline)) {
            alternativeHeadline = null;
        }
        deck = Checks.optionalText(deck);
        kicker = Checks.optionalText(kicker);
        bylines = Checks.list(bylines, "metadata.bylines");
        credits = Checks.list(credits, "metadata.credits");
        for (String credit : credits) {
            Checks.requiredText(credit, "metadata.credits[]");
        }
        dateline = Checks.optionalText(dateline);
        publisher = Checks.optionalText(publisher);
        language = Checks.optionalText(language);
        if (language != null) {
            try {
                new Locale.Builder().setLanguageTag(language);
            } catch (IllformedLocaleException e) {
                throw new InvalidArticleException("metadata.language '" + language + "' is not a BCP 47 tag");
            }
        }
        canonicalUrl = Checks.optionalText(canonicalUrl);
        if (canonicalUrl != null) {
            try {
                if (!new URI(canonicalUrl).isAbsolute()) {
                    throw new InvalidArticleException("metadata.canonicalUrl '" + canonicalUrl + "' is not absolute");
                }
            } catch (URISyntaxException e) {
                throw new InvalidArticleException("metadata.canonicalUrl '" + canonicalUrl + "' is not a URI: "
                        + e.getReason());
            }
        }
        rights = Checks.optionalText(rights);
        identifiers = Checks.list(identifiers, "metadata.identifiers");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder().headline(headline).alternativeHeadline(alternativeHeadline).deck(deck).kicker(kicker)
                .bylines(bylines).credits(credits).dateline(dateline)
                .publisher(publisher).published(published).modified(modified).language(language).series(series)
                .canonicalUrl(canonicalUrl).rights(rights).identifiers(identifiers);
    }

    /**
     * Builds {@link Metadata}. Every field but the headline is optional; {@link #build()} validates.
     */
    public static final class Builder {
        private String headline;
        private String alternativeHeadline;
        private String deck;
        private String kicker;
        private final List<Byline> bylines = new ArrayList<>();
        private final List<String> credits = new ArrayList<>();
        private String dateline;
        private String publisher;
        private ArticleDate published;
        private ArticleDate modified;
        private String language;
        private Series series;
        private String canonicalUrl;
        private String rights;
        private final List<Identifier> identifiers = new ArrayList<>();

        private Builder() {
        }

        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        /** Another title the page gives in its metadata; ignored when it equals the headline. */
        public Builder alternativeHeadline(String alternativeHeadline) {
            this.alternativeHeadline = alternativeHeadline;
            return this;
        }

        public Builder deck(String deck) {
            this.deck = deck;
            return this;
        }

        public Builder kicker(String kicker) {
            this.kicker = kicker;
            return this;
        }

        /** Adds one author credit. */
        public Builder byline(Byline byline) {
            this.bylines.add(byline);
            return this;
        }

        /** Replaces the author credits. */
        public Builder bylines(List<Byline> bylines) {
            this.bylines.clear();
            this.bylines.addAll(bylines);
            return this;
        }

        /** Adds one credit that is not an author: an agency or a contribution line. */
        public Builder credit(String credit) {
            this.credits.add(credit);
            return this;
        }

        /** Replaces the credits. */
        public Builder credits(List<String> credits) {
            this.credits.clear();
            this.credits.addAll(credits);
            return this;
        }

        public Builder dateline(String dateline) {
            this.dateline = dateline;
            return this;
        }

        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        public Builder published(ArticleDate published) {
            this.published = published;
            return this;
        }

        public Builder modified(ArticleDate modified) {
            this.modified = modified;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder series(Series series) {
            this.series = series;
            return this;
        }

        public Builder canonicalUrl(String canonicalUrl) {
            this.canonicalUrl = canonicalUrl;
            return this;
        }

        public Builder rights(String rights) {
            this.rights = rights;
            return this;
        }

        /** Adds one identifier. */
        public Builder identifier(Identifier identifier) {
            this.identifiers.add(identifier);
            return this;
        }

        /** Replaces the identifiers. */
        public Builder identifiers(List<Identifier> identifiers) {
            this.identifiers.clear();
            this.identifiers.addAll(identifiers);
            return this;
        }

        /**
         * @throws InvalidArticleException when the headline is missing or a value is malformed
         */
        public Metadata build() {
            return new Metadata(headline, alternativeHeadline, deck, kicker, bylines, credits, dateline, publisher,
                    published, modified, language,
                    series, canonicalUrl, rights, identifiers);
        }
    }
}
