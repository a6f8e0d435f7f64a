package io.tearsheet.html.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a series note: "First in a four-part series on harbour trades." gives title "harbour trades", part 1,
 * parts 4; "This story is part of The Night Shift, a series about work after dark." gives title "The Night Shift".
 */
public final class SeriesNotes {
    private static final String NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String ORDINAL = "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|last|final|\\d{1,2}(?:st|nd|rd|th))";
    private static final String THING = "(?:article|story|report|part|installment|instalment|piece|chapter|episode)s?";
    private static final String TOPIC = "(?:\\s+(?:on|about|examining|exploring|looking at|called|titled|into)\\s+|:\\s*)"
            + "[\"“‘']?(.{3,120}?)[\"”’']?";
    private static final Pattern ORDINAL_OF = Pattern.compile(
            "^(?:this is (?:the )?)?" + ORDINAL + "\\s+(?:" + THING + "\\s+)?(?:in|of)\\s+(?:a|an|our|the)?\\s*"
                    + "(?:" + NUMBER + "[- ](?:part|article|story)\\s+series|series of " + NUMBER + "(?:\\s+" + THING + ")?"
                    + "|series)(?:" + TOPIC + ")?\\s*[.!]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_OF_COUNT = Pattern.compile(
            "^(?:this is (?:the )?)?" + ORDINAL + "\\s+(?:" + THING + "\\s+)?of\\s+" + NUMBER + "(?:\\s+" + THING + ")?"
                    + "(?:" + TOPIC + ")?\\s*[.!]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OF = Pattern.compile(
            "^(?:this (?:article|story|report) is )?part\\s+" + NUMBER + "\\s+of\\s+(?:(?:a|an|our|the)\\s+)?" + NUMBER
                    + "(?:[- ]part)?(?:\\s+series)?(?:" + TOPIC + ")?\\s*[.!]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OF_NAMED = Pattern.compile(
            "^this (?:article|story|report|piece) is (?:part|one) of\\s+(?:(?:a|an|our|the)\\s+(?:ongoing\\s+)?series"
                    + TOPIC + "|[\"“]?(.{3,80}?)[\"”]?,\\s+(?:a|an|our)\\s+(?:ongoing\\s+)?series\\b.*?)\\s*[.!]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12));

    private SeriesNotes() {
    }

    /** The series a note describes, or empty when the text is not a series note. */
    public static Optional<Note> parse(String text) {
        String note = Texts.clean(text);
        if (note.length() > 300) {
            return Optional.empty();
        }
        Matcher m = ORDINAL_OF.matcher(note);
        if (m.matches()) {
            Integer parts = number(m.group(2) != null ? m.group(2) : m.group(3));
            Integer part = ordinal(m.group(1), parts);
            return series(m.group(4), part, parts);
        }
        m = ORDINAL_OF_COUNT.matcher(note);
        if (m.matches()) {
            Integer parts = number(m.group(2));
            return series(m.group(3), ordinal(m.group(1), parts), parts);
        }
        m = PART_OF.matcher(note);
        if (m.matches()) {
            return series(m.group(3), number(m.group(1)), number(m.group(2)));
        }
        m = PART_OF_NAMED.matcher(note);
        if (m.matches()) {
            return series(m.group(1) != null ? m.group(1) : m.group(2), null, null);
        }
        return Optional.empty();
    }

    private static Optional<Note> series(String title, Integer part, Integer parts) {
        if (part != null && parts != null && part > parts) {
            return Optional.empty();
        }
        String clean = title == null ? null : Texts.clean(title).replaceAll("[.!]+$", "");
        return Optional.of(new Note(clean == null || clean.isEmpty() ? null : clean, part, parts));
    }

    /**
     * What a series note says.
     *
     * @param title the series' title, or null when the note does not name it
     * @param part  this article's position, or null
     * @param parts how many parts the series has, or null
     */
    public record Note(String title, Integer part, Integer parts) {
    }

    private static Integer ordinal(String word, Integer parts) {
        String lower = Texts.lower(word);
        if (lower.equals("last") || lower.equals("final")) {
            return parts;
        }
        if (Character.isDigit(lower.charAt(0))) {
            return Integer.parseInt(lower.replaceAll("\\D", ""));
        }
        return WORDS.get(lower);
    }

    private static Integer number(String word) {
        if (word == null) {
            return null;
        }
        String lower = Texts.lower(word);
        return Character.isDigit(lower.charAt(0)) ? Integer.valueOf(Integer.parseInt(lower)) : WORDS.get(lower);
    }
}
