package io.tearsheet.pdf.internal.font;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;

/** Checks on fonts that users register. */
public final class FontPrograms {
    private FontPrograms() {
    }

    /**
     * Why the program cannot be embedded (not a font; OpenType with PostScript outlines, which PDFBox cannot
     * subset into a Type 0 font; no Unicode character map), or null when it can.
     */
    public static String problem(FontProgram program) {
        TrueTypeFont font;
        try {
            font = FontPool.SHARED.borrow(program);
        } catch (IOException | RuntimeException e) {
            return "it is not a TrueType or OpenType font (" + e.getMessage() + ")";
        }
        try {
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                return "OpenType fonts with PostScript (CFF) outlines are not supported; use a TrueType-flavoured font";
            }
            if (font.getUnicodeCmapLookup(false) == null) {
                return "it has no Unicode character map";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "it cannot be read (" + e.getMessage() + ")";
        } finally {
            FontPool.SHARED.release(program, font);
        }
    }
}
