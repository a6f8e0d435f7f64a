package io.tearsheet.export;

import java.util.List;
import java.util.Objects;

/**
 * What an exporter had to change to write an article faithfully in its format, one sentence each: characters
 * that XML forbids and were dropped, glyphs drawn from a fallback font or as a placeholder, figures shown as a
 * description because their image was not found or could not be used ({@link FigureImages#notes()}). An empty
 * report means the output holds the article exactly.
 *
 * @param format   the format written
 * @param warnings what was changed, in the order it happened
 * @since 0.1.0
 */
public record ExportReport(Format format, List<String> warnings) {
    public ExportReport {
        Objects.requireNonNull(format, "format must not be null");
        warnings = List.copyOf(warnings);
    }

    /** A report with nothing to say. */
    public static ExportReport clean(Format format) {
        return new ExportReport(format, List.of());
    }

    public boolean isClean() {
        return warnings.isEmpty();
    }
}
