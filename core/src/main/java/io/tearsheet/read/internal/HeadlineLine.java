package io.tearsheet.read.internal;

import io.tearsheet.model.Removal;
import io.tearsheet.read.conventions.RemovalReason;

import java.util.List;
import java.util.Locale;

/**
 * The headline as the page prints it on its line: a heading a text browser wrapped is joined back into one line, and
 * what stands around the headline on that line goes (the sections of a breadcrumb trail before it, the site's name
 * after it on the page's title line).
 *
 * @param first the index of its first line among the lines read
 * @param last  the index of its last line (a wrapped heading's continuation)
 * @param text  the headline
 * @param cut   what went from around it, or null
 * @param kicker a kicker the page printed before it on its line ({@link KickerPrefix}), or null
 */
record HeadlineLine(int first, int last, String text, String cut, String kicker) {
    /**
     * A text browser wraps at about 80 columns, indent included: a line is wrapped when the next line's first word
     * would have taken it to this width.
     */
    private static final int WRAP_WIDTH = 70;
    /** A text browser prints at most this many characters of text on a line (80 columns less a margin). */
    private static final int MAX_WRAPPED_LINE = 80;

    /**
     * The headline of {@code unit}: its first line, and the lines after it while each one before reads as wrapped (a
     * line that does not end a sentence, to which the next line's first word would not have fitted).
     * {@code titleLine} says whether the unit stands where a page's title line does, so that a site's name after it
     * goes when the page prints that name elsewhere ({@code page}); a kicker before the title on its line goes to
     * {@link #kicker} when the page prints the title alone elsewhere.
     */
    static HeadlineLine of(List<Line> lines, PageUnit unit, boolean titleLine, List<Line> page) {
        int last = unit.first();
        StringBuilder joined = new StringBuilder(lines.get(last).text());
        while (last < unit.last() && isWrapped(lines.get(last).text(), lines.get(last + 1).text())) {
            last++;
            joined.append(' ').append(lines.get(last).text());
        }
        String text = joined.toString();
        String headline = Breadcrumbs.lastStep(text);
        if (headline == null) {
            headline = titleLine ? SiteNames.strip(text, (name, title) -> printedApart(page, name, title)) : text;
        }
        headline = withoutDateStamp(headline);
        String cut = null;
        if (!headline.equals(text)) {
            int at = text.indexOf(headline);
            cut = (text.substring(0, at) + " " + text.substring(at + headline.length())).strip();
        }
        KickerPrefix kicker = KickerPrefix.find(headline, page, lines.get(unit.first()).number(),
                lines.get(last).number());
        return kicker == null ? new HeadlineLine(unit.first(), last, headline, cut, null)
                : new HeadlineLine(unit.first(), last, kicker.title(), cut, kicker.kicker());
    }

    /** A date in digits, with a time perhaps: "23.01.2022", "2022-04-26 21:21:50", "12.02.2021, 14:05 Uhr". */
    private static final String DATE_STAMP = "(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}-\\d{2}-\\d{2})"
            + "(?:,?[ T]\\d{1,2}:\\d{2}(?::\\d{2})?(?: Uhr)?)?";
    private static final java.util.regex.Pattern LEADING_DATE = java.util.regex.Pattern.compile(
            "^" + DATE_STAMP + "\\s+[-–|]\\s+(?=\\S+\\s+\\S)");
    private static final java.util.regex.Pattern TRAILING_DATE = java.util.regex.Pattern.compile(
            "(?<=[^\\s,]\\s[^\\s,]{1,40})\\s+(?:[-–|]\\s+)?(?:" + DATE_STAMP + "|\\(" + DATE_STAMP + "\\))$");

    /**
     * The headline without a date stamp the page prints on its line: "23.01.2022 - Wierer darf noch jubeln", "Woman
     * attacks inspector 2022-04-26 21:21:50". The date is the article's, read elsewhere; the headline has words.
     */
    static String withoutDateStamp(String headline) {
        if (headline.isEmpty() || !Character.isDigit(headline.charAt(0))
                && !Character.isDigit(headline.charAt(headline.length() - 1))
                && headline.charAt(headline.length() - 1) != ')') {
            return headline;
        }
        String text = LEADING_DATE.matcher(headline).replaceFirst("");
        return TRAILING_DATE.matcher(text).replaceFirst("");
    }

    /**
     * Whether the lines need rewriting: a wrapped heading joined, something cut from around the headline, or a kicker
     * taken from before it.
     */
    boolean changes() {
        return last > first || cut != null || kicker != null;
    }

    /** The headline as one line, numbered as its first line was. */
    Line line(List<Line> lines) {
        return new Line(lines.get(first).number(), text, text);
    }

    /** What went from around the headline, as a removal from its first line; null when nothing went. */
    LineRemoval removal(List<Line> lines) {
        return cut == null ? null
                : new LineRemoval(lines.get(first).number(), new Removal(cut, RemovalReason.HEADER.label()));
    }

    private static boolean isWrapped(String line, String next) {
        if (line.length() > MAX_WRAPPED_LINE) {
            return false; // longer than a browser prints a line: a list item already joined, or a line of its own
        }
        int firstWord = next.indexOf(' ');
        if (line.length() + 1 + (firstWord < 0 ? next.length() : firstWord) < WRAP_WIDTH) {
            return false;
        }
        char end = line.charAt(line.length() - 1);
        return ".!?:|".indexOf(end) < 0;
    }

    /** Whether a line of the page holds {@code name} without {@code title}, whatever their case. */
    private static boolean printedApart(List<Line> page, String name, String title) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String besides = title.toLowerCase(Locale.ROOT);
        for (Line line : page) {
            String text = line.text().toLowerCase(Locale.ROOT);
            if (text.contains(wanted) && !text.contains(besides)) {
                return true;
            }
        }
        return false;
    }
}
