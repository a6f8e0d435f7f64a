package io.tearsheet.read.internal;

import io.tearsheet.quotes.internal.Sentences;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a title line into headline, deck and kicker, the way scraped pages pack them onto one line:
 * "Headline. Deck sentence. ALL-CAPS KICKER" (or a kicker first: "KICKER: Headline"). The headline is the first
 * sentence, without the full stop that parts it from the deck; the deck is what follows; a kicker is a run of
 * capitalised words at either end. A title that is one sentence keeps its full stop, as printed.
 */
public final class HeadlineSplitter {
    private static final int MIN_KICKER_LETTERS = 4;
    private static final Pattern INITIALS = Pattern.compile("[\"“‘'(]?(?:\\p{L}\\.){2,}");

    private HeadlineSplitter() {
    }

    /** Headline, deck (or null) and kicker (or null) of one line. */
    public record Parts(String headline, String deck, String kicker) {
    }

    public static Parts split(String line) {
        String text = line.strip();
        String kicker = null;
        if (!Words.isAllCaps(text, 1)) {
            int tail = trailingKicker(text);
            if (tail > 0) {
                kicker = text.substring(tail).strip();
                text = text.substring(0, tail).strip();
            } else {
                int head = leadingKicker(text);
                if (head > 0) {
                    kicker = stripSeparator(text.substring(0, head));
                    text = text.substring(head).strip();
                    if (!text.isEmpty() && "|:—–-".indexOf(text.charAt(0)) >= 0) {
                        text = text.substring(1).strip();
                    }
                }
            }
        }
        String title = text;
        List<Integer> starts = isDeckEnd(title) ? Sentences.starts(title, null).stream()
                .filter(i -> !afterInitials(title, i) && !insideBrackets(title, i)).toList() : List.of();
        if (!starts.isEmpty() && capitalisedWords(text.substring(0, starts.get(0))) > 0
                && capitalisedWords(text.substring(starts.get(0))) > 1) {
            starts = List.of(); // "The Party Is the Problem. Is Reform the Answer?": one headline of two sentences
        }
        String headline = starts.isEmpty() ? text : text.substring(0, starts.get(0)).strip();
        String deck = starts.isEmpty() ? null : text.substring(starts.get(0)).strip();
        if (deck != null && headline.endsWith(".") && !headline.endsWith("..")) {
            headline = headline.substring(0, headline.length() - 1).strip();
        }
        return new Parts(headline, deck, kicker);
    }

    /**
     * Whether a title line ends as a deck does, on a sentence's closing mark: a line that runs on without one is one
     * long headline, whatever full stops stand inside it ("… nach dem 10. Spieltag", "beginnt! So finden Sie …").
     */
    private static boolean isDeckEnd(String text) {
        return text.length() > 1 && ".!?…".indexOf(Words.lastBeforeClosers(text)) >= 0;
    }

    /**
     * How many words of four letters or more there are when every one starts with a capital (a headline's casing,
     * which a deck written as a sentence does not have), else 0.
     */
    private static int capitalisedWords(String text) {
        int longWords = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i - start >= 4) {
                if (!Character.isUpperCase(text.charAt(start))) {
                    return 0;
                }
                longWords++;
            }
        }
        return longWords;
    }

    /** Whether position {@code i} stands inside parentheses or brackets opened before it and not yet closed. */
    private static boolean insideBrackets(String text, int i) {
        int depth = 0;
        for (int k = 0; k < i; k++) {
            char c = text.charAt(k);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * Whether the sentence start at {@code i} follows a word of single letters with full stops ("T.J.", "U.S.",
     * "p.m."): initials and abbreviations, which a title line does not end a sentence on.
     */
    private static boolean afterInitials(String text, int i) {
        int end = i;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        return INITIALS.matcher(text.substring(start, end)).matches();
    }

    /** Start of an all-caps run that ends the line after a sentence, or -1. */
    private static int trailingKicker(String text) {
        int end = text.length();
        int start = end;
        int letters = 0;
        int i = end;
        while (i > 0) {
            int wordEnd = i;
            while (i > 0 && text.charAt(i - 1) != ' ') {
                i--;
            }
            String word = text.substring(i, wordEnd);
            if (!isCapsWord(word)) {
                break;
            }
            letters += letterCount(word);
            start = i;
            while (i > 0 && text.charAt(i - 1) == ' ') {
                i--;
            }
        }
        if (start == end || start == 0 || letters < MIN_KICKER_LETTERS) {
            return -1;
        }
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        while (before >= 0 && "”’\"')".indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return before >= 0 && ".?!".indexOf(text.charAt(before)) >= 0 ? start : -1;
    }

    /** End of an all-caps run that starts the line before mixed-case words ("KICKER: Headline"), or -1. */
    private static int leadingKicker(String text) {
        int i = 0;
        int words = 0;
        int letters = 0;
        boolean separator = false;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && text.charAt(i) != ' ') {
                i++;
            }
            String word = text.substring(start, i);
            if (word.equals("|") || word.equals("—") || word.equals("–") || word.equals(":")) {
                separator = words > 0;
                return separator && letters >= MIN_KICKER_LETTERS ? i : -1;
            }
            if (!isCapsWord(stripSeparator(word)) || letterCount(word) < 2) {
                break;
            }
            words++;
            letters += letterCount(word);
            if (word.endsWith(":") || word.endsWith("|")) {
                return letters >= MIN_KICKER_LETTERS ? i : -1;
            }
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
        }
        // without a separator, only a run of two or more long capitalised words is a kicker
        if (words >= 2 && letters >= 8 && i < n) {
            int end = i;
            while (end > 0 && text.charAt(end - 1) != ' ') {
                end--;
            }
            return end;
        }
        return -1;
    }

    private static boolean isCapsWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!(c == '-' || c == '&' || c == '\'' || c == '’' || c == '.' || Character.isDigit(c))) {
                return false;
            }
        }
        return letters > 0 || word.equals("&");
    }

    private static int letterCount(String word) {
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLetter(word.charAt(k))) {
                letters++;
            }
        }
        return letters;
    }

    private static String stripSeparator(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ":|—–-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
