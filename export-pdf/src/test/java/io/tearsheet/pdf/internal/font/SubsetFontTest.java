package io.tearsheet.pdf.internal.font;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A font embedded in a document carries only what the document draws with it. */
class SubsetFontTest {

    @Test
    void aDocumentThatDrawsOneWordEmbedsTheWidthsAndGlyphsOfThatWordOnly() throws IOException {
        try (PDDocument document = new PDDocument(); FontSet fonts = new FontSet(document, FontPool.SHARED, List.of(),
                WorldFonts.NONE)) {
            LoadedFont serif = fonts.face(FontFace.SERIF);
            byte[] codes = serif.encode("Hello");
            PDResources resources = new PDResources();
            COSName name = serif.addTo(resources);
            fonts.subsetAll();

            assertThat(codes).hasSize(10); // Identity-H: two bytes per character
            assertThat(serif.addTo(resources)).as("added once per page").isEqualTo(name);
            assertThat(name.getName()).isEqualTo("F1");
            COSDictionary type0 = resources.getCOSObject().getCOSDictionary(COSName.FONT).getCOSDictionary(name);
            COSDictionary cidFont = (COSDictionary) type0.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
            assertThat(type0.getNameAsString(COSName.BASE_FONT)).matches("[A-Z]{6}\\+LiberationSerif");
            assertThat(cidFont.getNameAsString(COSName.BASE_FONT)).isEqualTo(type0.getNameAsString(COSName.BASE_FONT));

            // W holds runs of "first code [widths…]": the four letters (H, e, l, o) and .notdef, which every
            // subset keeps, less any of the default width of 1000
            COSArray widths = cidFont.getCOSArray(COSName.W);
            int listed = 0;
            for (int i = 1; i < widths.size(); i += 2) {
                listed += ((COSArray) widths.getObject(i)).size();
            }
            assertThat(listed).isBetween(1, 5);
            assertThat(widths.getObject(0)).isInstanceOf(COSInteger.class);

            COSDictionary descriptor = cidFont.getCOSDictionary(COSName.FONT_DESC);
            COSStream program = (COSStream) descriptor.getDictionaryObject(COSName.FONT_FILE2);
            int wholeFont = FontPool.builtIn(FontFace.SERIF).bytes().length;
            assertThat(program.getInt(COSName.LENGTH1)).isLessThan(wholeFont / 10);
            try (InputStream in = program.createInputStream()) {
                assertThat(in.readAllBytes()).hasSize(program.getInt(COSName.LENGTH1));
            }
            assertThat(descriptor.getDictionaryObject(COSName.CID_SET)).isInstanceOf(COSStream.class);
            assertThat(cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP)).isInstanceOf(COSStream.class);
            assertThat(type0.getDictionaryObject(COSName.TO_UNICODE)).isInstanceOf(COSStream.class);
        }
    }

    @Test
    void aCharacterTheFontLacksIsRefusedByName() throws IOException {
        try (PDDocument document = new PDDocument(); FontSet fonts = new FontSet(document, FontPool.SHARED, List.of(),
                WorldFonts.NONE)) {
            LoadedFont serif = fonts.face(FontFace.SERIF);
            assertThatThrownBy(() -> serif.encode("\u0F40"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("U+0F40").hasMessageContaining("LiberationSerif");
        }
    }
}
