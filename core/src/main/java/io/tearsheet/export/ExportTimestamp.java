package io.tearsheet.export;

import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The one date an exporter may write into a file (EPUB {@code dcterms:modified}, PDF creation date, zip entry
 * times), chosen so that output never depends on the wall clock:
 * <ol>
 *   <li>{@code SOURCE_DATE_EPOCH} from the environment, when set (see
 *       <a href="https://reproducible-builds.org/specs/source-date-epoch/">the specification</a>);</li>
 *   <li>else the article's publication date (midnight UTC for a bare day);</li>
 *   <li>else {@link #FALLBACK}, 1980-01-01T00:00:00Z, the earliest time a zip entry can hold.</li>
 * </ol>
 * Exporter builders also accept an explicit timestamp, which wins over all three.
 *
 * @since 0.1.0
 */
public final class ExportTimestamp {
    /** Used when neither the environment nor the article gives a date. */
    public static final Instant FALLBACK = Instant.parse("1980-01-01T00:00:00Z");

    private static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private ExportTimestamp() {
    }

    /**
     * {@code SOURCE_DATE_EPOCH}, when the environment sets it.
     *
     * @throws IllegalStateException when it is set but is not a whole number of seconds
     */
    public static Optional<Instant> sourceDateEpoch() {
        return parse(System.getenv(VARIABLE));
    }

    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalStateException(VARIABLE + " must be a whole number of seconds since 1970, was '"
                    + value + "'");
        }
    }

    /** The timestamp for one article's output. */
    public static Instant of(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        return sourceDateEpoch().orElseGet(() -> of(article.metadata().published()));
    }

    /** The timestamp for a book: {@code SOURCE_DATE_EPOCH}, else the latest of its articles' dates. */
    public static Instant ofLatest(Collection<ArticleDate> dates) {
        Optional<Instant> fromEnvironment = sourceDateEpoch();
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get();
        }
        Instant latest = null;
        for (ArticleDate date : dates) {
            Instant instant = of(date);
            if (date != null && (latest == null || instant.isAfter(latest))) {
                latest = instant;
            }
        }
        return latest == null ? FALLBACK : latest;
    }

    private static Instant of(ArticleDate date) {
        if (date == null) {
            return FALLBACK;
        }
        return date.dateTime().map(dt -> dt.toInstant())
                .orElseGet(() -> date.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
