package io.tearsheet.html.internal;

import io.tearsheet.model.ArticleDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages write into an {@link ArticleDate}, keeping only the precision that is certain: an instant
 * when the page gives a time with its offset, otherwise the calendar day. A time of day without a zone is dropped
 * rather than given an invented offset.
 */
public final class DateParsing {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\p{L}])([\\p{L}]{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+|de\\s+)?([\\p{L}]{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
    /** Month names in English and in the other languages news pages are most often written in. */
    private static final Map<String, Integer> MONTHS = months(
            "jan january janvier januar enero gennaio janeiro januari",
            "feb february février fevrier februar febrero febbraio fevereiro februari",
            "mar march mars märz maerz marzo março maart",
            "apr april avril abril aprile",
            "may mai mayo maggio maio mei",
            "jun june juin juni junio giugno junho",
            "jul july juillet juli julio luglio julho",
            "aug august août aout agosto augustus",
            "sep sept september septembre septiembre setiembre settembre setembro",
            "oct october octobre oktober octubre ottobre outubro",
            "nov november novembre noviembre novembro",
            "dec december décembre decembre dezember diciembre dicembre dezembro");

    private DateParsing() {
    }

    private static Map<String, Integer> months(String... names) {
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int month = 1; month <= names.length; month++) {
            for (String name : names[month - 1].split(" ")) {
                months.put(name, month);
            }
        }
        return Map.copyOf(months);
    }

    /**
     * A date written for machines: ISO 8601 in its common variants, RFC 1123 ({@code Fri, 01 Mar 2024 10:00:00 GMT}),
     * {@code 2024/03/01}, {@code 20240301}, or failing those an English date ({@code March 1, 2024}).
     */
    public static Optional<ArticleDate> parseMachine(String value) {
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
        return parseWritten(text);
    }

    /** A date as people write it somewhere in a short text ("Updated March 3, 2024, 4:15 p.m."): the day only. */
    public static Optional<ArticleDate> parseWritten(String text) {
        if (text == null || text.length() > 300) {
            return Optional.empty();
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        while (monthFirst.find()) {
            Integer month = MONTHS.get(Texts.lower(monthFirst.group(1)));
            if (month != null) {
                Optional<ArticleDate> date = day(monthFirst.group(3), month.toString(), monthFirst.group(2));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        while (dayFirst.find()) {
            Integer month = MONTHS.get(Texts.lower(dayFirst.group(2)));
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
        return Optional.empty();
    }

    /** Whether a short text is nothing but a date, perhaps with a label and a time ("Published 3 March 2024"). */
    public static boolean isDateLine(String text) {
        if (text.length() > 90 || parseWritten(text).isEmpty()) {
            return false;
        }
        String rest = MONTH_FIRST.matcher(text).replaceAll(" ");
        rest = DAY_FIRST.matcher(rest).replaceAll(" ");
        rest = ISO.matcher(rest).replaceAll(" ");
        return Texts.words(rest.replaceAll("(?i)\\b(published|posted|updated|last|modified|on|at|am|pm|a\\.m|p\\.m|publié|le|à|mis|jour|um|uhr"
                + "|[a-z]{2,4}t|gmt|utc|mon|tue|wed|thu|fri|sat|sun|[a-z]+day|\\d{1,2}:\\d{2}|\\d+)\\b", " ")) == 0;
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
}
