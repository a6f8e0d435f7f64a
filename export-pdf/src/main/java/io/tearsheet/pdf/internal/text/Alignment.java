package io.tearsheet.pdf.internal.text;

/** How lines of a paragraph sit between the margins. */
public enum Alignment {
    /** Flush on both sides, except the last line. */
    JUSTIFIED,
    /** Flush left, ragged right. */
    LEFT,
    /** Centred. */
    CENTERED
}
