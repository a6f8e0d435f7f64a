package io.tearsheet.pdf;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.pdf.internal.PdfSettings;
import io.tearsheet.pdf.internal.font.FontProgram;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The options both PDF exporters take, as they were set: margins and columns stay null until {@link #settings()}
 * chooses them for the page size, so that a builder that starts from an exporter's options and changes the page
 * size gets the margins and columns of the new size. Immutable. Package-private: users set options through
 * {@link PdfOptionsBuilder}.
 *
 * @param pageSize    the page size
 * @param margins     the margins, or null for {@link Margins#defaultFor} the page size
 * @param columns     1 or 2, or null for {@link #columnsFor} the page size
 * @param twoSided    facing pages
 * @param timestamp   the date written into the file, or null for {@code ExportTimestamp}'s choice
 * @param fonts       fonts tried before the built-in fallback, in order
 * @param hyphenation whether to hyphenate
 * @param attachment  the exporter of the embedded source, or null for the {@code ServiceLoader} JSON exporter
 */
record PdfOptions(PageSize pageSize, Margins margins, Integer columns, boolean twoSided, Instant timestamp,
                  List<FontProgram> fonts, boolean hyphenation, ArticleExporter attachment) {
    /** The widest text block, in points, still set in one column by default. */
    static final float ONE_COLUMN_MAX = 360;
    /** Every option at its default. */
    static final PdfOptions DEFAULTS = new PdfOptions(PageSize.A4, null, null, false, null, List.of(), true, null);

    PdfOptions {
        Objects.requireNonNull(pageSize, "pageSize must not be null");
        fonts = List.copyOf(fonts);
    }

    /**
     * The settings the exporters run with: margins and columns chosen for the page size where unset.
     *
     * @throws IllegalArgumentException when the margins leave no room for text
     */
    PdfSettings settings() {
        Margins effective = margins != null ? margins : Margins.defaultFor(pageSize);
        return new PdfSettings(pageSize, effective, columns != null ? columns : columnsFor(pageSize, effective),
                twoSided, timestamp, fonts, hyphenation, attachment);
    }

    /**
     * Two columns when one would run past about 75 characters a line (a text block wider than {@value #ONE_COLUMN_MAX}
     * points, as on A4 and US Letter); one column on narrower pages (A5, 6×9 in).
     */
    static int columnsFor(PageSize size, Margins margins) {
        return size.width() - margins.inner() - margins.outer() > ONE_COLUMN_MAX ? 2 : 1;
    }
}
