package io.tearsheet.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date as precise as the source gave it: a calendar day ({@code 1989-02-14}) or an instant with its
 * UTC offset ({@code 1989-02-14T08:30:00+08:00}). Keeping the written form avoids inventing a time of day
 * that the article never stated.
 *
 * @param value an ISO 8601 date or date-time with offset
 * @since 0.1.0
 */
public record ArticleDate(String value) implements Comparable<ArticleDate> {
    public ArticleDate {
        Checks.requiredText(value, "date");
        if (!parsesAsDate(value) && !parsesAsDateTime(value)) {
            throw new InvalidArticleException("date '" + value
                    + "' is neither an ISO 8601 date (2024-03-01) nor a date-time with offset (2024-03-01T10:00:00Z)");
        }
    }

    public static ArticleDate of(LocalDate date) {
        return new ArticleDate(date.toString());
    }

    public static ArticleDate of(OffsetDateTime dateTime) {
        return new ArticleDate(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime));
    }

    /** The calendar day, in the offset the source gave. */
    public LocalDate date() {
        return dateTime().map(OffsetDateTime::toLocalDate).orElseGet(() -> LocalDate.parse(value));
    }

    /** The instant, when the source gave a time of day. */
    public Optional<OffsetDateTime> dateTime() {
        return value.indexOf('T') < 0 ? Optional.empty() : Optional.of(OffsetDateTime.parse(value));
    }

    /** Orders by day, then by instant; a bare day sorts before any instant on the same day. */
    @Override
    public int compareTo(ArticleDate other) {
        int byDay = date().compareTo(other.date());
        if (byDay != 0) {
            return byDay;
        }
        Optional<OffsetDateTime> mine = dateTime();
        Optional<OffsetDateTime> theirs = other.dateTime();
        if (mine.isPresent() && theirs.isPresent()) {
            return mine.get().toInstant().compareTo(theirs.get().toInstant());
        }
        return Boolean.compare(mine.isPresent(), theirs.isPresent());
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean parsesAsDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean parsesAsDateTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
