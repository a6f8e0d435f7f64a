package io.tearsheet.pdf.internal.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;

import java.io.IOException;
import java.util.Map;

/**
 * One font embedded (as a subset) in one document, with its metrics. Belongs to one export; not thread-safe.
 */
public final class LoadedFont {
    private final String name;
    private final FontProgram source;
    private final SubsetFont font;
    private final CmapLookup cmap;
    private final GlyphMetrics metrics;
    /** The text each shaped glyph stands for, the first time it was drawn, for the ToUnicode map. */
    private final Map<Integer, String> shapedGlyphs = new java.util.TreeMap<>();
    private boolean used;

    LoadedFont(FontProgram source, SubsetFont font, TrueTypeFont program, GlyphMetrics metrics) throws IOException {
        this.name = source.name();
        this.source = source;
        this.font = font;
        this.cmap = program.getUnicodeCmapLookup();
        this.metrics = metrics;
    }

    /** The font's name, for reports. */
    public String name() {
        return name;
    }

    /** Puts the font in a page's resources (once) and returns its name there. */
    public COSName addTo(PDResources resources) {
        return font.addTo(resources);
    }

    /** Whether the font has a glyph for this code point. */
    public boolean covers(int codePoint) {
        return glyph(codePoint) > 0;
    }

    private int glyph(int codePoint) {
        return metrics.glyph(codePoint);
    }

    /**
     * The advance of the code point's glyph in thousandths of the font size, rounded as PDFBox rounds the
     * widths it writes, so our positions and a viewer's agree.
     */
    public float advance(int codePoint) {
        return metrics.advance(glyph(codePoint));
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
        return font.encode(text);
    }

    /** Shapes {@code text} with this font ({@link Shaper}); every character must be covered. */
    public ShapedText shape(String text, boolean rightToLeft) {
        return Shaper.shape(source, text, rightToLeft);
    }

    /**
     * The codes to write for shaped glyphs (two bytes each, Identity-H), marking the glyphs as used for the
     * subset and remembering the text they stand for.
     */
    public byte[] encodeGlyphs(ShapedText shaped, String text) {
        used = true;
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        byte[] codes = new byte[shaped.glyphs().length * 2];
        for (int i = 0; i < shaped.glyphs().length; i++) {
            int gid = shaped.glyphs()[i];
            ids.add(gid);
            String cluster = shaped.cluster(i, text);
            // readers turn right-to-left text drawn in visual order around, a ligature's characters included
            shapedGlyphs.putIfAbsent(gid, shaped.rightToLeft()
                    ? new StringBuilder(cluster).reverse().toString() : cluster);
            codes[2 * i] = (byte) (gid >> 8);
            codes[2 * i + 1] = (byte) gid;
        }
        font.addGlyphs(ids);
        return codes;
    }

    /** One glyph's code (two bytes, Identity-H). */
    public static byte[] code(int gid) {
        return new byte[]{(byte) (gid >> 8), (byte) gid};
    }

    /**
     * Every glyph used and the text it stands for, by glyph id (which is the character code, Identity-H): the
     * characters of the cluster it was shaped from, else the character map's character.
     */
    Map<Integer, String> usedGlyphText() {
        Map<Integer, String> map = new java.util.TreeMap<>();
        java.util.BitSet nominal = font.codePoints();
        for (int cp = nominal.nextSetBit(0); cp >= 0; cp = nominal.nextSetBit(cp + 1)) {
            int gid = glyph(cp);
            if (gid > 0) {
                map.putIfAbsent(gid, new String(Character.toChars(nominalCharacter(gid) >= 0 ? nominalCharacter(gid) : cp)));
            }
        }
        // a shaped glyph stands for its cluster, even where the character map also reaches it from a
        // compatibility character (an Arabic presentation form), which extraction should not return
        shapedGlyphs.forEach((gid, text) -> map.put(gid, text.isEmpty() ? map.getOrDefault(gid, " ") : text));
        return map;
    }

    /** The character a glyph is the nominal glyph of, or −1 when none maps to it (a ligature, a form). */
    int nominalCharacter(int gid) {
        if (cmap == null) {
            return -1;
        }
        java.util.List<Integer> codes = cmap.getCharCodes(gid);
        if (codes == null || codes.isEmpty()) {
            return -1;
        }
        return java.util.Collections.min(codes);
    }

    /** Embeds the subset of the glyphs drawn, with {@code toUnicode} as their text. */
    void subset(COSStream toUnicode) throws IOException {
        font.subset(toUnicode);
    }

    /** Whether any glyph has been drawn with this font, so that it must be embedded. */
    boolean isUsed() {
        return used;
    }

    /** The ascent above the baseline, in thousandths of the size. */
    public float ascent() {
        return font.ascent();
    }

    /** Capital height, approximated from the ascent, in thousandths of the size. */
    public float capHeight() {
        return ascent() * 0.75f;
    }

}
