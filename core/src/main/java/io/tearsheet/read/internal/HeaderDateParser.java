package io.tearsheet.read.internal;

import io.tearsheet.model.ArticleDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line under the headline that only gives a date: "March 14, 2025", "14 March 2025", "Published: Mar. 14, 2025
 * 5:30 p.m. EST", "Updated 2025-03-14". The calendar day is kept; a time of day without a known offset is not.
 */
public final class HeaderDateParser {
    private static final int MAX_LENGTH = 90;
    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^(?:(published|posted|first published|updated|last updated|modified)(?: on| at)?:?\\s+)?(.*)$");
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final String TIME = "(?:,?\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)^" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + "$");
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME + "$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private HeaderDateParser() {
    }

    /** A date line's day, and whether it is an update rather than first publication. */
    public record Dated(ArticleDate date, boolean modified) {
    }

    /** The date of a line that holds nothing but a date, or null. */
    public static Dated parse(String line) {
        String text = line.strip();
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        Matcher prefix = PREFIX.matcher(text);
        if (!prefix.matches()) {
            return null;
        }
        String label = prefix.group(1);
        boolean modified = label != null && label.toLowerCase(Locale.ROOT).contains("updated")
                || label != null && label.equalsIgnoreCase("modified");
        String rest = prefix.group(2).strip();
        LocalDate day = null;
        try {
            Matcher m = MONTH_FIRST.matcher(rest);
            if (m.matches()) {
                day = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            } else if ((m = DAY_FIRST.matcher(rest)).matches()) {
                day = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            } else if ((m = ISO.matcher(rest)).matches()) {
                day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return day == null ? null : new Dated(ArticleDate.of(day), modified);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
