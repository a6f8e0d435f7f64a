package io.tearsheet;

/**
 * Base of every exception Tearsheet throws on purpose: the message names the problem and,
 * where it has one, the place (a file, a line, a JSON Pointer, a quote id).
 *
 * <p>Subclasses say what went wrong: {@link io.tearsheet.model.InvalidArticleException} for a
 * model that breaks an invariant, {@link io.tearsheet.read.ReadException} for input that cannot be
 * read, {@link io.tearsheet.export.ExportException} for an article that a format cannot hold.
 *
 * @since 0.1.0
 */
public class TearsheetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TearsheetException(String message) {
        super(message);
    }

    public TearsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
