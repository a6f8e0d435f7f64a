package io.tearsheet.pdf.internal.text;

import io.tearsheet.pdf.internal.font.FontPool;
import io.tearsheet.pdf.internal.font.FontSet;
import io.tearsheet.pdf.internal.font.WorldFonts;
import io.tearsheet.pdf.internal.font.WorldFontsRequired;
import io.tearsheet.pdf.internal.hyphenation.Hyphenator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where paragraphs break into lines, in scripts written with and without spaces. */
class ParagraphSetterTest {
    private static final TextStyle TEXT = TextStyle.serif(10, 13);
    /** Made up for the test: "The crews showed their boats on the quay and invited visitors aboard." */
    private static final String CHINESE = "船员们在码头上展示了他们的渔船，并邀请游客登船参观。孩子们第一次听到了发动机的声音。";
    /** "The sea connects us together": six words, none separated by a space. */
    private static final List<String> THAI_WORDS = List.of("ทะเล", "เชื่อม", "เรา", "เข้า", "ด้วย", "กัน");

    private final PDDocument document = new PDDocument();
    private FontSet fonts;

    @AfterEach
    void close() throws IOException {
        document.close();
        if (fonts != null) {
            fonts.close();
        }
    }

    private List<String> lines(String text, float width, Alignment alignment, String language) throws IOException {
        fonts = new FontSet(document, FontPool.SHARED, List.of(), WorldFonts.installed());
        ParagraphSetter setter = new ParagraphSetter(fonts, Hyphenator.forLanguage(language));
        List<String> lines = new ArrayList<>();
        for (TypesetLine line : setter.set(List.of(new Span(text, TEXT, null, null, 0)), width, alignment, 0)) {
            StringBuilder out = new StringBuilder();
            for (Glyphs glyphs : line.glyphs()) {
                out.append(glyphs.text());
            }
            lines.add(out.toString());
        }
        return lines;
    }

    @ParameterizedTest
    @EnumSource(value = Alignment.class, names = {"LEFT", "JUSTIFIED"})
    void chineseBreaksBetweenCharactersButNeverBeforeClosingOrAfterOpeningPunctuation(Alignment alignment)
            throws IOException {
        WorldFontsRequired.check();
        List<String> lines = lines("“" + CHINESE + "”", 75, alignment, "en");

        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(String.join("", lines)).isEqualTo("“" + CHINESE + "”");
        for (String line : lines) {
            assertThat(line).as("line start").doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("”");
            assertThat(line).as("line end").doesNotEndWith("“");
        }
    }

    @Test
    void thaiBreaksOnlyBetweenTheWordsOfItsDictionary() throws IOException {
        WorldFontsRequired.check();
        String text = String.join("", THAI_WORDS);

        List<String> lines = lines(text, 40, Alignment.LEFT, "en");

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo(text);
        for (String line : lines) {
            assertThat(line).as("a line of whole words").matches("(" + String.join("|", THAI_WORDS) + ")+");
        }
    }

    @Test
    void justifiedThaiIsNotSpreadApart() throws IOException {
        WorldFontsRequired.check();
        fonts = new FontSet(document, FontPool.SHARED, List.of(), WorldFonts.installed());
        ParagraphSetter setter = new ParagraphSetter(fonts, Hyphenator.forLanguage("th"));
        String text = String.join("", THAI_WORDS) + " " + String.join("", THAI_WORDS);

        for (TypesetLine line : setter.set(List.of(new Span(text, TEXT, null, null, 0)), 90, Alignment.JUSTIFIED, 0)) {
            for (int i = 1; i < line.glyphs().size(); i++) {
                Glyphs before = line.glyphs().get(i - 1);
                Glyphs after = line.glyphs().get(i);
                if (!before.text().equals(" ") && !after.text().equals(" ")) {
                    // words of one phrase touch: a gap between them would read as a space
                    assertThat(after.x()).isCloseTo(before.x() + before.width(), org.assertj.core.data.Offset.offset(0.01f));
                }
            }
        }
    }

    @Test
    void onlyLatinWordsAreHyphenated() throws IOException {
        String greek = "Μεσογειακός Μεσογειακός Μεσογειακός Μεσογειακός";
        String cyrillic = "объединяет объединяет объединяет объединяет";

        assertThat(lines(greek, 60, Alignment.JUSTIFIED, "en")).noneMatch(line -> line.endsWith("-"));
        assertThat(lines(cyrillic, 60, Alignment.JUSTIFIED, "en")).noneMatch(line -> line.endsWith("-"));
        assertThat(lines("extraordinarily unquestionably incomprehensibilities", 60, Alignment.JUSTIFIED, "en"))
                .anyMatch(line -> line.endsWith("-"));
    }

    @Test
    void withoutWorldFontsScriptsTheShippedFacesLackAreDrawnAsPlaceholders() throws IOException {
        fonts = new FontSet(document, FontPool.SHARED, List.of(), WorldFonts.NONE);
        ParagraphSetter setter = new ParagraphSetter(fonts, Hyphenator.NONE);

        setter.set(List.of(new Span("“海は私たちをつなぐ。”", TEXT, null, null, 0)), 300, Alignment.LEFT, 0);

        assertThat(fonts.warnings()).anyMatch(w -> w.matches("\\d+ characters in Hiragana have no font; drawn as placeholders.*"));
    }
}
