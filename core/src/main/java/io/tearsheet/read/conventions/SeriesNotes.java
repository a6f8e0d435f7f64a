package io.tearsheet.read.conventions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note that places an article in a series: "First in a four-part series on river ferries.", "This is
 * the second of three articles on how grain moves across the plains.", "Part 2 of 5: Skies over the valley",
 * "Third of four parts", "This is the last in a series on the region's ageing infrastructure.", "This story is
 * part of The Night Shift, a series about work after dark." The title keeps the note's own words, without
 * quotation marks around it or a full stop after it.
 *
 * <pre>{@code
 * SeriesNotes.parse("Second of three articles on farming in the hill country.");
 * // SeriesNote[title=farming in the hill country, part=2, parts=3]
 * SeriesNotes.parse("Part 2 of 4");  // SeriesNote[title=null, part=2, parts=4]
 * }</pre>
 */
public final class SeriesNotes {
    /** Notes are short; a longer paragraph that opens like one is text. */
    private static final int MAX_LENGTH = 300;
    /** A title longer than both of these is the rest of a sentence, not a series' name. */
    private static final int MAX_TITLE_WORDS = 20;
    private static final int MAX_TITLE_CHARS = 120;

    private SeriesNotes() {
    }

    /**
     * What a series note says.
     *
     * @param title the series' title, or null when the note does not name it ("Part 2 of 4")
     * @param part  this article's position, from 1, or null when the note does not say
     * @param parts how many parts the series has, or null when the note does not say
     */
    public record SeriesNote(String title, Integer part, Integer parts) {
    }

