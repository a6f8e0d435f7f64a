package io.tearsheet.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes content to a stream that {@link AtomicFiles} provides and later moves into place.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface OutputWriter {
    void writeTo(OutputStream out) throws IOException;
}
