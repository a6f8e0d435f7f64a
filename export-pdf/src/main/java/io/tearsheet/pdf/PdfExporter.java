package io.tearsheet.pdf;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;
import io.tearsheet.pdf.internal.PdfSettings;
import io.tearsheet.pdf.internal.render.ArticleRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes one article as a print-ready, archival PDF: tagged PDF/A-3a that also conforms to PDF/UA-1, with
 * justified, hyphenated serif text, the headline block across the columns, running heads and folios,
 * bookmarks, a "Sources quoted" list with the pages of each source's quotations, and the article's Tearsheet
 * JSON embedded as the file's associated source.
 *
 * <pre>{@code
 * PdfExporter exporter = PdfExporter.builder().pageSize(PageSize.A5).columns(2).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("article.pdf"))) {
 *     ExportReport report = exporter.export(article, out);
 *     report.warnings().forEach(System.err::println);   // e.g. characters drawn from the fallback font
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; the same article and options give the same bytes on every run, JVM, time zone
 * and locale. Defaults: A4, margins from {@link Margins#defaultFor}, two columns on pages as wide as A4 or US
 * Letter and one on narrower pages, one-sided, hyphenation on, the date from
 * {@link io.tearsheet.export.ExportTimestamp}, the JSON exporter found with {@link java.util.ServiceLoader}.
 *
 * @see <a href="https://www.iso.org/standard/57229.html">ISO 19005-3 (PDF/A-3)</a>
 * @see <a href="https://www.iso.org/standard/64599.html">ISO 14289-1 (PDF/UA-1)</a>
 * @since 0.1.0
 */
public final class PdfExporter implements ArticleExporter {
    private final PdfOptions options;
    private final PdfSettings settings;

    /** The default configuration, the same as {@code builder().build()}; for {@link java.util.ServiceLoader}. */
    public PdfExporter() {
        this(PdfOptions.DEFAULTS);
    }

    private PdfExporter(PdfOptions options) {
        this.options = options;
        this.settings = options.settings();
    }

    /** A builder with every option at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@link Format#PDF}. */
    @Override
    public Format format() {
        return Format.PDF;
    }

    /**
     * Writes {@code article} as PDF to {@code out}, which is flushed but not closed. Nothing is written when the
     * export fails.
     *
     * @return characters drawn from fallback fonts or as placeholders, and characters dropped
     * @throws io.tearsheet.export.ExportException when no attachment exporter is available
     */
    @Override
    public ExportReport export(Article article, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(out, "out must not be null");
        return ArticleRenderer.render(article, settings, out);
    }

    /**
     * Writes {@code article} as PDF with the pictures {@code images} finds for its figures: each is drawn across the
     * column (never enlarged past one point a pixel, never taller than three quarters of the text block), tagged as
     * a Figure with its description (else its caption) as /Alt and its bounding box, with the caption and credit
     * below. A picture used twice is embedded once. Figures without a picture keep their framed description, and the
     * report lists them, as it lists pictures a PDF/A cannot hold (CMYK JPEGs) or that cannot be decoded.
     *
     * @return the figures shown without their picture, characters drawn from fallback fonts or as placeholders,
     *         and characters dropped
     */
    @Override
    public ExportReport export(Article article, ImageResolver images, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(images, "images must not be null");
        Objects.requireNonNull(out, "out must not be null");
        return ArticleRenderer.render(article, settings, images, out);
    }

    /** The options as they were set, for {@link PdfOptionsBuilder#from}. */
    PdfOptions options() {
        return options;
    }

    /**
     * Configures a {@link PdfExporter}; every option has a default, and the options are those of
     * {@link PdfBookExporter.Builder}. Not thread-safe; the exporter it builds is.
     */
    public static final class Builder extends PdfOptionsBuilder<Builder> {
        private Builder() {
        }

        /**
         * @throws IllegalArgumentException when the margins leave no room for text
         */
        public PdfExporter build() {
            return new PdfExporter(options());
        }
    }
}
