package io.tearsheet.pdf.internal.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The flat character map and widths answer exactly what FontBox's own tables answer, for every font we ship. */
class GlyphMetricsTest {

    @Test
    void everyCharacterHasTheGlyphAndWidthFontBoxGivesIt() throws IOException {
        List<FontProgram> programs = new ArrayList<>();
        for (FontFace face : FontFace.values()) {
            programs.add(FontPool.builtIn(face));
        }
        for (WorldFonts.WorldFont world : WorldFonts.installed().fonts()) {
            if (world.program() != null) {
                programs.add(world.program());
            }
        }
        for (FontProgram program : programs) {
            TrueTypeFont font = FontPool.SHARED.borrow(program);
            try {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                GlyphMetrics metrics = GlyphMetrics.of(font, cmap);
                float scale = 1000f / font.getUnitsPerEm();
                int mismatches = 0;
                for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                    int expected = cmap == null ? 0 : cmap.getGlyphId(cp);
                    if (metrics.glyph(cp) != expected
                            || metrics.advance(expected) != Math.round(font.getAdvanceWidth(expected) * scale)) {
                        mismatches++;
                    }
                }
                assertThat(mismatches).as(program.name()).isZero();
            } finally {
                FontPool.SHARED.release(program, font);
            }
        }
    }
}
