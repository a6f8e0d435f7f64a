package io.tearsheet.read.internal;

/**
 * A paragraph candidate of a page's text: a line, or the lines of a hard-wrapped paragraph, with what the locator
 * measures of it.
 *
 * @param first   the index of its first line in the page's lines
 * @param last    the index of its last line
 * @param text    its lines joined by spaces
 * @param words   its words (runs of non-spaces)
 * @param chars   its length in characters
 * @param stops   the function words of the page's language in it
 * @param links   the links a text browser marked in it
 * @param headerItem whether it is a byline, a credit or a time stamp ({@link HeaderLines#isHeaderItem}): asked once,
 *                as the prose model asks it of every unit and the headline's and the header's rules again
 */
record PageUnit(int first, int last, String text, int words, int chars, int stops, int links, boolean headerItem) {
    private static final String SENTENCE_ENDS = ".!?…。！？";
    /** The longest credit in brackets after a sentence's end: "(dpa)", "(AP Photo)", "(Reuters)". */
    private static final int MAX_CREDIT_AFTER_CHARS = 20;

    PageUnit(int first, int last, String text, int words, int chars, int stops, int links) {
        this(first, last, text, words, chars, stops, links, HeaderLines.isHeaderItem(text, words));
    }

    /** The same unit with {@code stops} function words. */
    PageUnit withStops(int stops) {
        return new PageUnit(first, last, text, words, chars, stops, links, headerItem);
    }

    /** The share of its words that are function words. */
    double stopDensity() {
        return words == 0 ? 0 : (double) stops / words;
    }

    /** Roughly the share of its words inside links: a link is counted as three words, as menus' links are short. */
    double linkDensity() {
        return words == 0 ? 0 : Math.min(1, links * 3.0 / words);
    }

    /** Whether it holds a letter of any script: a unit of digits and signs alone is a counter or a rule. */
    boolean hasLetter() {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Whether it holds a digit. */
    boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether it ends as a sentence ends: a full stop, question or exclamation mark, perhaps inside quotes, perhaps with
     * an agency's credit in brackets after it ("… vor der Tagesschau. (dpa)").
     */
    boolean endsSentence() {
        if (text.isEmpty()) {
            return false;
        }
        if (text.endsWith(")")) {
            int open = text.lastIndexOf('(');
            if (open > 1 && text.charAt(open - 1) == ' ' && text.length() - open <= MAX_CREDIT_AFTER_CHARS
                    && SENTENCE_ENDS.indexOf(Words.lastBeforeClosers(text, open - 1)) >= 0) {
                return true;
            }
        }
        return SENTENCE_ENDS.indexOf(Words.lastBeforeClosers(text)) >= 0;
    }
}
