package io.tearsheet.pdf;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ExportReport;
import io.tearsheet.model.Article;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Paragraph;
import io.tearsheet.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded sample and the real articles of the shared corpus (read in place, never copied). */
class SampleAndCorpusTest {
    private static final Validator VALIDATOR = new Validator();
    private static final PdfExporter EXPORTER = PdfExporter.builder().build();

    /** Skips the calling test until the plain-text reader is on the class path. */
    private static void assumePlainTextReader() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Tearsheet.reader("text/plain").isPresent(),
                "no text/plain reader on the class path yet");
    }

    @Test
    void sampleIsValidAndReadsInOrder() throws Exception {
        assumePlainTextReader();
        Article sample = Tearsheet.sample();
        for (PdfExporter exporter : List.of(EXPORTER, PdfExporter.builder().pageSize(PageSize.A5).build(),
                PdfExporter.builder().columns(2).build())) {
            byte[] pdf = exporter.toBytes(sample);
            assertThat(VALIDATOR.failures(pdf)).isEmpty();
            assertReadsInOrder(sample, pdf);
        }
        PdfFiles.keep("sample.pdf", EXPORTER.toBytes(sample));
        PdfFiles.keep("sample-a5.pdf", PdfExporter.builder().pageSize(PageSize.A5).build().toBytes(sample));
        PdfFiles.keep("sample-2col.pdf", PdfExporter.builder().columns(2).build().toBytes(sample));
    }

    static List<Path> corpus() {
        return SharedCorpus.articles();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusArticlesAreValidAndReadInOrder(Path file) throws Exception {
        assumePlainTextReader();
        Article article = Tearsheet.read(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = EXPORTER.export(article, out);
        assertThat(report.warnings()).doesNotContainNull();
        assertThat(VALIDATOR.failures(out.toByteArray())).isEmpty();
        assertReadsInOrder(article, out.toByteArray());
    }

    /**
     * Every word of every paragraph, in order. Hyphens are left out on both sides: a line that ends at the hyphen of
     * "second-year" extracts exactly like one hyphenated by the line breaker, so neither can be told apart.
     */
    private static void assertReadsInOrder(Article article, byte[] pdf) throws Exception {
        String text = PdfExporterTest.normalise(PdfFiles.content(pdf)).replace("[", "").replace("]", "")
                .replace("-", "");
        int from = 0;
        for (Paragraph paragraph : article.paragraphs()) {
            for (String hyphenated : PdfExporterTest.words(Inlines.plainText(paragraph.content()))) {
                String word = hyphenated.replace("-", "");
                int at = text.indexOf(word, from);
                assertThat(at).as("'%s' after position %d", word, from).isGreaterThanOrEqualTo(0);
                from = at + word.length();
            }
        }
    }
}
