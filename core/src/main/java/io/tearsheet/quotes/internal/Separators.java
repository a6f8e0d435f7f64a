package io.tearsheet.quotes.internal;

/**
 * Whether the text between two things holds nothing but spacing and some punctuation ("”, ” or "; "): the test
 * the continuation and cue rules make between a quotation and what follows it, without a copy or a pattern; and
 * the other white-space measures the rules take of a stretch of a paragraph (runs of white space to split on are
 * {@link io.tearsheet.read.conventions.Text#SPACE_RUNS}).
 */
final class Separators {
    private Separators() {
    }

    /**
     * Whether {@code text[from, to)} holds only ASCII whitespace (as {@code \s} in a pattern) and characters of
     * {@code marks}; true for an empty range.
     */
    static boolean only(String text, int from, int to, String marks) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isPatternSpace(c) && marks.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code text[from, to)} starts with its leading white space left out, as {@code strip()} counts it: the
     * index of a stretch's stripped start without copying the stretch.
     */
    static int strippedStart(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where {@code text[from, to)} ends with its trailing white space left out, as {@code stripTrailing()} counts it. */
    static int strippedEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** White space as {@code \\s} in a Java pattern means it: ASCII space, tab, line breaks, form feed. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
