package io.tearsheet.pdf.internal.font;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A TrueType font embedded in one document as a Type 0 font with a CIDFontType2 descendant, Identity-H encoded
 * (a character code is the glyph's id in the whole font), and subset when the document is complete. The
 * dictionaries are those PDFBox's embedder writes, but only for the glyphs the document uses: PDFBox builds and
 * reads back the widths of every glyph in the font for each document before subsetting replaces them, which was
 * a sixth of the time of a one-article PDF.
 */
final class SubsetFont {
    /** The tables a CIDFontType2 program keeps (ISO 32000-1 §9.9); the rest go. */
    private static final List<String> TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");
    private static final String BASE25 = "BCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final PDDocument document;
    private final TrueTypeFont program;
    private final FontDescription description;
    private final GlyphMetrics metrics;
    private final COSDictionary type0 = new COSDictionary();
    private final COSDictionary cidFont = new COSDictionary();
    private final PDFontDescriptor descriptor;
    private final BitSet codePoints = new BitSet();
    private final Set<Integer> glyphIds = new HashSet<>();

    SubsetFont(PDDocument document, TrueTypeFont program, FontDescription description, GlyphMetrics metrics)
            throws IOException {
        if (!description.embeddable()) {
            throw new IOException("This font does not permit embedding");
        }
        this.document = document;
        this.program = program;
        this.description = description;
        this.metrics = metrics;
        String name = description.postScriptName();
        descriptor = description.descriptor(name);
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor.getCOSObject());
        // set by subset(): the keys are placed now so that the dictionary reads in the usual order
        cidFont.setItem(COSName.W, new COSArray());
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
    }

    /**
     * The codes of {@code text} (two bytes per character: its glyph), marking the characters as used.
     *
     * @throws IllegalArgumentException when the font has no glyph for a character
     */
    byte[] encode(String text) {
        byte[] codes = new byte[text.length() * 2];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int cp = Character.isSurrogate(c) ? text.codePointAt(i) : c;
            int gid = metrics.glyph(cp);
            if (gid == 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "No glyph for U+%04X in font %s",
                        cp, description.postScriptName()));
            }
            codePoints.set(cp);
            codes[length++] = (byte) (gid >> 8);
            codes[length++] = (byte) gid;
            i += Character.charCount(cp);
        }
        return length == codes.length ? codes : Arrays.copyOf(codes, length);
    }

    /** The characters encoded so far (a live view: do not change it). */
    BitSet codePoints() {
        return codePoints;
    }

    /** The ascent above the baseline (the horizontal header's), in thousandths of the em. */
    float ascent() {
        return description.ascent();
    }

    /** Marks glyphs drawn by id (shaped text) as used. */
    void addGlyphs(Set<Integer> ids) {
        glyphIds.addAll(ids);
    }

    /**
     * Adds the font to a page's resources under a new name (F1, F2… as PDFBox names them), or finds the name it
     * already has there.
     */
    COSName addTo(PDResources resources) {
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
        } else if (fonts.containsValue(type0)) {
            return fonts.getKeyForValue(type0);
        }
        int n = fonts.size();
        COSName key;
        do {
            key = COSName.getPDFName("F" + ++n);
        } while (fonts.containsKey(key));
        fonts.setItem(key, type0);
        return key;
    }

    /**
     * Embeds the subset of the glyphs used, with widths, the map from codes to the subset's glyphs, the set of
     * codes PDF/A asks for, and {@code toUnicode} as the text of each code.
     */
    void subset(COSStream toUnicode) throws IOException {
        if (!description.subsettable()) {
            throw new IOException("This font does not permit subsetting");
        }
        TTFSubsetter subsetter = new TTFSubsetter(program, TABLES);
        subsetter.addAll(codePoints.stream().boxed().collect(Collectors.toSet()));
        if (!glyphIds.isEmpty()) {
            subsetter.addGlyphIds(glyphIds);
        }
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        String tag = tag(newToOld);
        subsetter.setPrefix(tag);
        ByteArrayOutputStream subsetProgram = new ByteArrayOutputStream();
        subsetter.writeToStream(subsetProgram);

        TreeMap<Integer, Integer> oldToNew = new TreeMap<>();
        newToOld.forEach((newGid, oldGid) -> oldToNew.put(oldGid, newGid));
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        COSStream file = stream(subsetProgram.toByteArray());
        file.setLong(COSName.LENGTH1, subsetProgram.size());
        descriptor.setFontFile2(new PDStream(file));
        String name = tag + description.postScriptName();
        type0.setName(COSName.BASE_FONT, name);
        descriptor.setFontName(name);
        cidFont.setName(COSName.BASE_FONT, name);
        cidFont.setItem(COSName.W, widths(oldToNew));
        int last = oldToNew.lastKey();
        byte[] map = new byte[last * 2 + 2];
        oldToNew.forEach((oldGid, newGid) -> {
            map[2 * oldGid] = (byte) (newGid >> 8);
            map[2 * oldGid + 1] = (byte) (int) newGid;
        });
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(map));
        // every code up to the last, as PDFBox marks them: codes without a glyph map to the subset's .notdef
        byte[] cids = new byte[last / 8 + 1];
        for (int cid = 0; cid <= last; cid++) {
            cids[cid / 8] |= (byte) (1 << 7 - cid % 8);
        }
        descriptor.setCIDSet(new PDStream(stream(cids)));
    }

    /** c [w1 w2 …] runs of consecutive codes, leaving out the default width of 1000. */
    private COSArray widths(TreeMap<Integer, Integer> oldToNew) {
        COSArray widths = new COSArray();
        COSArray run = null;
        int previous = Integer.MIN_VALUE;
        for (int cid : oldToNew.keySet()) {
            long width = (long) metrics.advance(cid); // whole thousandths already
            if (width == 1000) {
                continue;
            }
            if (previous != cid - 1) {
                run = new COSArray();
                widths.add(COSInteger.get(cid));
                widths.add(run);
            }
            run.add(COSInteger.get(width));
            previous = cid;
        }
        return widths;
    }

    private COSStream stream(byte[] bytes) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(bytes);
        }
        return stream;
    }

    /** Six capitals and a plus sign that name the subset, the same for the same glyphs (as PDFBox derives it). */
    private static String tag(Map<Integer, Integer> newToOld) {
        long num = newToOld.hashCode();
        StringBuilder tag = new StringBuilder();
        do {
            long div = num / 25;
            tag.append(BASE25.charAt((int) (num % 25)));
            num = div;
        } while (num != 0 && tag.length() < 6);
        while (tag.length() < 6) {
            tag.insert(0, 'A');
        }
        return tag.append('+').toString();
    }
}
