package io.tearsheet.epub.internal;

import java.time.Instant;
import java.util.List;

/**
 * What the package document says about the publication.
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
        otherIdentifiers = List.copyOf(otherIdentifiers);
        creators = List.copyOf(creators);
    }
}
