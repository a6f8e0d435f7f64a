package io.tearsheet.export;

import io.tearsheet.model.Article;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Sources quoted" view of an article that every exporter prints the same way: quotations numbered
 * from 1 in reading order (scare quotes are not numbered: nobody said them), and the sources in order of
 * their first quotation, each with its numbered quotations.
 *
 * <pre>{@code
 * QuotedSources quoted = QuotedSources.of(article);
 * for (QuotedSources.Entry entry : quoted.entries()) {
 *     print(entry.source().name() + ": quotes " + entry.quotes().stream().map(NumberedQuote::number).toList());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QuotedSources {
    private final List<NumberedQuote> numbered;
    private final Map<String, Integer> numbers;
    private final List<Entry> entries;
    private final List<NumberedQuote> unattributed;

    private QuotedSources(List<NumberedQuote> numbered, List<Entry> entries, List<NumberedQuote> unattributed) {
        this.numbered = numbered;
        this.entries = entries;
        this.unattributed = unattributed;
        this.numbers = new HashMap<>();
        for (NumberedQuote quote : numbered) {
            numbers.put(quote.quote().id(), quote.number());
        }
    }

    /** Numbers the quotations of {@code article} and groups them by source. */
    public static QuotedSources of(Article article) {
        List<Quote> ordered = new ArrayList<>();
        for (Quote quote : article.quotes()) {
            if (quote.kind() != QuoteKind.SCARE) {
                ordered.add(quote);
            }
        }
        ordered.sort(Comparator.comparingInt(Quote::paragraph).thenComparingInt(Quote::start));
        List<NumberedQuote> numbered = new ArrayList<>(ordered.size());
        Map<String, List<NumberedQuote>> bySource = new LinkedHashMap<>();
        List<NumberedQuote> unattributed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Quote quote = ordered.get(i);
            NumberedQuote entry = new NumberedQuote(i + 1, quote);
            numbered.add(entry);
            if (quote.sourceId() == null) {
                unattributed.add(entry);
            } else {
                bySource.computeIfAbsent(quote.sourceId(), id -> new ArrayList<>()).add(entry);
            }
        }
        List<Entry> entries = new ArrayList<>(bySource.size());
        bySource.forEach((id, quotes) -> entries.add(new Entry(article.source(id).orElseThrow(), List.copyOf(quotes))));
        return new QuotedSources(Collections.unmodifiableList(numbered), List.copyOf(entries),
                List.copyOf(unattributed));
    }

    /** Every numbered quotation, in reading order. */
    public List<NumberedQuote> quotes() {
        return numbered;
    }

    /** The number of the quotation with this id, or empty for a scare quote or an unknown id. */
    public Optional<Integer> number(String quoteId) {
        return Optional.ofNullable(numbers.get(quoteId));
    }

    /** Sources in order of their first quotation, each with its quotations. */
    public List<Entry> entries() {
        return entries;
    }

    /** Quotations (not scare quotes) whose speaker the reader could not name. */
    public List<NumberedQuote> unattributed() {
        return unattributed;
    }

    /** Whether there is nothing to list. */
    public boolean isEmpty() {
        return numbered.isEmpty();
    }

    /**
     * A quotation with its number.
     *
     * @param number from 1, in reading order
     * @param quote  the quotation
     */
    public record NumberedQuote(int number, Quote quote) {
    }

    /**
     * A source with its quotations.
     *
     * @param source the source
     * @param quotes its quotations in reading order, never empty
     */
    public record Entry(Source source, List<NumberedQuote> quotes) {
    }
}
