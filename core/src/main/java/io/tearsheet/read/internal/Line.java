package io.tearsheet.read.internal;

/**
 * One line of cleaned input.
 *
 * @param number its line number in the input, from 1
 * @param raw    the line as it stood (after decoding and line-break normalisation), trailing spaces removed
 * @param text   the line with runs of spaces collapsed and trimmed; empty for a blank line
 */
public record Line(int number, String raw, String text) {

    public boolean isBlank() {
        return text.isEmpty();
    }

    /** The number of words, counted as runs of non-spaces. */
    public int words() {
        return Words.count(text);
    }
}
