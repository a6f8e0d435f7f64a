package io.tearsheet.pdf.internal.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A font program's character map and advance widths as flat arrays, read once and shared by every document
 * (immutable, so safe between threads). The exporter asks for a glyph and a width for every character it sets;
 * FontBox answers from boxed hash maps, which made those look-ups a tenth of a one-article PDF.
 */
final class GlyphMetrics {
    private static final int BMP = 0x10000;

    /** The glyph of each character of the Basic Multilingual Plane, 0 for none. */
    private final char[] bmp;
    /** The glyphs of characters beyond it. */
    private final Map<Integer, Integer> supplementary;
    /** Each glyph's advance in thousandths of the em, rounded as PDF widths are written. */
    private final float[] advances;

    private GlyphMetrics(char[] bmp, Map<Integer, Integer> supplementary, float[] advances) {
        this.bmp = bmp;
        this.supplementary = supplementary;
        this.advances = advances;
    }

    /** Reads the metrics of {@code font} through its Unicode character map {@code cmap} (which may be null); without
     * horizontal metrics every glyph is 250 units wide, as FontBox assumes. */
    static GlyphMetrics of(TrueTypeFont font, CmapLookup cmap) throws IOException {
        int glyphs = font.getNumberOfGlyphs();
        char[] bmp = new char[BMP];
        Map<Integer, Integer> supplementary = new HashMap<>();
        float[] advances = new float[Math.max(glyphs, 1)];
        float scale = 1000f / font.getUnitsPerEm();
        HorizontalMetricsTable metrics = font.getHorizontalMetrics();
        for (int gid = 0; gid < glyphs; gid++) {
            advances[gid] = Math.round((metrics == null ? 250 : metrics.getAdvanceWidth(gid)) * scale);
            List<Integer> codes = cmap == null || gid == 0 ? null : cmap.getCharCodes(gid);
            if (codes == null) {
                continue;
            }
            for (int cp : codes) {
                if (cp >= 0 && cp < BMP) {
                    bmp[cp] = (char) gid;
                } else if (cp >= BMP && cp <= Character.MAX_CODE_POINT) {
                    supplementary.put(cp, gid);
                }
            }
        }
        return new GlyphMetrics(bmp, Map.copyOf(supplementary), advances);
    }

    /** The glyph of a character, 0 (.notdef) for none. */
    int glyph(int codePoint) {
        if (codePoint >= 0 && codePoint < BMP) {
            return bmp[codePoint];
        }
        return supplementary.getOrDefault(codePoint, 0);
    }

    /** A glyph's advance in thousandths of the em. */
    float advance(int gid) {
        return gid >= 0 && gid < advances.length ? advances[gid] : 0;
    }
}
