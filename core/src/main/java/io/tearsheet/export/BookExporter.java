package io.tearsheet.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes many articles as one book in one format (an EPUB of a series, a printed volume). Like
 * {@link ArticleExporter}: immutable, thread-safe, deterministic, found with
 * {@link java.util.ServiceLoader}. Implementations should stream: a book's articles may be read
 * lazily, more than once, and need not all be in memory at the same time.
 *
 * @since 0.1.0
 */
public interface BookExporter {

    /** The format this exporter writes. */
    Format format();

    /**
     * Writes {@code book} to {@code out}. The stream is flushed but not closed.
     *
     * @return what had to be changed to fit the format, if anything
     * @throws IOException     when writing fails, or reading one of the book's articles fails
     * @throws ExportException when the book cannot be represented in this format
     */
    ExportReport export(Book book, OutputStream out) throws IOException;
}
