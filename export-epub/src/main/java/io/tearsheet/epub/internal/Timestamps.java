package io.tearsheet.epub.internal;

import io.tearsheet.export.ExportException;
import io.tearsheet.export.ExportTimestamp;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * The modification time of an export: the one the builder was given, else core's {@link ExportTimestamp}. A
 * malformed {@code SOURCE_DATE_EPOCH} becomes an {@link ExportException} naming it, the exception exporters
 * declare.
 */
final class Timestamps {
    private Timestamps() {
    }

    static Instant of(Instant given, Article article) {
        return given != null ? given : checked(() -> ExportTimestamp.of(article));
    }

    static Instant ofLatest(Instant given, Collection<ArticleDate> dates) {
        return given != null ? given : checked(() -> ExportTimestamp.ofLatest(dates));
    }

    private static Instant checked(Supplier<Instant> timestamp) {
        try {
            return timestamp.get();
        } catch (IllegalStateException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }
}
