package io.tearsheet.read.internal;

/**
 * Separates a dateline from the start of the first paragraph: "BEIJING — …", "LONDON (Reuters) - …",
 * "WASHINGTON, March 3 — …", "RIVERTON, Ore. (AP) — …". The place is printed in capitals; a comma may add a
 * state, country or date, brackets an agency; a dash ends it. A paragraph that merely opens with a word in
 * capitals ("BEHIND the walls …") has no dash there and keeps its text.
 */
public final class DatelineSplitter {
    private static final int MAX_PLACE_WORDS = 5;
    private static final int MAX_QUALIFIER_WORDS = 4;
    private static final int MAX_AGENCY_LENGTH = 40;

    private DatelineSplitter() {
    }

    /** The dateline and the paragraph's text after it. */
    public record Split(String dateline, String rest) {
    }

    /** The split, or null when the paragraph does not start with a dateline. */
    public static Split split(String paragraph) {
        String text = paragraph;
        int n = text.length();
        int i = 0;
        int placeWords = 0;
        int letters = 0;
        // PLACE IN CAPITALS
        while (i < n && placeWords < MAX_PLACE_WORDS) {
            int start = i;
            while (i < n && text.charAt(i) != ' ' && text.charAt(i) != ',' && text.charAt(i) != '(') {
                i++;
            }
            String word = text.substring(start, i);
            if (!isCapsPlaceWord(word)) {
                i = start;
                break;
            }
            placeWords++;
            letters += letters(word);
            if (i < n && text.charAt(i) == ' ' && i + 1 < n && isCapsPlaceWord(nextWord(text, i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (placeWords == 0 || letters < 2) {
            return null;
        }
        // , Qualifier (state, country or date)
        if (i + 1 < n && text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
            int j = i + 2;
            int words = 0;
            while (j < n && words < MAX_QUALIFIER_WORDS) {
                int start = j;
                while (j < n && text.charAt(j) != ' ' && text.charAt(j) != ',' && text.charAt(j) != '(') {
                    j++;
                }
                String word = text.substring(start, j);
                if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))
                        || isDash(word)) {
                    j = start;
                    break;
                }
                words++;
                if (j < n && (text.charAt(j) == ',' || text.charAt(j) == ' ') && j + 1 < n && text.charAt(j + 1) != ' '
                        && !isDash(nextWord(text, j + 1)) && text.charAt(j + 1) != '(') {
                    j += text.charAt(j) == ',' && j + 1 < n && text.charAt(j + 1) == ' ' ? 2 : 1;
                } else {
                    break;
                }
            }
            if (words == 0) {
                return null;
            }
            i = j;
        }
        // (Agency)
        int k = skipSpaces(text, i);
        if (k < n && text.charAt(k) == '(') {
            int close = text.indexOf(')', k);
            if (close < 0 || close - k > MAX_AGENCY_LENGTH) {
                return null;
            }
            i = close + 1;
        }
        // the dash
        k = skipSpaces(text, i);
        boolean spaced = k > i;
        int dashEnd;
        if (k < n && (text.charAt(k) == '—' || text.charAt(k) == '–')) {
            dashEnd = k + 1;
        } else if (k + 1 < n && text.charAt(k) == '-' && text.charAt(k + 1) == '-') {
            dashEnd = k + 2;
        } else if (spaced && k < n && text.charAt(k) == '-') {
            dashEnd = k + 1;
        } else {
            return null;
        }
        int restStart = skipSpaces(text, dashEnd);
        if (text.charAt(dashEnd - 1) == '-' && restStart == dashEnd) {
            return null; // a hyphenated word, not a dash
        }
        if (restStart >= n || !(Character.isLetterOrDigit(text.charAt(restStart)) || "“‘\"'(".indexOf(text.charAt(restStart)) >= 0)) {
            return null;
        }
        String dateline = text.substring(0, i).strip();
        return new Split(dateline, text.substring(restStart));
    }

    private static String nextWord(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != ',' && text.charAt(end) != '(') {
            end++;
        }
        return text.substring(from, end);
    }

    private static boolean isCapsPlaceWord(String word) {
        if (word.isEmpty() || isDash(word)) {
            return false;
        }
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return letters > 0;
    }

    private static boolean isDash(String word) {
        return word.equals("—") || word.equals("–") || word.equals("-") || word.equals("--");
    }

    private static int letters(String word) {
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLetter(word.charAt(k))) {
                letters++;
            }
        }
        return letters;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
