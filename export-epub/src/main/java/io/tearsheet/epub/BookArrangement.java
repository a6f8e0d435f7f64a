package io.tearsheet.epub;

/**
 * How a book's articles are ordered and its table of contents grouped. The reading order always follows the table
 * of contents, so a reader paging through the book meets the articles in the order the contents list them.
 *
 * @since 0.1.0
 */
public enum BookArrangement {
    /** The articles in the order the book gives them, under one flat table of contents. */
    AS_GIVEN,

    /**
     * The default: articles of the same series are gathered under the series' title, where its first article
     * stands, in part order (then by date); articles outside any series keep their place. A book of unrelated
     * articles stays as given.
     */
    BY_SERIES,

    /** Oldest first (undated articles last, in the order given), grouped by month of publication. */
    BY_DATE
}
