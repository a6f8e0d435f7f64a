package io.tearsheet.pdf.internal.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes text with the JDK's OpenType layout engine (HarfBuzz, inside {@link Font#layoutGlyphVector}): Arabic
 * joining forms and ligatures, Indic conjuncts and reordered vowel signs, Thai and Hebrew mark positioning. Only
 * the scripts that need it are shaped ({@link #needsShaping}); Latin, Greek, Cyrillic and CJK text keeps the
 * exporter's own glyph-by-glyph setting, which is faster and gives the same result. Runs headless.
 * Thread-safe: AWT fonts are immutable and shared between exports.
 */
public final class Shaper {
    /** Shaping happens at this size, so that positions come out in thousandths of the size. */
    private static final float UNITS = 1000f;
    private static final FontRenderContext UNHINTED = new FontRenderContext(null, false, true);
    private static final Map<String, Font> AWT_FONTS = new ConcurrentHashMap<>();

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Shaper() {
    }

    /**
     * Whether {@code text} has characters whose glyphs depend on their neighbours: letters of the scripts that
     * join, reorder or stack, and combining marks.
     */
    public static boolean needsShaping(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0300) {
                continue;
            }
            if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                return true;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case ARABIC, SYRIAC, THAANA, NKO, MONGOLIAN, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL,
                        TELUGU, KANNADA, MALAYALAM, SINHALA, THAI, LAO, TIBETAN, MYANMAR, KHMER:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * Shapes {@code text}, set by {@code program}, in the direction given.
     *
     * @param rightToLeft whether the run is right-to-left (Arabic, Hebrew): glyphs still come back left to right
     */
    public static ShapedText shape(FontProgram program, String text, boolean rightToLeft) {
        Font font = AWT_FONTS.computeIfAbsent(program.sha256(), key -> awtFont(program));
        char[] chars = text.toCharArray();
        int flags = rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
        GlyphVector vector = font.layoutGlyphVector(UNHINTED, chars, 0, chars.length, flags);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int kept = 0;
        int[] glyphs = new int[count];
        float[] x = new float[count];
        float[] y = new float[count];
        int[] clusters = new int[count];
        for (int i = 0; i < count; i++) {
            // 0xFFFF and 0xFFFE are the engine's markers for invisible glyphs (joiners, deleted characters)
            if (codes[i] >= 0xFFFE) {
                continue;
            }
            glyphs[kept] = codes[i];
            x[kept] = positions[2 * i];
            y[kept] = -positions[2 * i + 1];
            clusters[kept] = vector.getGlyphCharIndex(i);
            kept++;
        }
        Point2D end = vector.getGlyphPosition(count);
        return new ShapedText(java.util.Arrays.copyOf(glyphs, kept), java.util.Arrays.copyOf(x, kept),
                java.util.Arrays.copyOf(y, kept), java.util.Arrays.copyOf(clusters, kept), (float) end.getX(),
                rightToLeft);
    }

    private static Font awtFont(FontProgram program) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(program.bytes())).deriveFont(UNITS);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the JDK cannot read font " + program.name() + " for shaping", e);
        }
    }
}
