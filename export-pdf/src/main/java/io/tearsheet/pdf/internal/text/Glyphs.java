package io.tearsheet.pdf.internal.text;

import io.tearsheet.pdf.internal.font.LoadedFont;
import io.tearsheet.pdf.internal.font.ShapedText;
import io.tearsheet.pdf.internal.tagging.StructNode;

/**
 * Characters drawn in one font at one position on a line.
 *
 * @param x          the left edge, in points from the line's start
 * @param font       the font
 * @param size       the font size
 * @param rgb        the colour, 0xRRGGBB
 * @param text       the characters, every one covered by the font
 * @param width      the advance, in points
 * @param link       the element this belongs to when not the line's own (a Link, a list label), or null
 * @param href       the link target, or null
 * @param plainStart the code-point offset in the paragraph's plain text, or −1 for added text
 * @param actualText the characters the glyphs stand for when they differ from {@code text} (a placeholder
 *                   drawn for a character no font has), or null
 * @param tracking   extra space after each glyph, in points (letter-spacing that spares a loose line wide
 *                   word spaces); included in {@code width}
 * @param shaped     the glyphs OpenType shaping chose for {@code text} (joined, reordered, stacked), drawn in
 *                   place of its characters with {@code text} as their ActualText; null for text set character
 *                   by character
 */
public record Glyphs(float x, LoadedFont font, float size, int rgb, String text, float width, StructNode link,
                     String href, int plainStart, String actualText, float tracking, ShapedText shaped) {

    public Glyphs(float x, LoadedFont font, float size, int rgb, String text, float width, StructNode link,
                  String href, int plainStart, String actualText) {
        this(x, font, size, rgb, text, width, link, href, plainStart, actualText, 0, null);
    }

    /** The same glyphs at another position. */
    public Glyphs at(float newX) {
        return new Glyphs(newX, font, size, rgb, text, width, link, href, plainStart, actualText, tracking, shaped);
    }

    /** The same glyphs at another position, belonging to another element and to no link or paragraph text. */
    public Glyphs ownedBy(StructNode owner, float newX) {
        return new Glyphs(newX, font, size, rgb, text, width, owner, null, -1, actualText, tracking, shaped);
    }

    /**
     * The same glyphs with {@code extra} points after each glyph; shaped text is never letter-spaced, which
     * would break joined scripts apart.
     */
    public Glyphs tracked(float extra) {
        if (shaped != null) {
            return this;
        }
        int count = text.codePointCount(0, text.length());
        return new Glyphs(x, font, size, rgb, text, width + extra * count, link, href, plainStart, actualText,
                tracking + extra, null);
    }

    /** Whether this is shaped text, drawn glyph by glyph and extracted through its ActualText. */
    public boolean isShaped() {
        return shaped != null;
    }
}
