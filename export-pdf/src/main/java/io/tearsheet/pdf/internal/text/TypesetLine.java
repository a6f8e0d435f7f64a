package io.tearsheet.pdf.internal.text;

import java.util.List;

/**
 * A finished line of text: glyph runs with their positions, ready to be drawn at a baseline.
 *
 * @param glyphs     the runs in reading order
 * @param width      the width the line occupies
 * @param ascent     the tallest run's ascent above the baseline, in points
 * @param leading    the baseline-to-baseline distance to the next line of the same paragraph
 * @param plainStart the code-point offset of the line's first character in the paragraph's plain text, or −1
 */
public record TypesetLine(List<Glyphs> glyphs, float width, float ascent, float leading, int plainStart) {
    public TypesetLine {
        glyphs = List.copyOf(glyphs);
    }
}
