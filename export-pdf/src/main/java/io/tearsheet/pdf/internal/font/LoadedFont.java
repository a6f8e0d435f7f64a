package io.tearsheet.pdf.internal.font;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One font embedded (as a subset) in one document, with its metrics. Belongs to one export; not thread-safe.
 */
public final class LoadedFont {
    private final String name;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final TrueTypeFont program;
    private final float scale;
    private final Map<Integer, Float> advances = new HashMap<>();
    private boolean used;

    LoadedFont(String name, PDType0Font font, TrueTypeFont program) throws IOException {
        this.name = name;
        this.font = font;
        this.program = program;
        this.cmap = program.getUnicodeCmapLookup();
        this.scale = 1000f / program.getUnitsPerEm();
    }

    /** The font's name, for reports. */
    public String name() {
        return name;
    }

    /** The PDFBox font, to put in page resources. */
    public PDType0Font pdFont() {
        return font;
    }

    /** Whether the font has a glyph for this code point. */
    public boolean covers(int codePoint) {
        return glyph(codePoint) > 0;
    }

    private int glyph(int codePoint) {
        return cmap == null ? 0 : cmap.getGlyphId(codePoint);
    }

    /**
     * The advance of the code point's glyph in thousandths of the font size, rounded as PDFBox rounds the
     * widths it writes, so our positions and a viewer's agree.
     */
    public float advance(int codePoint) {
        Float cached = advances.get(codePoint);
        if (cached != null) {
            return cached;
        }
        float advance;
        try {
            advance = Math.round(program.getAdvanceWidth(glyph(codePoint)) * scale);
        } catch (IOException e) {
            advance = 0;
        }
        advances.put(codePoint, advance);
        return advance;
    }

    /** The width of {@code text} at {@code size} points; every code point must be covered. */
    public float width(String text, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += advance(cp);
            i += Character.charCount(cp);
        }
        return total * size / 1000f;
    }

    /** The glyph codes to write for {@code text}, marking each glyph as used for the subset. */
    public byte[] encode(String text) throws IOException {
        used = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            font.addToSubset(cp);
            i += Character.charCount(cp);
        }
        return font.encode(text);
    }

    /** Whether any glyph has been drawn with this font, so that it must be embedded. */
    boolean isUsed() {
        return used;
    }

    /** The ascent above the baseline, in thousandths of the size. */
    public float ascent() {
        try {
            return program.getHorizontalHeader().getAscender() * scale;
        } catch (IOException e) {
            return 800;
        }
    }

    /** Capital height, approximated from the ascent, in thousandths of the size. */
    public float capHeight() {
        return ascent() * 0.75f;
    }

}
