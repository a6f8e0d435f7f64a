package io.tearsheet.read.internal;

import io.tearsheet.model.InvalidArticleException;
import io.tearsheet.model.Series;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note that places the article in a series: "First in a four-part series on Sino-Soviet relations.",
 * "Second of three articles on farming in the hill country.", "Part 2 of 5: Skies over the valley",
 * "This is the last in a series on the region's ageing infrastructure." The title keeps the note's own words.
 */
public final class SeriesNoteParser {
    private static final int MAX_LENGTH = 240;
    private static final String ORD = "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|last|final|\\d{1,2}(?:st|nd|rd|th))";
    private static final String NUM = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";
    private static final String KIND = "(?: (?:article|part|story|installment|instalment|report|piece))?";
    private static final String ABOUT = "(?:on|about|examining|exploring|looking at|that examines|that looks at|into)";
    private static final String LEAD = "^(?:this (?:is|was) )?(?:the )?";
    private static final Pattern IN_SERIES = Pattern.compile("(?i)" + LEAD + ORD + KIND + " (?:in|of) (?:a|an|the|our) (?:"
            + NUM + "[- ](?:part|article|story) )?series(?: of (?:articles|stories|reports))? " + ABOUT + " (.+?)\\.?$");
    private static final Pattern OF_PARTS = Pattern.compile("(?i)" + LEAD + ORD + KIND + " (?:in|of) " + NUM
            + " (?:articles|parts|stories|reports|installments|instalments|pieces)(?: " + ABOUT + ")? (.+?)\\.?$");
    private static final Pattern PART_OF = Pattern.compile("(?i)^part " + NUM + " of " + NUM
            + "(?:\\s*[:.—–-]\\s*| in a series " + ABOUT + " )(.+?)\\.?$");
    private static final Pattern PART_OF_SERIES = Pattern.compile("(?i)^(?:this (?:article|story) is )?part of (?:a|an|our) (?:"
            + NUM + "[- ]part )?series " + ABOUT + " (.+?)\\.?$");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
            Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11),
            Map.entry("twelfth", 12));

    private SeriesNoteParser() {
    }

    /** The series a note names, or null when the text is not a series note. */
    public static Series parse(String note) {
        String text = note.strip();
        if (text.length() > MAX_LENGTH || text.isEmpty()) {
            return null;
        }
        Matcher m = IN_SERIES.matcher(text);
        if (m.matches()) {
            return series(m.group(3), ordinal(m.group(1)), number(m.group(2)), isLast(m.group(1)));
        }
        m = OF_PARTS.matcher(text);
        if (m.matches()) {
            return series(m.group(3), ordinal(m.group(1)), number(m.group(2)), isLast(m.group(1)));
        }
        m = PART_OF.matcher(text);
        if (m.matches()) {
            return series(m.group(3), number(m.group(1)), number(m.group(2)), false);
        }
        m = PART_OF_SERIES.matcher(text);
        if (m.matches()) {
            return series(m.group(2), null, number(m.group(1)), false);
        }
        return null;
    }

    private static Series series(String title, Integer part, Integer parts, boolean last) {
        String name = title.strip();
        if (name.isEmpty() || Words.count(name) > 20) {
            return null;
        }
        Integer position = last ? parts : part;
        try {
            return new Series(name, position, parts);
        } catch (InvalidArticleException e) {
            return new Series(name, null, parts);
        }
    }

    private static boolean isLast(String ordinal) {
        String o = ordinal.toLowerCase(Locale.ROOT);
        return o.equals("last") || o.equals("final");
    }

    private static Integer ordinal(String ordinal) {
        if (isLast(ordinal)) {
            return null;
        }
        return number(Character.isDigit(ordinal.charAt(0)) ? ordinal.replaceAll("(?i)(st|nd|rd|th)$", "") : ordinal);
    }

    private static Integer number(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            String digits = w.replaceAll("\\D", "");
            return digits.isEmpty() ? null : Integer.valueOf(digits);
        }
        return NUMBERS.get(w);
    }
}
