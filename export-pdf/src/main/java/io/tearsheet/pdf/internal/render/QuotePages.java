package io.tearsheet.pdf.internal.render;

import java.util.Arrays;
import java.util.Map;

/**
 * The printed pages of one article's numbered quotations, kept small: a book holds one per article until its
 * index of who is quoted is set, at the end. The index lists numeric pages only, so only they are kept, as ints
 * by quotation number.
 */
final class QuotePages {
    private final int[] numeric;

    private QuotePages(int[] numeric) {
        this.numeric = numeric;
    }

    static QuotePages of(Map<Integer, String> pages) {
        int size = 0;
        for (int number : pages.keySet()) {
            size = Math.max(size, number + 1);
        }
        int[] numeric = new int[size];
        Arrays.fill(numeric, -1);
        for (Map.Entry<Integer, String> entry : pages.entrySet()) {
            String page = entry.getValue();
            if (page != null && !page.isEmpty() && page.length() < 10 && page.chars().allMatch(Character::isDigit)) {
                numeric[entry.getKey()] = Integer.parseInt(page);
            }
        }
        return new QuotePages(numeric);
    }

    /** The page of quotation {@code quote} when it was printed on a numbered page, else -1. */
    int number(int quote) {
        return quote >= 0 && quote < numeric.length ? numeric[quote] : -1;
    }
}
