package io.tearsheet.model;

/**
 * The series an article belongs to: "First in a four-part series on harbour trades" gives
 * title "harbour trades", part 1, parts 4.
 *
 * @param title the series' title
 * @param part  this article's position, from 1, or null when unknown
 * @param parts how many parts the series has, or null when unknown
 * @since 0.1.0
 */
public record Series(String title, Integer part, Integer parts) {
    public Series {
        Checks.requiredText(title, "series.title");
        if (part != null && part < 1) {
            throw new InvalidArticleException("series.part must be at least 1, was " + part);
        }
        if (parts != null && parts < 1) {
            throw new InvalidArticleException("series.parts must be at least 1, was " + parts);
        }
        if (part != null && parts != null && part > parts) {
            throw new InvalidArticleException("series.part " + part + " is beyond series.parts " + parts);
        }
    }
}
