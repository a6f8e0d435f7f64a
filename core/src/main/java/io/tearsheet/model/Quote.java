package io.tearsheet.model;

/**
 * A quotation and who said it.
 *
 * <p>The location is the paragraph's index in {@link Article#paragraphs()} and a half-open range
 * {@code [start, end)} in that paragraph's plain text, counted in Unicode code points (so Python's
 * {@code text[start:end]} gives the same words as Java's {@code codePoints()}); {@link #text()} is exactly
 * those characters. When the paragraph marks the words with a {@link QuoteSpan}, the span covers
 * the same range. The quotation marks are never part of the range.
 *
 * @param id        unique within the article, for example {@code q1}
 * @param sourceId  the {@link Source#id()} of the speaker, or null when nobody can be named (scare quotes,
 *                  or a quotation the reader was unsure of)
 * @param kind      direct, partial, indirect or scare
 * @param cue       the verb that attributes it ("said", "told", "commented", "according to"), or null
 * @param text      the quoted words, without quotation marks
 * @param paragraph the index of the paragraph, from zero, in reading order across the whole article
 * @param start     the first code point of the words in the paragraph's plain text
 * @param end       one past the last code point
 * @since 0.1.0
 */
public record Quote(String id, String sourceId, QuoteKind kind, String cue, String text,
                    int paragraph, int start, int end) {
    public Quote {
        Checks.requiredText(id, "quote.id");
        sourceId = Checks.optionalText(sourceId);
        Checks.required(kind, "quote " + id + ": kind");
        cue = Checks.optionalText(cue);
        Checks.required(text, "quote " + id + ": text");
        if (paragraph < 0) {
            throw new InvalidArticleException("quote " + id + ": paragraph must not be negative, was " + paragraph);
        }
        if (start < 0 || end < start) {
            throw new InvalidArticleException("quote " + id + ": offsets must satisfy 0 <= start <= end, were "
                    + start + ".." + end);
        }
    }

    /** Whether a speaker is named. */
    public boolean isAttributed() {
        return sourceId != null;
    }
}