    /**
     * The series a note describes, or empty when the text is not a series note. A note whose position lies beyond
     * its count ("Fifth of four articles") is no note.
     */
    public static Optional<SeriesNote> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String note = Text.clean(text);
        if (note.isEmpty() || note.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (Pattern pattern : Data.PATTERNS) {
            Matcher m = pattern.matcher(note);
            if (m.matches()) {
                return note(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<SeriesNote> note(Matcher m) {
        Integer parts = number(group(m, "count"));
        Integer part;
        String ordinal = group(m, "ordinal");
        if (ordinal != null) {
            String o = Text.lower(ordinal);
            part = o.equals("last") || o.equals("final") ? parts : number(o.replaceAll("(?<=\\d)(?:st|nd|rd|th)$", ""));
        } else {
            part = number(group(m, "part"));
        }
        if (part != null && part < 1 || parts != null && parts < 1 || part != null && parts != null && part > parts) {
            return Optional.empty();
        }
        String title = group(m, "title");
        if (title != null) {
            title = title(title);
            if (title.isEmpty() || Text.spacedWords(title) > MAX_TITLE_WORDS && title.length() > MAX_TITLE_CHARS) {
                return Optional.empty();
            }
        }
        return Optional.of(new SeriesNote(title, part, parts));
    }

    /** The title without the quotation marks around it and the full stop after it. */
    private static String title(String raw) {
        String title = raw.strip().replaceAll("[.!]+$", "").strip();
        if (title.length() >= 2 && "\"“‘'".indexOf(title.charAt(0)) >= 0
                && "\"”’'".indexOf(title.charAt(title.length() - 1)) >= 0) {
            title = title.substring(1, title.length() - 1).strip();
        }
        return title;
    }

    /** The value of the first group of this base name ("title", "title2", …) that took part in the match. */
    private static String group(Matcher m, String name) {
        for (String candidate : new String[] {name, name + "2", name + "3"}) {
            try {
                String value = m.group(candidate);
                if (value != null) {
                    return value;
                }
            } catch (IllegalArgumentException e) {
                // this pattern has no group of that name
            }
        }
        return null;
    }

    private static Integer number(String word) {
        if (word == null) {
            return null;
        }
        String w = Text.lower(word);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.valueOf(w);
        }
        return Data.NUMBERS.get(w);
    }

    /** The patterns, made from the word lists once, when a note is first read. */
    private static final class Data {
        static final Map<String, Integer> NUMBERS;
        static final List<Pattern> PATTERNS;

        static {
            Map<String, Integer> numbers = new HashMap<>();
            StringBuilder cardinals = new StringBuilder("\\d{1,2}");
            StringBuilder ordinals = new StringBuilder("last|final|\\d{1,2}(?:st|nd|rd|th)");
            for (String line : WordLists.lines("numbers.txt")) {
                String[] words = Text.SPACE_RUNS.split(line);
                numbers.put(words[1], Integer.valueOf(words[0]));
                numbers.put(words[2], Integer.valueOf(words[0]));
                cardinals.append('|').append(words[1]);
                ordinals.append('|').append(words[2]);
            }
            NUMBERS = Map.copyOf(numbers);
            String kind = "(?:" + String.join("|", WordLists.lines("series-kinds.txt")) + ")";
            String about = "(?:" + String.join("|", WordLists.lines("series-topics.txt")).replace(" ", "\\s+") + ")";
            String ord = "(?<ordinal>" + ordinals + ")";
            String lead = "^(?:this\\s+(?:is|was)\\s+)?(?:the\\s+)?";
            String end = "\\s*[.!]?$";
            String topic = "(?:\\s+" + about + "\\s+(?<title>.+?)|:\\s*(?<title2>.+?))";
            PATTERNS = List.of(
                    // First in a four-part series on …; the second in a series; third in a series of five reports
                    Pattern.compile(lead + ord + "(?:\\s+" + kind + ")?\\s+(?:in|of)\\s+(?:(?:a|an|the|our)\\s+)?"
                            + "(?:(?<count>" + cardinals + ")[- ](?:part|article|story)\\s+series"
                            + "|series\\s+of\\s+(?<count2>" + cardinals + ")(?:\\s+" + kind + ")?"
                            + "|series(?:\\s+of\\s+(?:articles|stories|reports))?)" + topic + "?" + end,
                            Pattern.CASE_INSENSITIVE),
                    // Second of three articles on …; second in three reports looking at …
                    Pattern.compile(lead + ord + "(?:\\s+" + kind + ")?\\s+(?:in|of)\\s+(?<count>" + cardinals + ")\\s+"
                            + kind + "(?:\\s+" + about + ")?\\s+(?<title>.+?)" + end, Pattern.CASE_INSENSITIVE),
                    // Third of four parts; the second of three: …
                    Pattern.compile(lead + ord + "(?:\\s+" + kind + ")?\\s+of\\s+(?<count>" + cardinals + ")(?:\\s+"
                            + kind + ")?" + topic + "?" + end, Pattern.CASE_INSENSITIVE),
                    // Part 2 of 5: …; Part two of four — …; part 1 of a 3-part series on …; Part 2 of 4
                    Pattern.compile("^(?:this\\s+(?:article|story|report)\\s+is\\s+)?part\\s+(?<part>" + cardinals
                            + ")\\s+of\\s+(?:(?:a|an|our|the)\\s+)?(?<count>" + cardinals + ")(?:[- ]part)?(?:\\s+series)?"
                            + "(?:\\s*[:.—–-]\\s*(?<title>.+?)|\\s+in\\s+a\\s+series\\s+" + about + "\\s+(?<title2>.+?)"
                            + "|\\s+" + about + "\\s+(?<title3>.+?))?" + end, Pattern.CASE_INSENSITIVE),
                    // (This article is) part of a (four-part) series on …
                    Pattern.compile("^(?:this\\s+(?:article|story)\\s+is\\s+)?part\\s+of\\s+(?:a|an|our)\\s+(?:(?<count>"
                            + cardinals + ")[- ]part\\s+)?series\\s+" + about + "\\s+(?<title>.+?)" + end,
                            Pattern.CASE_INSENSITIVE),
                    // This story is part of an ongoing series about …; … is one of The Night Shift, a series …
                    Pattern.compile("^this\\s+(?:article|story|report|piece)\\s+is\\s+(?:part|one)\\s+of\\s+(?:"
                            + "(?:a|an|our|the)\\s+(?:ongoing\\s+)?series" + topic
                            + "|[\"“]?(?<title3>.{3,80}?)[\"”]?,\\s+(?:a|an|our)\\s+(?:ongoing\\s+)?series\\b.*?)" + end,
                            Pattern.CASE_INSENSITIVE));
        }

        private Data() {
        }
    }
}
