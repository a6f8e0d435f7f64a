package io.tearsheet.read.internal;

import io.tearsheet.read.conventions.WordTable;

import java.util.List;
import java.util.Set;

/**
 * A cheap guess at whether text is English: the share of its words that are common English function words.
 * Enough to fill {@code Metadata.language} for English news; anything else is left to the caller's default.
 */
public final class LanguageGuesser {
    private static final WordTable<Boolean> ENGLISH = WordTable.of(Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for", "it",
            "was", "on", "with", "as", "he", "she", "his", "her", "at", "by", "be", "this", "are", "from", "or", "have",
            "has", "had", "not", "but", "they", "we", "said", "an", "which", "were", "their", "will", "would", "been"));
    private static final int MIN_WORDS = 15;
    private static final int SAMPLE_WORDS = 3000;
    private static final double MIN_SHARE = 0.2;

    private LanguageGuesser() {
    }

    /** "en" when the paragraphs read as English, else null. */
    public static String guess(List<String> paragraphs) {
        int words = 0;
        int hits = 0;
        for (String paragraph : paragraphs) {
            int start = -1;
            for (int i = 0; i <= paragraph.length() && words < SAMPLE_WORDS; i++) {
                char c = i < paragraph.length() ? paragraph.charAt(i) : ' ';
                if (Character.isLetter(c) || c == '\'' || c == '’') {
                    start = start < 0 ? i : start;
                    continue;
                }
                if (start >= 0) {
                    words++;
                    if (ENGLISH.get(paragraph, start, i) != null) { // any case, no copy
                        hits++;
                    }
                    start = -1;
                }
            }
            if (words >= SAMPLE_WORDS) {
                break;
            }
        }
        return verdict(words, hits);
    }

    private static String verdict(int words, int hits) {
        return words >= MIN_WORDS && hits >= words * MIN_SHARE ? "en" : null;
    }
}
