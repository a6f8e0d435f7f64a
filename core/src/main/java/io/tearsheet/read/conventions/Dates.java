package io.tearsheet.read.conventions;

import io.tearsheet.model.ArticleDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them, read into an {@link ArticleDate} that keeps only the precision that is certain: an
 * instant when a time is given with its offset, otherwise the calendar day. A time of day without a zone is
 * dropped rather than given an invented offset. Month names are read in English and in the languages listed in
 * {@code months.txt}.
 *
 * <pre>{@code
 * Dates.machine("2024-03-11T07:30:00+00:00");          // 2024-03-11T07:30:00Z
 * Dates.written("Updated March 3, 2024, 4:15 p.m.");  // 2024-03-03
 * Dates.dateLine("Published: Mar. 14, 2025 5:30 p.m. EST");  // 2025-03-14, not an update
 * }</pre>
 */
public final class Dates {
    /** A date line is short: longer lines are sentences that mention a date. */
    private static final int MAX_DATE_LINE = 90;
    /** A page's label glued to the time after it: "Updated21:22, 6 OCT 2020". */
    private static final Pattern GLUED_LABEL = Pattern.compile("(?i)^(updated|published|posted|modified)(?=\\d)");
    private static final int MAX_WRITTEN = 300;
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    /** Day, month and year in digits parted by slashes, in either order of day and month ("12/04/2020"). */
    private static final Pattern DIGITS_SLASHED = Pattern.compile("(?<![\\d/])\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /**
     * A day, month and year in digits with full stops between them ("04.05.2022"): day first wherever it is written
     * so (German, Scandinavian, Slavic, Turkish usage). Slashes are left alone: "04/05/2022" is a month first in the
     * United States.
     */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?![\\d])");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\p{L}])([\\p{L}]{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+|de\\s+)?([\\p{L}]{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
    /** A time of day after the date on a date line: ", 5:30 p.m. EST", " at 10". */
    private static final String TIME = "(?:,?\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?";
    private static final Pattern LINE_MONTH_FIRST = Pattern.compile(
            "(?i)^(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + "$");
    private static final Pattern LINE_DAY_FIRST = Pattern.compile(
            "(?i)^(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}{3,10})\\.?,?\\s+(\\d{4})" + TIME + "$");
    /** A date line in ISO 8601's order, its parts parted by hyphens or, as blogs print it, slashes ("2021/09/19"). */
    private static final Pattern LINE_ISO = Pattern.compile(
            "^(\\d{4})([-/])(\\d{2})\\2(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?$");
    /** Shorter entries of weekdays.txt are abbreviations ("tues"), which a name may hold too ("Sun"). */
    private static final int MIN_WEEKDAY_NAME = 5;
    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^(\\p{L}{3,9})\\.?,?\\s+");

    private Dates() {
    }

    /**
     * A line that holds nothing but a date, perhaps with a label, a day name and a time: "March 14, 2025",
     * "14 March 2025", "Published: Mar. 14, 2025 5:30 p.m. EST", "Updated 2025-03-14", "Published 6:42 AM EDT,
     * Sat August 17, 2024", "Publié le 18 mai 2024 à 7h45".
     *
     * @param date    the day the line gives
     * @param updated whether the line dates an update ("Updated …", "Modified …") rather than first publication
     */
    public record DateLine(ArticleDate date, boolean updated) {
    }

    /** The date of a line that is nothing but a date, or empty. */
    public static Optional<DateLine> dateLine(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String clean = Text.clean(line);
        if (clean.length() > MAX_DATE_LINE || !hasDigit(clean)) {
            return Optional.empty(); // every date line gives a day and a year in digits
        }
        String text = GLUED_LABEL.matcher(clean).replaceFirst("$1 "); // only a space added: the tests above hold
        if (text.length() > MAX_DATE_LINE) {
            return Optional.empty();
        }
        DateLine labelled = labelledDate(text);
        if (labelled != null) {
            return Optional.of(labelled);
        }
        if (isDateWithFillers(text)) {
            Optional<ArticleDate> date = written(text);
            if (date.isPresent()) {
                return Optional.of(new DateLine(date.get(), Data.mentionsUpdate(Text.lower(text))));
            }
        }
        return Optional.empty();
    }

    /** The labels of date lines ("published", "last updated"), lower case, longest first. */
    static List<String> labels() {
        return Data.LABELS.stream().map(Label::words).toList();
    }

    /** The days of the week written out ("thursday", "donnerstag"), lower case; abbreviations are left out. */
    static List<String> weekdayNames() {
        return Data.WEEKDAYS.stream().filter(day -> day.length() >= MIN_WEEKDAY_NAME).sorted().toList();
    }

    /** Whether a lower-case word is a day of the week written out. */
    static boolean isWeekday(String lower) {
        return lower.length() >= MIN_WEEKDAY_NAME && Data.WEEKDAYS.contains(lower);
    }

    /** Whether a short text is nothing but a date (see {@link #dateLine}). */
    public static boolean isDateLine(String text) {
        return dateLine(text).isPresent();
    }

    /**
     * A date written for machines: ISO 8601 in its common variants, RFC 1123 ({@code Fri, 01 Mar 2024 10:00:00 GMT}),
     * {@code 2024/03/01}, {@code 20240301}, or failing those a date as people write it ({@link #written}).
     */
    public static Optional<ArticleDate> machine(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        Matcher iso = ISO.matcher(text);
        if (iso.lookingAt()) {
            return fromIso(iso);
        }
        try {
            OffsetDateTime rfc = OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(ArticleDate.of(rfc));
        } catch (DateTimeParseException e) {
            // not RFC 1123; try the other shapes
        }
        Matcher slashed = SLASHED.matcher(text);
        if (slashed.lookingAt()) {
            return day(slashed.group(1), slashed.group(2), slashed.group(3));
        }
        Matcher compact = COMPACT.matcher(text);
        if (compact.matches()) {
            return day(compact.group(1), compact.group(2), compact.group(3));
        }
        return written(text);
    }

    /**
     * The first date as people write it somewhere in a short text ("Updated March 3, 2024, 4:15 p.m.", "Thursday,
     * 14th March 2024", "5 de mayo de 2024", "2024-03-03"): the day only. Empty for text longer than 300 characters.
     */
    public static Optional<ArticleDate> written(String text) {
        if (text == null || text.length() > MAX_WRITTEN) {
            return Optional.empty();
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        while (monthFirst.find()) {
            Integer month = month(monthFirst.group(1));
            if (month != null) {
                Optional<ArticleDate> date = day(monthFirst.group(3), month.toString(), monthFirst.group(2));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        while (dayFirst.find()) {
            Integer month = month(dayFirst.group(2));
            if (month != null) {
                Optional<ArticleDate> date = day(dayFirst.group(3), month.toString(), dayFirst.group(1));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            Optional<ArticleDate> date = day(dotted.group(3), dotted.group(2), dotted.group(1));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The text with every date as people write it ({@link #written}'s forms, and days in digits parted by slashes,
     * "12/04/2020") replaced by {@code mark}: "Anna Berg | 19.10.2019, 05:00 Uhr" gives "Anna Berg | {mark}, 05:00
     * Uhr". What only looks like a date ("Route 66, 2024") is left.
     */
    public static String markDates(String text, String mark) {
        String marked = replaceValid(text, MONTH_FIRST, mark, m -> {
            Integer month = month(m.group(1));
            return month != null && day(m.group(3), month.toString(), m.group(2)).isPresent();
        });
        marked = replaceValid(marked, DAY_FIRST, mark, m -> {
            Integer month = month(m.group(2));
            return month != null && day(m.group(3), month.toString(), m.group(1)).isPresent();
        });
        marked = replaceValid(marked, ISO, mark, m -> day(m.group(1), m.group(2), m.group(3)).isPresent());
        marked = replaceValid(marked, DOTTED, mark, m -> day(m.group(3), m.group(2), m.group(1)).isPresent());
        return replaceValid(marked, DIGITS_SLASHED, mark, m -> true);
    }

    private static String replaceValid(String text, Pattern pattern, String mark,
                                       java.util.function.Predicate<Matcher> valid) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(valid.test(matcher) ? mark : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Whether a word only fills a date line out ("Stand:", "am", "Uhr", "veröffentlicht"), in any case. */
    public static boolean isDateLineWord(String word) {
        String bare = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
        return Data.LINE_WORDS.contains(Text.lower(bare));
    }

    /** The number of a month name ("March", "mars", "Sept"), or null. */
    static Integer month(String name) {
        return Data.MONTHS.get(Text.lower(name));
    }

    /** Whether a word names a month or a day of the week, in any case and with a full stop ("Nov.", "Monday"). */
    public static boolean isCalendarWord(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return month(bare) != null || isWeekday(Text.lower(bare));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A label, a day name, a date in one of the usual orders and a time, and nothing else. */
    private static DateLine labelledDate(String text) {
        String rest = text;
        boolean updated = false;
        String lower = Text.lower(text);
        for (Label label : Data.LABELS) {
            if (lower.startsWith(label.words()) && lower.length() > label.words().length()) {
                int i = label.words().length();
                if (lower.startsWith(" on", i) || lower.startsWith(" at", i)) {
                    i += 3;
                }
                if (i < lower.length() && lower.charAt(i) == ':') {
                    i++;
                }
                if (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
                    rest = text.substring(i).strip();
                    updated = label.update();
                    break;
                }
            }
        }
        Matcher weekday = LEADING_WEEKDAY.matcher(rest);
        if (weekday.lookingAt() && Data.WEEKDAYS.contains(Text.lower(weekday.group(1)))) {
            rest = rest.substring(weekday.end());
        }
        LocalDate day = null;
        try {
            Matcher m = LINE_MONTH_FIRST.matcher(rest);
            if (m.matches() && month(m.group(1)) != null) {
                day = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            } else if ((m = LINE_DAY_FIRST.matcher(rest)).matches() && month(m.group(2)) != null) {
                day = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            } else if ((m = LINE_ISO.matcher(rest)).matches()) {
                day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return day == null ? null : new DateLine(ArticleDate.of(day), updated);
    }

    /** A written date, and besides it only the words of {@code date-line-words.txt}, numbers, times and zones. */
    private static boolean isDateWithFillers(String text) {
        if (written(text).isEmpty()) {
            return false;
        }
        String rest = MONTH_FIRST.matcher(text).replaceAll(" ");
        rest = DAY_FIRST.matcher(rest).replaceAll(" ");
        rest = ISO.matcher(rest).replaceAll(" ");
        rest = DOTTED.matcher(rest).replaceAll(" ");
        return Text.words(Data.FILLERS.matcher(rest).replaceAll(" ")) == 0;
    }

    private static Optional<ArticleDate> fromIso(Matcher iso) {
        if (iso.group(4) == null) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
        String zone = iso.group(7);
        if (zone == null) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
                    iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)));
            ZoneOffset offset = offset(zone);
            return Optional.of(ArticleDate.of(OffsetDateTime.of(local, offset).truncatedTo(ChronoUnit.SECONDS)));
        } catch (DateTimeException | NumberFormatException e) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static Optional<ArticleDate> day(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.getYear() < 1800 || date.getYear() > 2200) {
                return Optional.empty();
            }
            return Optional.of(ArticleDate.of(date));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A label of a date line, in lower case, and whether it dates an update. */
    private record Label(String words, boolean update) {
    }

    /** The lists, read once when a date is first read. */
    private static final class Data {
        static final Map<String, Integer> MONTHS = months(WordLists.lines("months.txt"));
        static final Set<String> WEEKDAYS = WordLists.set("weekdays.txt");
        static final List<Label> LABELS = labels(WordLists.lines("date-labels.txt"));
        // the days of the week too, in every language of the list: "Donnerstag, 31. Oktober 2019" is a date line
        static final Pattern FILLERS = fillers(java.util.stream.Stream.concat(
                WordLists.lines("date-line-words.txt").stream(), WordLists.lines("weekdays.txt").stream()).toList());
        static final Set<String> LINE_WORDS = WordLists.set("date-line-words.txt");

        private Data() {
        }

        /**
         * Whether the first date label of a line is an update's ("Updated …", "Last modified …"): a line that gives
         * the publication first and the update after it ("Published: Jan. 16 | Updated: Jan. 17") dates its
         * publication with its first date.
         */
        static boolean mentionsUpdate(String lower) {
            int first = Integer.MAX_VALUE;
            boolean update = false;
            for (Label label : LABELS) { // longest first: "last updated" before "updated" at the same place
                int at = lower.indexOf(label.words());
                if (at >= 0 && at < first) {
                    first = at;
                    update = label.update();
                }
            }
            return update;
        }

        private static Map<String, Integer> months(List<String> lines) {
            Map<String, Integer> months = new HashMap<>();
            for (String line : lines) {
                String[] words = Text.SPACE_RUNS.split(line);
                for (int i = 1; i < words.length; i++) {
                    months.put(words[i], Integer.valueOf(words[0]));
                }
            }
            return Map.copyOf(months);
        }

        /** Longest first, so that "last updated" is tried before "updated". */
        private static List<Label> labels(List<String> lines) {
            List<Label> labels = new ArrayList<>();
            for (String line : lines) {
                boolean update = line.endsWith("(update)");
                labels.add(new Label(update ? line.substring(0, line.length() - "(update)".length()).strip() : line,
                        update));
            }
            labels.sort((a, b) -> Integer.compare(b.words().length(), a.words().length()));
            return List.copyOf(labels);
        }

        private static Pattern fillers(List<String> words) {
            StringBuilder alternatives = new StringBuilder();
            for (String word : words) {
                alternatives.append(Pattern.quote(word)).append('|');
            }
            return Pattern.compile("(?i)\\b(" + alternatives + "[a-z]{2,4}t|[a-z]+day|\\d{1,2}:\\d{2}[ap]m|\\d{1,2}:\\d{2}|\\d+)\\b",
                    Pattern.UNICODE_CASE);
        }
    }
}
