package io.tearsheet.export;

import io.tearsheet.model.Article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes one article in one format. Implementations are immutable, configured through their builders and
 * safe to share between threads; each call keeps its own state. Output is deterministic: the same article
 * and options give the same bytes.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}; the provider's public no-argument
 * constructor gives the default configuration, the same as {@code builder().build()}:
 *
 * <pre>{@code
 * for (ArticleExporter exporter : ServiceLoader.load(ArticleExporter.class)) {
 *     try (OutputStream out = Files.newOutputStream(dir.resolve("article." + exporter.format().extension()))) {
 *         exporter.export(article, out);
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ArticleExporter {

    /** The format this exporter writes. */
    Format format();

    /**
     * Writes {@code article} to {@code out}. The stream is flushed but not closed.
     *
     * @return what had to be changed to fit the format, if anything
     * @throws IOException     when writing fails
     * @throws ExportException when the article cannot be represented in this format
     */
    ExportReport export(Article article, OutputStream out) throws IOException;

    /**
     * Writes {@code article} to {@code out}, showing the images of its figures that {@code images} finds. Formats
     * that can hold pictures (EPUB, PDF) embed them and list the figures left without one in the report; the
     * default ignores {@code images} and is {@link #export(Article, OutputStream)}. With
     * {@link ImageResolver#none()}, or when no image is found, the output is the same as without images.
     *
     * @throws IOException     when writing fails
     * @throws ExportException when the article cannot be represented in this format
     * @since 0.1.0
     */
    default ExportReport export(Article article, ImageResolver images, OutputStream out) throws IOException {
        return export(article, out);
    }

    /** Writes {@code article} into memory; convenient for small articles and tests. */
    default byte[] toBytes(Article article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export(article, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
