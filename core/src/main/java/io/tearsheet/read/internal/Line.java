package io.tearsheet.read.internal;

/**
 * One line of cleaned input.
 *
 * @param number its line number in the input, from 1
 * @param raw    the line as it stood (after decoding and line-break normalisation), trailing spaces removed
 * @param text   the line with runs of spaces collapsed and trimmed; empty for a blank line
 */
public record Line(int number, String raw, String text) {

    /** The lines of cleaned text (line breaks already {@code \n}), numbered from 1. */
    public static java.util.List<Line> split(String text) {
        java.util.List<Line> lines = new java.util.ArrayList<>();
        int number = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String raw = text.substring(start, i).stripTrailing();
                lines.add(new Line(number++, raw, Words.collapse(raw)));
                start = i + 1;
            }
        }
        return lines;
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    /** The number of words, counted as runs of non-spaces. */
    public int words() {
        return Words.count(text);
    }
}
