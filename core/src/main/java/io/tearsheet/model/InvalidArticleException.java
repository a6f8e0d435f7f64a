package io.tearsheet.model;

import io.tearsheet.TearsheetException;

/**
 * Thrown when a model value would break one of its invariants: a null where a value is required,
 * a duplicate id, a quote that points at a missing source, offsets outside their paragraph.
 * The message names the offending field, for example {@code "quotes[2] (q3): source 's9' does not exist"}.
 *
 * @since 0.1.0
 */
public final class InvalidArticleException extends TearsheetException {
    private static final long serialVersionUID = 1L;

    public InvalidArticleException(String message) {
        super(message);
    }
}
