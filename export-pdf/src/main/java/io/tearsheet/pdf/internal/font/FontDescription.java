package io.tearsheet.pdf.internal.font;

import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.awt.geom.GeneralPath;
import java.io.IOException;

/**
 * What a font program's PDF font descriptor says (ISO 32000-1 §9.8), read from its tables once and shared by
 * every document that embeds it: the PostScript name, the flags, the bounding box and the vertical metrics, in
 * thousandths of the em. The values are those PDFBox's own embedder derives; StemV, which TrueType lacks, is
 * estimated from the box's width as PDFBox does.
 */
record FontDescription(String postScriptName, boolean fixedPitch, boolean italic, boolean serif, boolean script,
                       int weight, float italicAngle, float[] box, float ascent, float descent, float capHeight,
                       float xHeight, boolean embeddable, boolean subsettable) {
    private static final int ITALIC = 1;
    private static final int OBLIQUE = 512;

    /**
     * Reads the description of {@code font}.
     *
     * @throws IOException when the font lacks the OS/2 or post table, which embedding needs
     */
    static FontDescription of(TrueTypeFont font) throws IOException {
        String name = font.getName();
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        if (os2 == null) {
            throw new IOException("os2 table is missing in font " + name);
        }
        PostScriptTable post = font.getPostScript();
        if (post == null) {
            throw new IOException("post table is missing in font " + name);
        }
        HorizontalHeaderTable hhea = font.getHorizontalHeader();
        HeaderTable head = font.getHeader();
        float scale = 1000f / head.getUnitsPerEm();
        int family = os2.getFamilyClass();
        boolean serif = family == OS2WindowsMetricsTable.FAMILY_CLASS_CLAREDON_SERIFS
                || family == OS2WindowsMetricsTable.FAMILY_CLASS_FREEFORM_SERIFS
                || family == OS2WindowsMetricsTable.FAMILY_CLASS_MODERN_SERIFS
                || family == OS2WindowsMetricsTable.FAMILY_CLASS_OLDSTYLE_SERIFS
                || family == OS2WindowsMetricsTable.FAMILY_CLASS_SLAB_SERIFS;
        float[] box = {head.getXMin() * scale, head.getYMin() * scale, head.getXMax() * scale, head.getYMax() * scale};
        float capHeight;
        float xHeight;
        if (os2.getVersion() >= 1.2) {
            capHeight = os2.getCapHeight() * scale;
            xHeight = os2.getHeight() * scale;
        } else {
            GeneralPath h = font.getPath("H");
            capHeight = h != null ? Math.round(h.getBounds2D().getMaxY()) * scale
                    : (os2.getTypoAscender() + os2.getTypoDescender()) * scale;
            GeneralPath x = font.getPath("x");
            xHeight = x != null ? Math.round(x.getBounds2D().getMaxY()) * scale : os2.getTypoAscender() / 2.0f * scale;
        }
        int fsType = os2.getFsType();
        boolean embeddable = (fsType & 0x000F) != OS2WindowsMetricsTable.FSTYPE_RESTRICTED
                && (fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY;
        boolean subsettable = (fsType & OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING)
                != OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING;
        return new FontDescription(name, post.getIsFixedPitch() > 0 || hhea.getNumberOfHMetrics() == 1,
                (os2.getFsSelection() & (ITALIC | OBLIQUE)) != 0, serif,
                family == OS2WindowsMetricsTable.FAMILY_CLASS_SCRIPTS, os2.getWeightClass(), post.getItalicAngle(),
                box, hhea.getAscender() * scale, hhea.getDescender() * scale, capHeight, xHeight, embeddable,
                subsettable);
    }

    /** A new descriptor for one document, named {@code name} (the PostScript name with a subset tag). */
    PDFontDescriptor descriptor(String name) {
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.FONT_DESC);
        PDFontDescriptor descriptor = new PDFontDescriptor(dictionary);
        descriptor.setFontName(name);
        descriptor.setFixedPitch(fixedPitch);
        descriptor.setItalic(italic);
        if (serif) {
            descriptor.setSerif(true);
        }
        if (script) {
            descriptor.setScript(true);
        }
        descriptor.setFontWeight(weight);
        descriptor.setSymbolic(true);
        descriptor.setNonSymbolic(false);
        descriptor.setItalicAngle(italicAngle);
        PDRectangle rectangle = new PDRectangle();
        rectangle.setLowerLeftX(box[0]);
        rectangle.setLowerLeftY(box[1]);
        rectangle.setUpperRightX(box[2]);
        rectangle.setUpperRightY(box[3]);
        descriptor.setFontBoundingBox(rectangle);
        descriptor.setAscent(ascent);
        descriptor.setDescent(descent);
        descriptor.setCapHeight(capHeight);
        descriptor.setXHeight(xHeight);
        descriptor.setStemV(rectangle.getWidth() * .13f);
        return descriptor;
    }
}
