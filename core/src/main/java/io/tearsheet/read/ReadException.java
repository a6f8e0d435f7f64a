package io.tearsheet.read;

import io.tearsheet.TearsheetException;

/**
 * Thrown when input cannot be read as an article: it is binary, not valid in its encoding, too large,
 * malformed, or holds no article text. The message says what is wrong and, where it can, where
 * ({@link #location()}: a line number, a byte offset, a JSON Pointer). A reader that throws returns nothing:
 * there is never a half-built article.
 *
 * @since 0.1.0
 */
public class ReadException extends TearsheetException {
    private static final long serialVersionUID = 1L;

    private final String location;

    public ReadException(String message) {
        this(message, null, null);
    }

    public ReadException(String message, String location) {
        this(message, location, null);
    }

    public ReadException(String message, String location, Throwable cause) {
        super(location == null ? message : message + " (at " + location + ")", cause);
        this.location = location;
    }

    /** Where in the input the problem is, or null when it concerns the whole input. */
    public String location() {
        return location;
    }
}
