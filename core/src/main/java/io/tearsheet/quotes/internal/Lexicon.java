package io.tearsheet.quotes.internal;

import java.util.Arrays;
import java.util.Set;

/** Builds the word lists of the rules; a word listed twice is harmless (unlike {@code Set.of}). */
final class Lexicon {
    private Lexicon() {
    }

    static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
