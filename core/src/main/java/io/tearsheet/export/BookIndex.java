package io.tearsheet.export;

import io.tearsheet.model.Article;
import io.tearsheet.model.Source;
import io.tearsheet.model.SourceKind;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Who is quoted" index of a book, built one article at a time so that a book exporter can stream.
 * Named sources (people, organisations, publications) quoted in several articles appear once, with an
 * appearance per article; unnamed ones ("a visiting economist") stay apart per article, since the same
 * description in two stories rarely means the same person.
 *
 * <p>Not thread-safe: one instance per book export.
 *
 * @since 0.1.0
 */
public final class BookIndex {
    private static final Comparator<Entry> ORDER;

    static {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        ORDER = Comparator.comparing(Entry::name, collator).thenComparing(Entry::name)
                .thenComparingInt(e -> e.appearances().get(0).article());
    }

    private final Map<String, Builder> entries = new LinkedHashMap<>();

    /**
     * Adds the quoted sources of the article at position {@code articleIndex} in the book. Call once per
     * article, in book order.
     */
    public void add(int articleIndex, Article article) {
        QuotedSources quoted = QuotedSources.of(article);
        for (QuotedSources.Entry entry : quoted.entries()) {
            Source source = entry.source();
            String key = isNamed(source.kind()) ? "named:" + key(source.name())
                    : "article:" + articleIndex + ":" + source.id();
            Builder builder = entries.computeIfAbsent(key, k -> new Builder(source));
            List<Integer> numbers = new ArrayList<>();
            entry.quotes().forEach(q -> numbers.add(q.number()));
            builder.appearances.add(new Appearance(articleIndex, source.id(), List.copyOf(numbers)));
        }
    }

    /** The entries, sorted by name. */
    public List<Entry> entries() {
        List<Entry> result = new ArrayList<>(entries.size());
        for (Builder builder : entries.values()) {
            result.add(new Entry(builder.name, builder.kind, builder.description, List.copyOf(builder.appearances)));
        }
        result.sort(ORDER);
        return result;
    }

    private static boolean isNamed(SourceKind kind) {
        return kind == SourceKind.PERSON || kind == SourceKind.ORGANIZATION || kind == SourceKind.PUBLICATION;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /**
     * One source in the index.
     *
     * @param name        the source's name, as the first article to quote it gives it
     * @param kind        the source's kind
     * @param description the first article's description of it, or null
     * @param appearances where it is quoted, in book order
     */
    public record Entry(String name, SourceKind kind, String description, List<Appearance> appearances) {
    }

    /**
     * A source's quotations in one article.
     *
     * @param article      the article's position in the book, from zero
     * @param sourceId     the source's id in that article
     * @param quoteNumbers the numbers of its quotations there ({@link QuotedSources} numbering)
     */
    public record Appearance(int article, String sourceId, List<Integer> quoteNumbers) {
    }

    /** What the index keeps of a source: a book's sources are held to its end, so not the whole record. */
    private static final class Builder {
        final String name;
        final SourceKind kind;
        final String description;
        final List<Appearance> appearances = new ArrayList<>(1);

        Builder(Source source) {
            this.name = source.name();
            this.kind = source.kind();
            this.description = source.description();
        }
    }
}
