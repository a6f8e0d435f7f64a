package io.tearsheet.quotes.internal;

import io.tearsheet.read.conventions.WordTable;

import java.util.regex.Pattern;

/** Words that end with a full stop without ending a sentence: titles, months, US state abbreviations, "Inc.". */
public final class Abbreviations {
    private static final WordTable<Boolean> WORDS = WordTable.of(Lexicon.words("abbreviations"));
    /** Initials run together: "G.K", "J.R.R". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}\\p{Lu}");

    private Abbreviations() {
    }

    /**
     * Whether the word ending just before the full stop at {@code period} is an abbreviation or an initial
     * ("J." in "J. Smith").
     */
    public static boolean endsAt(String text, int period) {
        int start = period;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && "(“‘\"'[".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String word = text.substring(start, period);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        if (word.indexOf('.') > 0 && INITIALS.matcher(word).matches()) {
            return true; // "G.K" of "G.K. Butterfield"
        }
        return WORDS.contains(word); // any case
    }
}
