package io.tearsheet.read.internal;

/** Small helpers on whitespace-separated words, linear and allocation-free. */
public final class Words {
    private Words() {
    }

    /** The number of runs of non-space characters. */
    public static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Runs of spaces collapsed to one, and no space at either end. */
    public static String collapse(String text) {
        if (!text.contains("  ") && !text.startsWith(" ") && !text.endsWith(" ")) {
            return text; // nothing to collapse: no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether every letter is upper case and there are at least {@code minLetters} of them. */
    public static boolean isAllCaps(String text, int minLetters) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= minLetters;
    }
}
