package io.tearsheet.batch;

import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;

import java.io.IOException;

/**
 * One article inside a container file (a page in a web archive), as an {@link ArticleContainer} lists it: where its
 * outputs go, how to fetch its original bytes and how to read it. Made into a batch input with
 * {@link BatchInput#contained(ContainedArticle)}. Implementations read nothing until asked, and must be safe to use
 * from several threads.
 *
 * @since 0.1.0
 */
public interface ContainedArticle {

    /**
     * How messages name the entry: the container file and the place in it, for example
     * {@code crawl.warc.gz@1234 (https://news.example/2024/03/harbour-clocks)}.
     */
    String displayName();

    /** The folder, relative to the output folder, that its outputs go to; empty for the top. */
    String folder();

    /** The outputs' base name, a safe file name unique among the entries of one listing. */
    String baseName();

    /** The file name its original bytes get in an archive bag, for example {@code 2024_03_harbour-clocks.warc.gz}. */
    String originalName();

    /**
     * The entry's original bytes, exactly as the container holds them (for a web archive: the record, as a WARC file
     * of its own).
     *
     * @throws IOException                     when the container cannot be read
     * @throws io.tearsheet.read.ReadException when the entry is damaged
     */
    byte[] original() throws IOException;

    /**
     * Reads the article from the bytes {@link #original()} returned.
     *
     * @throws io.tearsheet.read.NoArticleException when the entry holds no article (an index or error page)
     * @throws io.tearsheet.read.ReadException      when it cannot be read
     */
    Article read(byte[] original);

    /**
     * Reads the article from the container; the default fetches {@link #original()} and reads that.
     *
     * @throws IOException                          when the container cannot be read
     * @throws io.tearsheet.read.NoArticleException when the entry holds no article
     * @throws io.tearsheet.read.ReadException      when it is damaged or cannot be read
     */
    default Article read() throws IOException {
        return read(original());
    }

    /** Where the images of its figures are found (for a web archive: among the archive's own captures). */
    default ImageResolver images() {
        return ImageResolver.none();
    }
}
