package io.tearsheet.read;

import io.tearsheet.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one kind of input (plain text, HTML, Tearsheet JSON) into an {@link Article}. Readers are immutable,
 * configured through builders, and safe to share between threads.
 *
 * <p>Every reader either returns a complete, valid article or throws {@link ReadException}: never a half-built
 * article. What a reader drops or doubts is recorded in the article's {@link io.tearsheet.model.Provenance}.
 *
 * @since 0.1.0
 */
public interface ArticleReader {

    /** The media type this reader reads, for example {@code text/plain}. */
    String mediaType();

    /**
     * Reads an article from the input's bytes.
     *
     * @throws ReadException when the input is not an article this reader can read
     */
    Article read(byte[] input);

    /**
     * Reads an article from a file.
     *
     * @throws IOException   when the file cannot be read
     * @throws ReadException when its content is not an article this reader can read
     */
    default Article read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }
}
