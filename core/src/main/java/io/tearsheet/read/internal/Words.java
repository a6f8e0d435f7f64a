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

    /**
     * Whether every cased letter is upper case and there are at least {@code minLetters} upper-case letters. Letters
     * of scripts without case (Arabic, Hebrew, Chinese, Japanese, Thai…) count neither way, so a headline in such a
     * script is never taken for a line in capitals (a kicker).
     */
    public static boolean isAllCaps(String text, int minLetters) {
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                capitals++;
            }
        }
        return capitals >= minLetters;
    }

    /**
     * The last character of a non-empty text before the closing quotes and brackets that may follow a sentence's end,
     * in any language's quotes and spacing ("… he said.”", "… bereit.“", "… prêts. »" give the full stop).
     */
    static char lastBeforeClosers(String text) {
        return lastBeforeClosers(text, text.length());
    }

    /** As {@link #lastBeforeClosers(String)}, for the text's first {@code end} characters (at least one). */
    static char lastBeforeClosers(String text, int end) {
        int k = end - 1;
        while (k > 0 && "”“’‘\"')]»«」』 \u00a0\u202f".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return text.charAt(k);
    }
}
