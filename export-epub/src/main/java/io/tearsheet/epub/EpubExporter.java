package io.tearsheet.epub;

import io.tearsheet.epub.internal.ArticleEpubWriter;
import io.tearsheet.epub.internal.ResolvedOptions;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.ExportTimestamp;
import io.tearsheet.export.Format;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes one article as an EPUB 3.3 ebook. The EPUB holds a generated cover (an SVG image of the title) and title
 * page, the article as semantic XHTML
 * (kicker, headline, deck, byline, dateline, sections, figures, quotations marked with their ids and speakers),
 * a "Sources quoted" page that lists every source with its quotations, linked both ways from the text (pop-up
 * notes in reading systems that show them), a navigation document, an EPUB 2 NCX, a stylesheet and a package
 * document with Dublin Core and EPUB Accessibility 1.1 metadata.
 *
 * <pre>{@code
 * EpubExporter exporter = EpubExporter.builder()
 *         .style(EpubStyle.CLASSIC)
 *         .sourcesPage(true)
 *         .build();
 * AtomicFiles.writeWithChecksum(dir.resolve("article.epub"), out -> exporter.export(article, out));
 * }</pre>
 *
 * <p>The output is deterministic: the same article and options give the same bytes, whatever the JVM, its time
 * zone or its locale. The identifier is a name-based UUID of the article's canonical URL (or, without one, of its
 * content), never random; the modification time is the one given to the builder, else
 * {@link ExportTimestamp#of(Article)}. The model holds only the addresses of images: given an {@link ImageResolver}
 * ({@link #export(Article, ImageResolver, OutputStream)}), the pictures it finds are embedded; any other figure shows
 * its description, caption and credit and says that the image is not included. No remote resource is referenced. Characters XML 1.0 forbids are dropped and listed in the returned
 * {@link ExportReport}, as are links that had to become plain text.
 *
 * <p>Instances are immutable and thread-safe. The public constructor gives the defaults, the same as
 * {@code builder().build()}, for {@link java.util.ServiceLoader}.
 *
 * @see <a href="https://www.w3.org/TR/epub-33/">EPUB 3.3</a>
 * @since 0.1.0
 */
public final class EpubExporter implements ArticleExporter {
    private final EpubOptions options;
    private final ResolvedOptions resolved;

    /** An exporter with the default options; the same as {@code builder().build()}. */
    public EpubExporter() {
        this(builder());
    }

    private EpubExporter(Builder builder) {
        this.options = builder.epubOptions();
        this.resolved = options.resolve();
    }

    /**
     * A builder with the defaults of {@link EpubOptions#defaults()}: {@link EpubStyle#CLASSIC}, cover, title page
     * and sources page on.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The options this exporter writes with, for a {@link EpubBookExporter} that should write the same way. */
    public EpubOptions options() {
        return options;
    }

    /** {@link Format#EPUB}. */
    @Override
    public Format format() {
        return Format.EPUB;
    }

    /**
     * Writes {@code article} as an EPUB to {@code out}, which is flushed but not closed. When writing fails
     * part-way, {@code out} holds a partial file: write through {@link io.tearsheet.io.AtomicFiles} to never leave
     * one behind.
     *
     * @return the characters dropped and the links kept as text, if any
     * @throws IOException     when writing fails
     * @throws ExportException when {@code SOURCE_DATE_EPOCH} is set but malformed (and no time was given to the
     *                         builder); never because of the article
     */
    @Override
    public ExportReport export(Article article, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(out, "out must not be null");
        return new ArticleEpubWriter(resolved).write(article, out);
    }

    /**
     * Writes {@code article} as an EPUB with the images {@code images} finds for its figures: each distinct picture
     * is embedded once as {@code images/figure-N.jpg} (or {@code .png}, {@code .gif}), shown in its figure with its
     * description (else its caption) as alternative text and sized to the column. Figures without an image keep
     * their text description and are listed in the report.
     *
     * @return the characters dropped, the links kept as text and the figures shown without their image, if any
     * @throws IOException     when writing fails
     * @throws ExportException when {@code SOURCE_DATE_EPOCH} is set but malformed
     */
    @Override
    public ExportReport export(Article article, ImageResolver images, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(images, "images must not be null");
        Objects.requireNonNull(out, "out must not be null");
        return new ArticleEpubWriter(resolved).write(article, images, out);
    }

    /**
     * Configures an {@link EpubExporter} with the {@linkplain EpubOptions.Builder settings every EPUB exporter has}.
     * Not thread-safe; {@link #build()} copies the settings, so one builder can make several exporters.
     */
    public static final class Builder extends EpubOptions.Builder<Builder> {
        private Builder() {
        }

        /** An exporter with the settings made so far. */
        public EpubExporter build() {
            return new EpubExporter(this);
        }
    }
}
