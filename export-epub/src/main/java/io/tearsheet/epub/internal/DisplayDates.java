package io.tearsheet.epub.internal;

import io.tearsheet.model.ArticleDate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as the EPUB shows and records them, the same in every JVM: no locale data, no time zone of the machine.
 * A date is shown as "4 March 2025" (English month names, spelled here rather than taken from the JVM's locale
 * data, which changes between releases) and recorded in the forms HTML's {@code time} element and the package's
 * {@code dc:date} accept.
 */
final class DisplayDates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final DateTimeFormatter W3C_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private DisplayDates() {
    }

    /** "4 March 2025", the calendar day in the offset the article gave. */
    static String display(ArticleDate date) {
        LocalDate day = date.date();
        return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }

    /** "March 2025", for grouping a book's contents by month. */
    static String month(LocalDate day) {
        return MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }

    /**
     * The value for a {@code time} element's {@code datetime} attribute (and for {@code dc:date}): a date, or a
     * date-time with offset and whole seconds; empty when the year has no four-digit form, which neither accepts.
     */
    static Optional<String> machine(ArticleDate date) {
        Optional<OffsetDateTime> dateTime = date.dateTime();
        int year = date.date().getYear();
        if (year < 1 || year > 9999) {
            return Optional.empty();
        }
        return Optional.of(dateTime.map(W3C_DATE_TIME::format).orElseGet(() -> date.date().toString()));
    }
}
