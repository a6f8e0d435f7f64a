package io.tearsheet.pdf;

import io.tearsheet.export.Book;
import io.tearsheet.export.BookExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.pdf.internal.PdfSettings;
import io.tearsheet.pdf.internal.render.BookRenderer;

import java.io.IOException;
import java.io.OutputStream;
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
 * (twice: for the contents, then for the text), and the file is written as the book is made: pages as they fill,
 * each article's structure once it is set, fonts (subset across the book) at the end. A book of 10,000 articles
 * is made in a 256 MB heap. The file is built in a temporary file and copied to {@code out} once complete. Immutable and thread-safe;
 * deterministic like {@link PdfExporter}. The options and their defaults are {@link PdfExporter}'s (the date is
 * {@code SOURCE_DATE_EPOCH}, else the latest article date); {@link #of(PdfExporter)} takes them from one.
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
        this(PdfOptions.DEFAULTS);
    }

    private PdfBookExporter(PdfOptions options) {
        this.settings = options.settings();
    }

    /** A builder with every option at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A book exporter with every option of {@code exporter}: the articles of the book set as that exporter sets a
     * single article. The same as {@code builder().from(exporter).build()}.
     */
    public static PdfBookExporter of(PdfExporter exporter) {
        return builder().from(exporter).build();
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

    /**
     * Configures a {@link PdfBookExporter}; every option has a default, and the options are those of
     * {@link PdfExporter.Builder}: {@link #from(PdfExporter)} takes them all from an article exporter. Not
     * thread-safe; the exporter it builds is.
     */
    public static final class Builder extends PdfOptionsBuilder<Builder> {
        private Builder() {
        }

        /**
         * @throws IllegalArgumentException when the margins leave no room for text
         */
        public PdfBookExporter build() {
            return new PdfBookExporter(options());
        }
    }
}
