package io.tearsheet.quotes.internal;

/** Counting the words of a stretch of text without splitting it into strings. */
final class WordCount {
    private WordCount() {
    }

    /**
     * The words of {@code text[from, to)}, a word being a run of characters other than ASCII white space, as
     * {@code strip().split("\\s+").length} counts them: an empty or blank stretch counts one.
     */
    static int of(CharSequence text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = Separators.isPatternSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(words, 1);
    }
}
