package io.tearsheet.export;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Byline;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words every exporter prints around an article's own text, decided once so that an EPUB and a PDF of the same
 * article say the same thing: dates, author lists, an article's place in its series and the labels of sections
 * that carry no title of their own.
 *
 * <p>Dates are spelled with English month names written here rather than taken from the JVM's locale data, which
 * changes between releases: the same article gives the same words on every machine.
 *
 * <pre>{@code
 * DisplayText.date(article.metadata().published());         // "4 March 2025"
 * DisplayText.names(List.of("Ada Park", "Ben Ruiz", "Cy Lo")); // "Ada Park, Ben Ruiz and Cy Lo"
 * DisplayText.seriesPosition(new Series("Harbour Lights", 2, 3)); // "Part 2 of 3 in the series "
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DisplayText {
    /** What an article, a book or a heading without a usable title is called. */
    public static final String UNTITLED = "Untitled";
    /** The word before the authors of a byline. */
    public static final String BY = "By ";

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private DisplayText() {
    }

    /** "4 March 2025": the calendar day in the offset the article gave. */
    public static String date(ArticleDate date) {
        LocalDate day = date.date();
        return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }

    /** "March 2025", for grouping a book's contents by month. */
    public static String month(LocalDate day) {
        return MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }

    /** "A", "A and B", "A, B and C"; empty for no names. */
    public static String names(List<String> names) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                joined.append(separator(i, names.size()));
            }
            joined.append(names.get(i));
        }
        return joined.toString();
    }

    /** The bylines' names joined as {@link #names(List)} joins them, without their roles. */
    public static String bylineNames(List<Byline> bylines) {
        List<String> names = new ArrayList<>(bylines.size());
        for (Byline byline : bylines) {
            names.add(byline.name());
        }
        return names(names);
    }

    /**
     * What stands before the {@code index}-th of {@code count} names ({@code index} from 1): ", " between names,
     * " and " before the last.
     */
    public static String separator(int index, int count) {
        return index == count - 1 ? " and " : ", ";
    }

    /**
     * The words before a series' title that say where the article stands in it: "Part 2 of 3 in the series ",
     * "Part 2 in the series ", or "From the series " when the part is unknown.
     */
    public static String seriesPosition(Series series) {
        if (series.part() == null) {
            return "From the series ";
        }
        return partLabel(series) + " in the series ";
    }

    /** "Part 2 of 3", or "Part 2" when the number of parts is unknown; a series without a part number has none. */
    public static Optional<String> part(Series series) {
        return series.part() == null ? Optional.empty() : Optional.of(partLabel(series));
    }

    private static String partLabel(Series series) {
        return "Part " + series.part() + (series.parts() == null ? "" : " of " + series.parts());
    }

    /**
     * The heading a section of this kind is shown under when it has no title of its own: "Editor’s note",
     * "Correction", "Update", "About the author"; none for the body, sidebars and series notes, whose kind shows
     * in their layout.
     */
    public static Optional<String> sectionLabel(SectionKind kind) {
        return Optional.ofNullable(switch (kind) {
            case EDITORS_NOTE -> "Editor’s note";
            case CORRECTION -> "Correction";
            case UPDATE -> "Update";
            case AUTHOR_NOTE -> "About the author";
            case BODY, SIDEBAR, SERIES_NOTE -> null;
        });
    }
}
