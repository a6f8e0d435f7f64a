package io.tearsheet.read.conventions;

import java.util.Optional;

/**
 * The dateline that opens a story's first paragraph: "BEIJING — …", "NEW YORK (AP) — …", "KYIV, Ukraine — …",
 * "WASHINGTON, March 3 — …", "LONDON, March 3 (Reuters) - …", "RIVERTON, Ore. (AP) — …". The place is printed in
 * capitals, as wire style writes it; a comma may add a state, a country or a date, brackets an agency; a dash ends
 * it. A paragraph that merely opens with a word in capitals ("ACROSS the river …", "I — and many others —") has
 * none.
 *
 * <pre>{@code
 * Dateline d = Datelines.find("LONDON, March 3 (Reuters) - Shares fell.").orElseThrow();
 * d.text();   // "LONDON, March 3 (Reuters)"
 * d.place();  // "LONDON"
 * d.rest("LONDON, March 3 (Reuters) - Shares fell.");  // "Shares fell."
 * }</pre>
 */
public final class Datelines {
    private static final int MAX_PLACE_WORDS = 5;
    private static final int MAX_QUALIFIER_WORDS = 4;
    /** The longest agency in brackets, from one bracket to the other. */
    private static final int MAX_AGENCY_LENGTH = 40;
    /** Only the start of a paragraph is looked at. */
    private static final int MAX_SCAN = 200;

    private Datelines() {
    }

    /**
     * A dateline found at the start of a paragraph.
     *
     * @param text   the dateline as written, date and agency included ("WASHINGTON, March 3", "LONDON (Reuters)")
     * @param place  the place alone, a state or country after a comma included but no date or agency
     *               ("WASHINGTON", "KYIV, Ukraine", "RIVERTON, Ore.")
     * @param length how many characters of the paragraph the dateline takes, its dash and the spaces after it
     *               included: the paragraph's own text starts there
     */
    public record Dateline(String text, String place, int length) {
        /** The paragraph's text after the dateline. */
        public String rest(String paragraph) {
            return paragraph.substring(length);
        }
    }

    /** The dateline at the start of {@code paragraph}, if it has one. */
    public static Optional<Dateline> find(String paragraph) {
        String text = paragraph.length() > MAX_SCAN ? paragraph.substring(0, MAX_SCAN) : paragraph;
        int n = text.length();
        int i = 0;
        int placeWords = 0;
        int letters = 0;
        // PLACE IN CAPITALS
        while (i < n && placeWords < MAX_PLACE_WORDS) {
            int start = i;
            i = wordEnd(text, i);
            i = start + withoutTrailingHyphens(text, start, i);
            String word = text.substring(start, i);
            if (!isCapsPlaceWord(word)) {
                i = start;
                break;
            }
            placeWords++;
            letters += letters(word);
            if (i + 1 < n && text.charAt(i) == ' ' && isCapsPlaceWord(text.substring(i + 1, wordEnd(text, i + 1)))) {
                i++;
            } else {
                break;
            }
        }
        if (placeWords == 0 || letters < 2) {
            return Optional.empty();
        }
        int placeEnd = i;
        // , Qualifier (a state or country) and , Date ("March 3"), the date also without a comma
        int qualifierWords = 0;
        while (i < n) {
            int segmentStart;
            if (i + 1 < n && text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
                segmentStart = i + 2;
            } else if (i + 1 < n && text.charAt(i) == ' ' && isDate(text, i + 1) > 0) {
                segmentStart = i + 1;
            } else {
                break;
            }
            int dateEnd = isDate(text, segmentStart);
            if (dateEnd > 0) {
                i = dateEnd;
                continue;
            }
            int j = segmentStart;
            int words = 0;
            int segmentEnd = segmentStart;
            while (j < n && qualifierWords + words < MAX_QUALIFIER_WORDS) {
                int start = j;
                j = start + withoutTrailingHyphens(text, start, wordEnd(text, j));
                String word = text.substring(start, j);
                if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))
                        || isDash(word)) {
                    break;
                }
                words++;
                segmentEnd = j;
                if (j + 1 < n && text.charAt(j) == ' ' && text.charAt(j + 1) != ' ' && text.charAt(j + 1) != '('
                        && !isDash(text.substring(j + 1, wordEnd(text, j + 1))) && isDate(text, j + 1) < 0) {
                    j++;
                } else {
                    break;
                }
            }
            if (words == 0) {
                break;
            }
            qualifierWords += words;
            i = segmentEnd;
            if (isDate(text, segmentStart) < 0) {
                placeEnd = i;
            }
        }
        // (Agency)
        int k = skipSpaces(text, i);
        if (k < n && text.charAt(k) == '(') {
            int close = text.indexOf(')', k);
            if (close < 0 || close - k > MAX_AGENCY_LENGTH) {
                return Optional.empty();
            }
            i = close + 1;
        }
        // the dash: an em or en dash, two hyphens, or a hyphen with a space after it
        k = skipSpaces(text, i);
        int dashEnd;
        if (k < n && (text.charAt(k) == '—' || text.charAt(k) == '–')) {
            dashEnd = k + 1;
        } else if (k + 1 < n && text.charAt(k) == '-' && text.charAt(k + 1) == '-') {
            dashEnd = k + 2;
        } else if (k + 1 < n && text.charAt(k) == '-' && text.charAt(k + 1) == ' ') {
            dashEnd = k + 1;
        } else {
            return Optional.empty();
        }
        int restStart = skipSpaces(text, dashEnd);
        if (restStart >= n || text.charAt(dashEnd - 1) == '-' && restStart == dashEnd) {
            return Optional.empty(); // nothing after it, or a hyphenated word rather than a dash
        }
        return Optional.of(new Dateline(text.substring(0, i).strip(), text.substring(0, placeEnd).strip(),
                restStart));
    }

    /** The end of a written date ("March 3", "Nov. 9") that starts at {@code from}, or -1. */
    private static int isDate(String text, int from) {
        int n = text.length();
        int i = from;
        if (i >= n || !Character.isUpperCase(text.charAt(i))) {
            return -1;
        }
        i++;
        int lower = 0;
        while (i < n && Character.isLowerCase(text.charAt(i))) {
            i++;
            lower++;
        }
        if (lower < 2 || lower > 8) {
            return -1;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
        }
        if (i >= n || text.charAt(i) != ' ') {
            return -1;
        }
        i++;
        int digits = 0;
        while (i < n && Character.isDigit(text.charAt(i)) && digits < 3) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 2 || i < n && Character.isLetterOrDigit(text.charAt(i))) {
            return -1;
        }
        return i;
    }

    /**
     * The length of the word from {@code start} to {@code end} without the hyphens that end it when a space or the
     * end of the text follows: "BEIJING- Workers …" is a place and a dash.
     */
    private static int withoutTrailingHyphens(String text, int start, int end) {
        if (end < text.length() && text.charAt(end) != ' ') {
            return end - start;
        }
        int cut = end;
        while (cut > start + 1 && text.charAt(cut - 1) == '-') {
            cut--;
        }
        return cut - start;
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != ',' && text.charAt(end) != '(') {
            end++;
        }
        return end;
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
