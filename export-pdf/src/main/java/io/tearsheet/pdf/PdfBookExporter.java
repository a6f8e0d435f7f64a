package io.tearsheet.pdf;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.Book;
import io.tearsheet.export.BookExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.pdf.internal.PdfSettings;
import io.tearsheet.pdf.internal.render.BookRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes many articles as one printed volume: a title page, the contents with page numbers, then every article
 * from a new page (a right-hand page when two-sided), each with its bookmark, running heads, "Sources quoted"
 * and its Tearsheet JSON embedded. The same archival profile as {@link PdfExporter}: PDF/A-3a and PDF/UA-1.
 *
 * <pre>{@code
 * Book book = Book.builder().title("The City's Waterways").articles(articles).build();
 * PdfBookExporter.builder().pageSize(PageSize.TRADE_6X9).twoSided(true).build().export(book, out);
 * }</pre>
 *
 * <p>Memory stays bounded: articles are read one at a time from the book's {@link io.tearsheet.export.ArticleSource}
 * (twice: for the contents, then for the text), pages are written out as they fill, and the document's streams
 * live in a temporary file until the finished file is copied to {@code out}. Immutable and thread-safe;
 * deterministic like {@link PdfExporter}. Defaults as for {@link PdfExporter}; the date is
 * {@code SOURCE_DATE_EPOCH}, else the latest article date.
 *
 * <p>Each article's figures show the pictures its {@link io.tearsheet.export.ArticleSource#images(int)} finds, as
 * {@link PdfExporter#export(io.tearsheet.model.Article, io.tearsheet.export.ImageResolver, OutputStream)} draws
 * them; a picture used in several articles is embedded once, and the report lists by article number the figures
 * shown without theirs.
 *
 * @since 0.1.0
 */
public final class PdfBookExporter implements BookExporter {
    private final PdfSettings settings;

    /** The default configuration, the same as {@code builder().build()}; for {@link java.util.ServiceLoader}. */
    public PdfBookExporter() {
        this(new PdfOptions().settings());
    }

    private PdfBookExporter(PdfSettings settings) {
        this.settings = settings;
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
     * Writes {@code book} as PDF to {@code out}, which is flushed but not closed; nothing is written when the
     * export fails.
     *
     * @throws IOException when reading an article or writing fails
     * @throws io.tearsheet.export.ExportException when no attachment exporter is available
     */
    @Override
    public ExportReport export(Book book, OutputStream out) throws IOException {
        Objects.requireNonNull(book, "book must not be null");
        Objects.requireNonNull(out, "out must not be null");
        return BookRenderer.render(book, settings, out);
    }

    /** Configures a {@link PdfBookExporter}; the same options as {@link PdfExporter.Builder}. */
    public static final class Builder {
        private final PdfOptions options = new PdfOptions();

        private Builder() {
        }

        /** The page size; default {@link PageSize#A4}. */
        public Builder pageSize(PageSize pageSize) {
            options.pageSize(pageSize);
            return this;
        }

        /** The margins; default {@link Margins#defaultFor} the page size. */
        public Builder margins(Margins margins) {
            options.margins(margins);
            return this;
        }

        /** One or two columns; default: two on pages as wide as A4 or US Letter, one on narrower pages. */
        public Builder columns(int columns) {
            options.columns(columns);
            return this;
        }

        /** Facing pages: mirrored margins, every article opening on a right-hand page; default false. */
        public Builder twoSided(boolean twoSided) {
            options.twoSided = twoSided;
            return this;
        }

        /** The date written into the file; default SOURCE_DATE_EPOCH, else the latest article date. */
        public Builder timestamp(Instant timestamp) {
            options.timestamp(timestamp);
            return this;
        }

        /** Registers a font tried before the built-in fallback; see {@link PdfExporter.Builder#font(Path)}. */
        public Builder font(Path file) {
            options.font(file);
            return this;
        }

        /** Registers a font from its bytes. */
        public Builder font(String name, byte[] bytes) {
            options.font(name, bytes);
            return this;
        }

        /** Whether to hyphenate; default true. */
        public Builder hyphenation(boolean hyphenation) {
            options.hyphenation = hyphenation;
            return this;
        }

        /** The exporter whose output is embedded for each article; default the ServiceLoader JSON exporter. */
        public Builder attachment(ArticleExporter exporter) {
            options.attachment(exporter);
            return this;
        }

        /**
         * @throws IllegalArgumentException when the margins leave no room for text
         */
        public PdfBookExporter build() {
            return new PdfBookExporter(options.settings());
        }
    }
}
