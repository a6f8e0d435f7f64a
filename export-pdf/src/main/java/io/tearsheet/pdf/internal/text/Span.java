package io.tearsheet.pdf.internal.text;

import io.tearsheet.pdf.internal.tagging.StructNode;

/**
 * A run of text in one style, as the inline tree gives it.
 *
 * @param text       the characters
 * @param style      how they are set
 * @param link       the Link element they belong to, or null
 * @param href       the link's target, or null
 * @param plainStart the code-point offset of the first character in the paragraph's plain text, or −1 for text
 *                   the exporter adds (brackets around insertions, list labels)
 */
public record Span(String text, TextStyle style, StructNode link, String href, int plainStart) {
    /** Text the exporter adds, outside the paragraph's own plain text. */
    public static Span added(String text, TextStyle style) {
        return new Span(text, style, null, null, -1);
    }
}
