package io.tearsheet.epub.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the package document says about the publication; made with {@link #builder()}.
 *
 * @param identifier       the unique identifier ({@code dc:identifier}), cleaned and not blank
 * @param otherIdentifiers further identifiers (the article's own), possibly none
 * @param title            the title, cleaned and not blank
 * @param language         the BCP 47 language
 * @param creators         authors, in order
 * @param publisher        the publisher, or null
 * @param date             the publication date in W3CDTF form, or null
 * @param source           the address of the original, or null
 * @param rights           the rights statement, or null
 * @param description      a summary (the deck), or null
 * @param subject          a subject (the kicker), or null
 * @param seriesTitle      the series the publication belongs to, or null
 * @param seriesPosition   its part in the series, or null
 * @param modified         the modification time, {@code dcterms:modified}
 * @param hasFigures       whether it shows figures
 * @param figureState      which of their images are included, and whether all of those are described
 * @param summary          the accessibility summary
 * @param cover            whether the package has a cover image ({@link CoverImage})
 */
record PublicationMetadata(String identifier, List<String> otherIdentifiers, String title, String language,
                           List<String> creators, String publisher, String date, String source, String rights,
                           String description, String subject, String seriesTitle, Integer seriesPosition,
                           Instant modified, boolean hasFigures, Accessibility.FigureState figureState,
                           String summary, boolean cover) {
    PublicationMetadata {
        Objects.requireNonNull(identifier, "identifier must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(modified, "modified must not be null");
        Objects.requireNonNull(figureState, "figureState must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        otherIdentifiers = List.copyOf(otherIdentifiers);
        creators = List.copyOf(creators);
    }

    /**
     * A builder with nothing set: no other identifiers, no creators, no optional Dublin Core element, no series, no
     * figures and no cover. Identifier, title, language, modification time and summary must be given.
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PublicationMetadata}, one Dublin Core element or accessibility fact at a time. */
    static final class Builder {
        private String identifier;
        private List<String> otherIdentifiers = List.of();
        private String title;
        private String language;
        private List<String> creators = List.of();
        private String publisher;
        private String date;
        private String source;
        private String rights;
        private String description;
        private String subject;
        private String seriesTitle;
        private Integer seriesPosition;
        private Instant modified;
        private boolean hasFigures;
        private Accessibility.FigureState figureState = Accessibility.FigureState.TEXT_ONLY;
        private String summary;
        private boolean cover;

        private Builder() {
        }

        /** The unique identifier, and the publication's further identifiers (none by default). */
        Builder identifiers(String identifier, List<String> others) {
            this.identifier = identifier;
            this.otherIdentifiers = others;
            return this;
        }

        Builder title(String title) {
            this.title = title;
            return this;
        }

        Builder language(String language) {
            this.language = language;
            return this;
        }

        Builder creators(List<String> creators) {
            this.creators = creators;
            return this;
        }

        Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        /** The publication date in W3CDTF form, or null. */
        Builder date(String date) {
            this.date = date;
            return this;
        }

        /** The address of the original, or null. */
        Builder source(String source) {
            this.source = source;
            return this;
        }

        Builder rights(String rights) {
            this.rights = rights;
            return this;
        }

        /** A summary ({@code dc:description}), or null. */
        Builder description(String description) {
            this.description = description;
            return this;
        }

        /** A subject ({@code dc:subject}), or null. */
        Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** The series the publication belongs to and its position in it; either may be null. */
        Builder series(String title, Integer position) {
            this.seriesTitle = title;
            this.seriesPosition = position;
            return this;
        }

        Builder modified(Instant modified) {
            this.modified = modified;
            return this;
        }

        /** Whether the publication shows figures, and what became of their images. */
        Builder figures(boolean hasFigures, Accessibility.FigureState state) {
            this.hasFigures = hasFigures;
            this.figureState = state;
            return this;
        }

        /** The accessibility summary. */
        Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Whether the package has a cover image. */
        Builder cover(boolean cover) {
            this.cover = cover;
            return this;
        }

        PublicationMetadata build() {
            return new PublicationMetadata(identifier, otherIdentifiers, title, language, creators, publisher, date,
                    source, rights, description, subject, seriesTitle, seriesPosition, modified, hasFigures,
                    figureState, summary, cover);
        }
    }
}
