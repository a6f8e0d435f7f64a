package io.tearsheet.read.internal;

import io.tearsheet.read.ReadException;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises decoded text for reading: NFC, one kind of line break, spaces for tabs and the non-breaking or
 * typographic spaces of scraped pages, and no invisible characters (soft hyphens, zero-width spaces, stray
 * byte-order marks), and a space between two dates a text dump ran together. Control characters are dropped and
 * counted; a text that is mostly control characters is refused as binary.
 */
public final class TextCleaner {
    /** More control characters than this share of the text means binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** A few stray control characters are tolerated in any text. */
    private static final int CONTROL_ALLOWANCE = 3;

    private TextCleaner() {
    }

    /** The cleaned text; what was changed is added to {@code notes}. */
    public static String clean(String decoded, List<String> notes) {
        String text = Normalizer.isNormalized(decoded, Normalizer.Form.NFC)
                ? decoded : Normalizer.normalize(decoded, Normalizer.Form.NFC);
        int unchanged = 0;
        int line = 1;
        while (unchanged < text.length() && keptAsIs(text.charAt(unchanged))) {
            if (text.charAt(unchanged) == '\n') {
                line++;
            }
            unchanged++;
        }
        if (unchanged == text.length() && !hasGluedYear(text)) {
            return text; // most texts: nothing to change, so no copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, unchanged);
        int controls = 0;
        int firstControl = -1;
        int spaces = 0;
        int invisible = 0;
        int firstControlLine = 0;
        for (int i = unchanged; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> {
                    out.append('\n');
                    line++;
                }
                case '\r' -> {
                    out.append('\n');
                    line++;
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u0085', '\u2028', '\u000B' -> {
                    out.append('\n');
                    line++;
                }
                case '\u2029', '\f' -> {
                    out.append("\n\n");
                    line++;
                }
                case '\t' -> out.append(' ');
                case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000', '\u1680' -> {
                    out.append(' ');
                    spaces++;
                }
                case '\u00AD', '\u200B', '\uFEFF', '\u2060' -> invisible++;
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        out.append(' ');
                        spaces++;
                    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
                        if (firstControl < 0) {
                            firstControl = i;
                            firstControlLine = line;
                        }
                        controls++;
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (controls > CONTROL_ALLOWANCE && controls > text.length() * MAX_CONTROL_SHARE) {
            throw new ReadException("input holds " + controls + " control characters (" + percent(controls, text.length())
                    + " of the text): binary data, not text", "character " + firstControl + ", line " + firstControlLine);
        }
        if (controls > 0) {
            notes.add("removed " + controls + " control character" + (controls == 1 ? "" : "s") + " (first on line "
                    + firstControlLine + ")");
        }
        if (spaces > 0) {
            notes.add("replaced " + spaces + " non-breaking or typographic space" + (spaces == 1 ? "" : "s")
                    + " with plain spaces");
        }
        if (invisible > 0) {
            notes.add("removed " + invisible + " invisible character" + (invisible == 1 ? "" : "s")
                    + " (soft hyphens, zero-width spaces, byte-order marks)");
        }
        return partGluedDates(out, notes);
    }

    /**
     * Whether {@link #clean} copies {@code c} as it is (a line break, printable ASCII, most letters, punctuation and
     * symbols); false for every character its cases change or drop, and for some it keeps, which then take the
     * copying path.
     */
    private static boolean keptAsIs(char c) {
        return c == '\n' || c >= ' ' && c < 0x7F || c > 0xA0 && c < 0x2000 && c != '\u00AD' && c != '\u1680'
                || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E || c >= 0x2061 && c < 0x3000
                || c > 0x3000 && c < 0xFEFF;
    }

    /** Whether {@link #partGluedDates} would part anything in {@code text}. */
    private static boolean hasGluedYear(String text) {
        for (int i = text.length() - GLUED_YEAR_MIN_LENGTH; i >= 0; i--) {
            if (gluedYearAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a year run into the next date opens a word at {@code i}. */
    private static boolean gluedYearAt(CharSequence text, int i) {
        // a quick look for a year opening a word before the expression is tried: this runs over every text read
        char c = text.charAt(i);
        boolean wordStart = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == ',';
        return (c == '1' || c == '2') && wordStart && YEAR_THEN_DATE.matcher(text)
                .region(i, Math.min(text.length(), i + GLUED_DATE_REACH)).lookingAt();
    }

    /**
     * The text with a space after a year that a text dump ran into the next date, as pages print a post's date and
     * its update side by side: "22. Dezember 201922. Dezember 2019", "August 2, 2019August 2, 2019".
     */
    private static String partGluedDates(StringBuilder text, List<String> notes) {
        int parted = 0;
        for (int i = text.length() - GLUED_YEAR_MIN_LENGTH; i >= 0; i--) {
            if (gluedYearAt(text, i)) {
                text.insert(i + 4, ' ');
                parted++;
            }
        }
        if (parted > 0) {
            notes.add("parted " + parted + " date" + (parted == 1 ? "" : "s")
                    + " run into the next (\"2019August 2\")");
        }
        return text.toString();
    }

    /** The shortest glued year and date ("20191. M"). */
    private static final int GLUED_YEAR_MIN_LENGTH = 8;
    /** How far past the year the next date's start is looked for. */
    private static final int GLUED_DATE_REACH = 24;

    /** A year, at a word's start, with a day and its full stop and a space, or a month and its day, right after it. */
    private static final Pattern YEAR_THEN_DATE = Pattern.compile(
            "(?:19|20)\\d{2}(?:[0-3]?\\d\\.\\s\\p{L}|\\p{Lu}\\p{Ll}+\\.? \\d)");

    private static String percent(int part, int whole) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / Math.max(1, whole));
    }
}
