package io.tearsheet.epub.internal;

import io.tearsheet.model.Series;

/** How an article's place in its series reads: "Part 2 of 3 in ", "Part 2 in ", "From ". */
final class SeriesText {
    private SeriesText() {
    }

    /** The words before the series title. */
    static String position(Series series) {
        if (series.part() == null) {
            return "From the series ";
        }
        return "Part " + series.part() + (series.parts() == null ? "" : " of " + series.parts()) + " in the series ";
    }
}
