package io.tearsheet.quotes.internal;

/**
 * Code-point offsets of char positions asked for in reading order: it counts on from the last position rather
 * than from the start of the paragraph, so offsets of many quotations in a long paragraph cost one pass over it.
 * A position in another paragraph, or before the last one, starts the count again.
 */
final class CodePointCursor {
    private int paragraph = -1;
    private int charIndex;
    private int codePoints;

    /** The number of code points of {@code text} before char {@code charIndex}; text is that of {@code paragraph}. */
    int offset(int paragraph, String text, int charIndex) {
        if (this.paragraph != paragraph || this.charIndex > charIndex) {
            this.paragraph = paragraph;
            this.charIndex = 0;
            this.codePoints = 0;
        }
        codePoints += text.codePointCount(this.charIndex, charIndex);
        this.charIndex = charIndex;
        return codePoints;
    }
}
