package io.tearsheet.pdf.internal;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.pdf.Margins;
import io.tearsheet.pdf.PageSize;
import io.tearsheet.pdf.internal.font.FontProgram;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The options both PDF exporters share, validated and immutable.
 *
 * @param pageSize    the trimmed page size
 * @param margins     the margins
 * @param columns     1 or 2
 * @param twoSided    facing pages: mirrored margins, articles of a book start on a right-hand page
 * @param timestamp   the date written into the file, or null for {@code ExportTimestamp}'s choice
 * @param userFonts   fonts tried after the body face and before the fallback, in order
 * @param hyphenation whether to hyphenate
 * @param attachment  the exporter whose output is embedded as the article's source, or null to find the
 *                    JSON exporter with {@code ServiceLoader}
 */
public record PdfSettings(PageSize pageSize, Margins margins, int columns, boolean twoSided, Instant timestamp,
                          List<FontProgram> userFonts, boolean hyphenation, ArticleExporter attachment) {
    public PdfSettings {
        Objects.requireNonNull(pageSize, "pageSize must not be null");
        Objects.requireNonNull(margins, "margins must not be null");
        if (columns < 1 || columns > 2) {
            throw new IllegalArgumentException("columns must be 1 or 2, was " + columns);
        }
        userFonts = List.copyOf(userFonts);
        if (margins.inner() + margins.outer() > pageSize.width() - 72
                || margins.top() + margins.bottom() > pageSize.height() - 72) {
            throw new IllegalArgumentException("margins leave less than an inch for the text on a "
                    + pageSize.width() + " × " + pageSize.height() + " page");
        }
    }

    /** A stable description of every option that changes the output, for the file identifier. */
    public String fingerprint() {
        StringBuilder out = new StringBuilder();
        out.append(pageSize).append('|').append(margins).append('|').append(columns).append('|').append(twoSided)
                .append('|').append(hyphenation);
        for (FontProgram font : userFonts) {
            out.append('|').append(font.sha256());
        }
        return out.toString();
    }
}
