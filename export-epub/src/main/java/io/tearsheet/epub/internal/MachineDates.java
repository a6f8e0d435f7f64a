package io.tearsheet.epub.internal;

import io.tearsheet.model.ArticleDate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as the EPUB records them for machines, the same in every JVM: in the forms HTML's {@code time} element and
 * the package's {@code dc:date} accept. The words a reader sees come from core's
 * {@link io.tearsheet.export.DisplayText#date}.
 */
final class MachineDates {
    private static final DateTimeFormatter W3C_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private MachineDates() {
    }

    /**
     * The value for a {@code time} element's {@code datetime} attribute (and for {@code dc:date}): a date, or a
     * date-time with offset and whole seconds; empty when the year has no four-digit form, which neither accepts.
     */
    static Optional<String> of(ArticleDate date) {
        Optional<OffsetDateTime> dateTime = date.dateTime();
        int year = date.date().getYear();
        if (year < 1 || year > 9999) {
            return Optional.empty();
        }
        return Optional.of(dateTime.map(W3C_DATE_TIME::format).orElseGet(() -> date.date().toString()));
    }
}
