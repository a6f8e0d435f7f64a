package io.tearsheet.pdf.internal.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The printed pages of one article's numbered quotations, kept small: a book holds one per article until its
 * index of who is quoted is set, at the end. Numeric pages are ints by quotation number; other labels (none
 * today, but a folio may be any text) stay as text.
 */
final class QuotePages {
    private final int[] numeric;
    private final Map<Integer, String> other;

    private QuotePages(int[] numeric, Map<Integer, String> other) {
        this.numeric = numeric;
        this.other = other;
    }

    static QuotePages of(Map<Integer, String> pages) {
        int size = 0;
        for (int number : pages.keySet()) {
            size = Math.max(size, number + 1);
        }
        int[] numeric = new int[size];
        Arrays.fill(numeric, -1);
        Map<Integer, String> other = Map.of();
        for (Map.Entry<Integer, String> entry : pages.entrySet()) {
            String page = entry.getValue();
            if (page != null && !page.isEmpty() && page.length() < 10 && page.chars().allMatch(c -> c >= '0' && c <= '9')) {
                numeric[entry.getKey()] = Integer.parseInt(page);
            } else if (page != null) {
                if (other.isEmpty()) {
                    other = new HashMap<>();
                }
                other.put(entry.getKey(), page);
            }
        }
        return new QuotePages(numeric, other);
    }

    /** The page of quotation {@code number}, or null when it was not printed. */
    String page(int number) {
        if (number >= 0 && number < numeric.length && numeric[number] >= 0) {
            return Integer.toString(numeric[number]);
        }
        return other.get(number);
    }
}
