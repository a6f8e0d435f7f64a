package io.tearsheet.pdf;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.model.Article;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.testing.TestArticles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfExporterTest {
    private static final Validator VALIDATOR = new Validator();
    private static final PdfExporter EXPORTER = PdfExporter.builder().build();

    @Test
    void everythingIsPdfA3aAndPdfUa1() throws Exception {
        byte[] pdf = EXPORTER.toBytes(TestArticles.everything());
        PdfFiles.keep("everything-a4.pdf", pdf);
        assertThat(VALIDATOR.failures(pdf)).isEmpty();
    }

    @Test
    void minimalIsPdfA3aAndPdfUa1() throws Exception {
        byte[] pdf = EXPORTER.toBytes(TestArticles.minimal());
        assertThat(VALIDATOR.failures(pdf)).isEmpty();
        assertThat(PdfFiles.pages(pdf)).isEqualTo(1);
    }

    @Test
    void everyLayoutOptionStaysValid() throws Exception {
        List<PdfExporter> variants = List.of(
                PdfExporter.builder().pageSize(PageSize.A5).columns(2).build(),
                PdfExporter.builder().pageSize(PageSize.US_LETTER).twoSided(true)
                        .build(),
                PdfExporter.builder().pageSize(PageSize.TRADE_6X9)
                        .margins(Margins.of(40)).hyphenation(false).build(),
                PdfExporter.builder().columns(2).build());
        int i = 0;
        for (PdfExporter exporter : variants) {
            byte[] pdf = exporter.toBytes(TestArticles.everything());
            PdfFiles.keep("everything-variant-" + (i++) + ".pdf", pdf);
            assertThat(VALIDATOR.failures(pdf)).isEmpty();
        }
    }

    @Test
    void sameArticleGivesSameBytes() {
        assertThat(EXPORTER.toBytes(TestArticles.everything())).isEqualTo(EXPORTER.toBytes(TestArticles.everything()));
    }

    @Test
    void explicitTimestampChangesTheFile() {
        PdfExporter dated = PdfExporter.builder()
                .timestamp(Instant.parse("2030-01-02T03:04:05Z")).build();
        byte[] pdf = dated.toBytes(TestArticles.minimal());
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("<xmp:CreateDate>2030-01-02T03:04:05Z</xmp:CreateDate>");
        assertThat(pdf).isNotEqualTo(EXPORTER.toBytes(TestArticles.minimal()));
    }

    @Test
    void textFollowsEveryParagraphInReadingOrder() throws Exception {
        Article article = TestArticles.everything();
        String text = normalise(PdfFiles.content(EXPORTER.toBytes(article))).replace("[", "").replace("]", "");
        int from = 0;
        for (Paragraph paragraph : article.paragraphs()) {
            for (String word : words(Inlines.plainText(paragraph.content()))) {
                int at = text.indexOf(word, from);
                assertThat(at).as("'%s' after position %d", word, from).isGreaterThanOrEqualTo(0);
                from = at + word.length();
            }
        }
    }

    @Test
    void embedsTheJsonAsAssociatedSourceFile() throws Exception {
        ArticleExporter json = ServiceLoader.load(ArticleExporter.class).stream().map(ServiceLoader.Provider::get)
                .filter(e -> e.format().equals(Format.JSON)).findFirst().orElseThrow();
        assertThat(json.getClass().getName()).isEqualTo("io.tearsheet.json.JsonExporter");
        byte[] expected = json.toBytes(TestArticles.everything());
        try (PDDocument document = Loader.loadPDF(EXPORTER.toBytes(TestArticles.everything()))) {
            COSArray af = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertThat(af).isNotNull();
            assertThat(af.size()).isEqualTo(1);
            PDComplexFileSpecification spec = new PDComplexFileSpecification((COSDictionary) af.getObject(0));
            assertThat(spec.getFileUnicode()).isEqualTo("article.json");
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            assertThat(spec.getEmbeddedFile().toByteArray()).isEqualTo(expected);
        }
    }

    @Test
    void bookmarksTheHeadlineAndSubheadings() throws Exception {
        try (PDDocument document = Loader.loadPDF(EXPORTER.toBytes(TestArticles.everything()))) {
            var outline = document.getDocumentCatalog().getDocumentOutline();
            assertThat(outline.getFirstChild().getTitle()).isEqualTo("Millbrook Bets on the ‘Night Boat’ Again");
            assertThat(outline.getFirstChild().getFirstChild().getTitle()).isEqualTo("Doubters on the quay");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void linksAreTaggedAnnotationsWithTheirTarget() throws Exception {
        try (PDDocument document = Loader.loadPDF(EXPORTER.toBytes(TestArticles.everything()))) {
            List<String> targets = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        targets.add(uri.getURI());
                        assertThat(link.getCOSObject().getInt(COSName.STRUCT_PARENT)).isGreaterThanOrEqualTo(0);
                        assertThat(link.getContents()).contains("example.org");
                    }
                }
            }
            assertThat(targets).containsExactly("https://example.org/ferries");
        }
    }

    @Test
    void listsSourcesWithPagesOfTheirQuotations() throws Exception {
        String text = PdfFiles.text(EXPORTER.toBytes(TestArticles.everything()));
        assertThat(text).contains("Sources quoted");
        assertThat(normalise(text)).contains("Harriet Okafor, the city's transport commissioner. Quotation 1 (p. 1).");
    }

    @Test
    void drawsEditorialInsertionsInBrackets() throws Exception {
        assertThat(normalise(PdfFiles.text(EXPORTER.toBytes(TestArticles.everything()))))
                .contains("[to carry the traffic]");
    }

    @Test
    void hostileTextNeverThrowsAndIsReported() throws Exception {
        String hostile = "Null\u0000 bell\u0007 lone \uD800 surrogate, emoji 🛳️ and 👩🏽‍🚀, CJK 渡船, Cherokee ᏣᎳᎩ, combining e\u0301, "
                + "RTL \u202Eעברית\u202C العربية, markup <script>alert(1)</script> ]]> &amp; \uFFFE end";
        Article article = Article.builder()
                .metadata(Metadata.builder().headline("Hostile \u0001 text ]]> <b>").deck(hostile).language("en").build())
                .section(Section.body(List.of(Paragraph.of(hostile), Paragraph.of(hostile.repeat(3)))))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = EXPORTER.export(article, out);
        assertThat(VALIDATOR.failures(out.toByteArray())).isEmpty();
        // Cherokee is in none of the fonts, with or without tearsheet-fonts-world
        assertThat(report.warnings()).anyMatch(w -> w.contains("U+13E3")).anyMatch(w -> w.contains("U+0000"))
                .anyMatch(w -> w.contains("U+D800"));
        assertThat(PdfFiles.text(out.toByteArray())).contains("<script>alert(1)</script>");
    }

    @Test
    void placeholdersCarryTheCharacterTheyStandFor() throws Exception {
        Article article = Article.builder()
                .metadata(Metadata.builder().headline("Ferries").build())
                .section(Section.body(List.of(Paragraph.of("The ferry Ꭰ sails."))))
                .build();
        try (PDDocument document = Loader.loadPDF(EXPORTER.toBytes(article))) {
            byte[] content = document.getPage(0).getContents().readAllBytes();
            assertThat(new String(content, java.nio.charset.StandardCharsets.US_ASCII))
                    .contains("/Span <</ActualText <FEFF13A0>");
        }
    }

    @Test
    void drawsALigatureCharacterAsItsLettersAndStaysValid() throws Exception {
        Article article = Article.builder()
                .metadata(Metadata.builder().headline("Ferries").build())
                .section(Section.body(List.of(new Paragraph(List.of(new io.tearsheet.model.Text("The ﬁrst ferry "),
                        new io.tearsheet.model.Emphasis(List.of(new io.tearsheet.model.Text("ﬂoats ﬁne"))))))))
                .build();
        byte[] pdf = EXPORTER.toBytes(article);
        assertThat(VALIDATOR.failures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            byte[] content = document.getPage(0).getContents().readAllBytes();
            assertThat(new String(content, java.nio.charset.StandardCharsets.US_ASCII))
                    .contains("/Span <</ActualText <FEFFFB01>");
        }
    }

    @Test
    void oneExporterServesManyThreadsAtOnce() throws Exception {
        byte[] expected = EXPORTER.toBytes(TestArticles.everything());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> EXPORTER.toBytes(TestArticles.everything())));
            }
            for (var result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registeredFontIsTriedBeforeTheFallback() throws Exception {
        byte[] dejaVu;
        try (var in = PdfExporterTest.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
            dejaVu = in.readAllBytes();
        }
        PdfExporter exporter = PdfExporter.builder().font("DejaVuSerif", dejaVu)
                .build();
        Article article = Article.builder()
                .metadata(Metadata.builder().headline("Ferries").build())
                .section(Section.body(List.of(Paragraph.of("Arrows ⇄ and a snowman ☃."))))
                .build();
        ExportReport report = exporter.export(article, OutputStream.nullOutputStream());
        assertThat(report.warnings()).anyMatch(w -> w.contains("drawn from DejaVuSerif"));
    }

    @Test
    void rejectsAFileThatIsNotAFont() {
        assertThatThrownBy(() -> PdfExporter.builder().font("junk", new byte[]{1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("junk");
    }

    @Test
    void rejectsMarginsThatLeaveNoRoom() {
        assertThatThrownBy(() -> PdfExporter.builder().pageSize(PageSize.A5).margins(Margins.of(200)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfExporter.builder().columns(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(ArticleExporter.class).stream().map(ServiceLoader.Provider::type))
                .contains(PdfExporter.class);
        assertThat(new PdfExporter().format()).isEqualTo(Format.PDF);
    }

    @Test
    void embedsWhatTheConfiguredAttachmentExporterWrites() throws Exception {
        ArticleExporter fake = new FakeJsonExporter();
        byte[] pdf = PdfExporter.builder().attachment(fake).build().toBytes(TestArticles.minimal());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray af = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            PDComplexFileSpecification spec = new PDComplexFileSpecification((COSDictionary) af.getObject(0));
            assertThat(spec.getEmbeddedFile().toByteArray()).isEqualTo(fake.toBytes(TestArticles.minimal()));
        }
    }

    @Test
    void writesNothingWhenTheAttachmentFails() {
        ArticleExporter broken = new ArticleExporter() {
            @Override
            public Format format() {
                return Format.JSON;
            }

            @Override
            public ExportReport export(Article article, OutputStream out) {
                throw new IllegalStateException("broken");
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> PdfExporter.builder().attachment(broken).build().export(TestArticles.minimal(), out))
                .isInstanceOf(ExportException.class);
        assertThat(out.size()).isZero();
    }

    /**
     * Text as extracted, with line-end hyphens joined (also across the blank line between pages) and every kind of
     * space made one space.
     */
    static String normalise(String text) {
        return text.replaceAll("-(\\r?\\n)+", "").replace('\u00A0', ' ').replaceAll("\\s+", " ").replace('’', '\'');
    }

    /**
     * The words of a paragraph as they should appear in extracted text; words with characters that the
     * built-in fonts lack (emoji, CJK, mathematical letters) are drawn as placeholders and left out.
     */
    static List<String> words(String plain) {
        List<String> words = new ArrayList<>();
        for (String word : normalise(plain).split(" ")) {
            String trimmed = word.strip();
            boolean drawable = trimmed.codePoints().allMatch(cp -> cp < 0x2600 || cp >= 0x2800 && cp < 0x2E80);
            if (!trimmed.isEmpty() && drawable) {
                words.add(trimmed);
            }
        }
        return words;
    }
}
