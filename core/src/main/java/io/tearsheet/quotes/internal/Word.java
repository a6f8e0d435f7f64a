package io.tearsheet.quotes.internal;

/**
 * A word of a paragraph: letters, digits and the marks inside words (apostrophes, hyphens, the full stop of
 * "Mr."), by char index.
 *
 * @param start first char
 * @param end   one past the last char
 * @param text  the characters
 */
public record Word(int start, int end, String text) {
}
