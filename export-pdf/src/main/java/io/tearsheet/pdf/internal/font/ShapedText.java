package io.tearsheet.pdf.internal.font;

/**
 * Text after OpenType shaping: the glyphs to draw, left to right as seen, with their positions, in thousandths
 * of the font size. A glyph stands for one or more characters (a ligature, a conjunct) and a character may need
 * several glyphs (a split vowel), so glyphs are not characters: the text they stand for travels with them as
 * {@code ActualText}.
 *
 * @param glyphs  glyph ids in the font, in visual order
 * @param x       each glyph's horizontal position from the start of the run
 * @param y       each glyph's vertical offset from the baseline, upwards (mark positioning)
 * @param chars   for each glyph, the index in the text of the first character it stands for
 * @param advance the run's total advance
 * @param rightToLeft whether the text runs right to left (its glyphs are still listed left to right)
 */
public record ShapedText(int[] glyphs, float[] x, float[] y, int[] chars, float advance, boolean rightToLeft) {
    public ShapedText {
        if (x.length != glyphs.length || y.length != glyphs.length || chars.length != glyphs.length) {
            throw new IllegalArgumentException("one position per glyph");
        }
    }

    /**
     * The characters of {@code text} glyph {@code i} stands for: from its first character to the first character
     * of the next cluster.
     */
    public String cluster(int i, String text) {
        int start = chars[i];
        int end = text.length();
        for (int c : chars) {
            if (c > start && c < end) {
                end = c;
            }
        }
        return text.substring(Math.min(start, text.length()), end);
    }
}
