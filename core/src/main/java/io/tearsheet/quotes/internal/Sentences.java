package io.tearsheet.quotes.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where sentences start in a paragraph: after a full stop, question or exclamation mark (and any closing
 * quotation marks or brackets after it), a space, and a capital letter, digit or opening quotation mark; not
 * after an abbreviation or an initial, and, when the caller says so, never inside a quotation; also where a scrape
 * dropped the space between two sentences ({@link #isGluedStop}). Linear.
 */
public final class Sentences {
    private Sentences() {
    }

    /**
     * The index of the first character of every sentence after the first (the first starts at 0).
     *
     * @param inside for each char index, whether it lies inside a quotation (no boundary there), or null
     */
    public static List<Integer> starts(String text, boolean[] inside) {
        List<Integer> starts = new ArrayList<>();
        int n = text.length();
        for (int j = 1; j < n; j++) {
            if (isGluedStop(text, j - 1) && (inside == null || !(inside[j] && inside[j - 1]))) {
                starts.add(j); // "Trump said.Trump claimed …": two paragraphs a scrape ran together
                continue;
            }
            if (text.charAt(j - 1) != ' ' || text.charAt(j) == ' ') {
                continue;
            }
            if (!canStart(text.charAt(j)) || inside != null && inside[j] && inside[j - 1]) {
                continue;
            }
            int k = j - 1;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            while (k >= 0 && isCloser(text.charAt(k))) {
                k--;
            }
            if (k < 0) {
                continue;
            }
            char end = text.charAt(k);
            if (end == '!' || end == '?' || end == '…' || end == '.' && !Abbreviations.endsAt(text, k)) {
                starts.add(j);
            }
        }
        return starts;
    }

    /**
     * Whether the mark at {@code i} ends a sentence that the next one follows without a space: a word of at least
     * three lower-case letters, a full stop (or ? or !), a capitalised word ("said.Trump"), as scraped text runs
     * paragraphs together. Not an abbreviation ("Ph.D") nor a web address ("example.com").
     */
    static boolean isGluedStop(String text, int i) {
        char mark = text.charAt(i);
        return (mark == '.' || mark == '?' || mark == '!') && i >= 3 && i + 2 < text.length()
                && Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2))
                && Character.isLowerCase(text.charAt(i - 3)) && Character.isUpperCase(text.charAt(i + 1))
                && Character.isLowerCase(text.charAt(i + 2));
    }

    /** Whether {@code i} is the start of a sentence in the list returned by {@link #starts}. */
    static boolean isStart(List<Integer> starts, int i) {
        return i == 0 || java.util.Collections.binarySearch(starts, i) >= 0;
    }

    private static boolean canStart(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '‘' || c == '"' || c == '\''
                || c == '«' || c == '(' || c == '[' || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '»';
    }
}
