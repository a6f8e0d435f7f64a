package io.tearsheet.export;

import io.tearsheet.TearsheetException;

/**
 * Thrown when an article cannot be written in a format: it is too large for the format's limits,
 * or an exporter option rules it out. I/O failures stay {@link java.io.IOException}s.
 *
 * @since 0.1.0
 */
public final class ExportException extends TearsheetException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
