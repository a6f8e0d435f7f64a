package io.tearsheet.pdf.internal.text;

import io.tearsheet.pdf.internal.font.FontFace;

/**
 * How a run of text is set: family, weight, slant, size, line spacing and colour.
 *
 * @param sans    sans-serif (display furniture) rather than serif (text)
 * @param bold    bold weight
 * @param italic  italic
 * @param size    font size in points
 * @param leading baseline-to-baseline distance in points
 * @param rgb     colour as 0xRRGGBB
 */
public record TextStyle(boolean sans, boolean bold, boolean italic, float size, float leading, int rgb) {
    /** Black. */
    public static final int BLACK = 0x111111;

    public static TextStyle serif(float size, float leading) {
        return new TextStyle(false, false, false, size, leading, BLACK);
    }

    public static TextStyle sans(float size, float leading) {
        return new TextStyle(true, false, false, size, leading, BLACK);
    }

    public FontFace face() {
        return FontFace.of(sans, bold, italic);
    }

    public TextStyle withBold(boolean value) {
        return new TextStyle(sans, value, italic, size, leading, rgb);
    }

    public TextStyle withItalic(boolean value) {
        return new TextStyle(sans, bold, value, size, leading, rgb);
    }

    public TextStyle withColor(int value) {
        return new TextStyle(sans, bold, italic, size, leading, value);
    }

    public TextStyle withSize(float newSize, float newLeading) {
        return new TextStyle(sans, bold, italic, newSize, newLeading, rgb);
    }
}
