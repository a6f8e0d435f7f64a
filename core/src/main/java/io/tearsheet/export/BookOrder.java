package io.tearsheet.export;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of articles in a book: by series part when the articles carry one, else by publication date,
 * else as given. Sorting is stable, so articles that tie keep the order they were given in.
 *
 * @since 0.1.0
 */
public final class BookOrder {
    private BookOrder() {
    }

    /**
     * Orders metadata for a book; articles with a series part come first (by part), then dated articles
     * (oldest first), then the rest.
     */
    public static final Comparator<Metadata> COMPARATOR = Comparator
            .comparing((Metadata m) -> part(m), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Metadata::published, Comparator.nullsLast(Comparator.<ArticleDate>naturalOrder()));

    /**
     * The positions of {@code metadata} in book order: element {@code i} of the result is the index, in the
     * given list, of the article that goes {@code i}-th.
     */
    public static int[] permutation(List<Metadata> metadata) {
        List<Integer> indices = new ArrayList<>(metadata.size());
        for (int i = 0; i < metadata.size(); i++) {
            indices.add(i);
        }
        indices.sort(Comparator.comparing(metadata::get, COMPARATOR));
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Integer part(Metadata metadata) {
        Series series = metadata.series();
        return series == null ? null : series.part();
    }
}
