package io.tearsheet.read.conventions;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whitespace and word helpers shared by the recognisers; every one accepts text from any reader. Public for
 * {@link #SPACE_RUNS} alone, which the attribution rules split with too.
 */
public final class Text {
    /**
     * Runs of ASCII white space, compiled once: {@code SPACE_RUNS.split(text)} is {@code text.split("\\s+")}, which
     * compiles the pattern again on every call.
     */
    public static final Pattern SPACE_RUNS = Pattern.compile("\\s+");

    private Text() {
    }

    /**
     * Runs of whitespace (no-break and typographic spaces included) collapsed to one space, invisible formatting
     * characters (soft hyphens, zero-width spaces, byte-order marks) dropped, no space at either end. Text that
     * needs none of it is returned as it is.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        boolean clean = true;
        for (int i = 0; i < text.length() && clean; i++) {
            char c = text.charAt(i);
            clean = !isInvisible(c) && (!isSpace(c) || c == ' ' && i > 0 && i < text.length() - 1
                    && text.charAt(i - 1) != ' ');
        }
        if (clean) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else if (!isInvisible(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whitespace as pages render it: ASCII whitespace and the no-break and typographic spaces. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
                || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Characters that take no space: soft hyphen, zero-width space, word joiner, byte-order mark. */
    static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** How many runs of letters or digits the text holds. */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** How many runs of characters other than spaces the text holds. */
    static int spacedWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
