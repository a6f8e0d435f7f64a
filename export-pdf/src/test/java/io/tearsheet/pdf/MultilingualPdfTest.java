package io.tearsheet.pdf;

import io.tearsheet.export.ExportReport;
import io.tearsheet.model.Article;
import io.tearsheet.model.Quote;
import io.tearsheet.pdf.internal.font.WorldFontsRequired;
import io.tearsheet.testing.MultilingualArticle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article quoting people in every major script, printed. */
class MultilingualPdfTest {
    private static Article article;
    private static byte[] pdf;
    private static ExportReport report;

    @BeforeAll
    static void export() throws Exception {
        article = MultilingualArticle.article();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report = new PdfExporter().export(article, out);
        pdf = out.toByteArray();
        PdfFiles.keep("harbour-of-voices.pdf", pdf);
    }

    @Test
    void passesPdfAAndPdfUa() {
        assertThat(new Validator().failures(pdf)).isEmpty();
    }

    @Test
    void drawsEveryScriptWithoutAPlaceholder() throws Exception {
        WorldFontsRequired.check();
        assertThat(report.warnings()).noneMatch(w -> w.contains("no font") || w.contains("placeholder"));
        assertThat(fontNames()).noneMatch(name -> name.contains("DejaVu"))
                .anyMatch(name -> name.endsWith("+NotoNaskhArabic-Regular"))
                .anyMatch(name -> name.endsWith("+NotoSerifDevanagari-Regular"))
                .anyMatch(name -> name.endsWith("+NotoSerifThai-Regular"))
                .anyMatch(name -> name.endsWith("+DroidSansFallback"))
                .anyMatch(name -> name.endsWith("+Symbola"));
    }

    @Test
    void embedsOnlySubsetsOfTheFonts() throws Exception {
        WorldFontsRequired.check();
        // Droid Sans Fallback alone is 3.4 MB and Symbola 3.2 MB: subsets keep the file small
        assertThat(pdf.length).isLessThan(400_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    var font = (org.apache.pdfbox.pdmodel.font.PDType0Font) page.getResources().getFont(name);
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                    var file = font.getDescendantFont().getFontDescriptor().getFontFile2();
                    assertThat(file.getLength()).as(font.getName()).isLessThan(120_000);
                }
            }
        }
    }

    private static List<String> fontNames() throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    @Test
    void extractedTextGivesBackEveryQuotationsCharacters() throws Exception {
        String text = PdfExporterTest.normalise(PdfFiles.content(pdf)).replace("\u202A", "").replace("\u202B", "")
                .replace("\u202C", "");
        assertThat(article.quotes()).hasSizeGreaterThanOrEqualTo(17);
        for (Quote quote : article.quotes()) {
            if (quote.text().codePoints().anyMatch(cp -> Character.getDirectionality(cp)
                    == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT)) {
                // Right-to-left text comes back word by word through each glyph's ToUnicode, the extractor
                // putting it in logical order itself; punctuation at a direction change, vowel marks and the
                // lam-alef ligature (which PDFBox's extractor turns round, and poppler's does not) may move.
                for (String word : PdfExporterTest.normalise(quote.text()).split(" ")) {
                    String letters = word.replaceAll("\\p{Mn}", "").replaceAll("[,.“”]", "");
                    if (!letters.contains("لا")) {
                        assertThat(text.replaceAll("\\p{Mn}", "")).as(quote.text()).contains(letters);
                    }
                }
                continue;
            }
            // a line may break inside Thai or CJK text, where there is no space: extraction then has one
            assertThat(closeUp(text)).as(quote.text())
                    .contains(closeUp(PdfExporterTest.normalise(quote.text()).replace('’', '\'')));
        }
    }

    /** The text without white space next to characters of scripts written without spaces. */
    private static String closeUp(String text) {
        String noSpaces = "[\\p{IsThai}\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}。，、]";
        return text.replaceAll("(?<=" + noSpaces + ")\\s+|\\s+(?=" + noSpaces + ")", "");
    }

    @Test
    void reportsEachScriptWithoutAFontOnce() {
        List<String> placeholders = report.warnings().stream().filter(w -> w.contains("no font")).toList();
        assertThat(placeholders).allMatch(w -> w.matches("\\d+ characters? in [A-Za-z ]+ ha(s|ve) no font; .*"));
        assertThat(placeholders.stream().map(w -> w.replaceAll("^\\d+ characters? in ([A-Za-z ]+) ha.*", "$1")))
                .doesNotHaveDuplicates();
        assertThat(report.warnings()).hasSizeLessThan(20);
    }

    @Test
    void quotationsInAnotherScriptCarryTheirLanguage() throws Exception {
        List<String> languages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collect(document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT),
                    languages, 0);
        }
        assertThat(languages).contains("el", "und-Cyrl", "und-Arab", "he", "und-Deva", "und-Beng", "und-Taml", "th",
                "und-Hani", "ja", "ko", "ka", "hy", "und-Ethi");
    }

    @Test
    void arabicIsJoined() {
        var font = io.tearsheet.pdf.internal.font.FontPool.builtIn(io.tearsheet.pdf.internal.font.FontFace.FALLBACK);
        var alone = io.tearsheet.pdf.internal.font.Shaper.shape(font, "ب", true);
        var joined = io.tearsheet.pdf.internal.font.Shaper.shape(font, "ببب", true);
        assertThat(joined.glyphs()).hasSize(3);
        // initial, medial and final forms: three different glyphs, none the isolated one
        assertThat(joined.glyphs()).doesNotContain(alone.glyphs()[0]).doesNotHaveDuplicates();
    }

    private static void collect(COSDictionary node, List<String> languages, int depth) {
        if (node == null || depth > 40) {
            return;
        }
        String lang = node.getString(COSName.LANG);
        if (lang != null) {
            languages.add(lang);
        }
        COSBase kids = node.getDictionaryObject(COSName.K);
        if (kids instanceof COSDictionary kid) {
            collect(kid, languages, depth + 1);
        } else if (kids instanceof org.apache.pdfbox.cos.COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
                    collect(kid, languages, depth + 1);
                }
            }
        }
    }
}
