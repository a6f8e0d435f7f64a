package io.tearsheet.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportException;
import io.tearsheet.model.Article;
import io.tearsheet.read.ArticleReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the exporters: the fuzzer's bytes become an article through one of the readers (the
 * first byte picks plain text, Tearsheet JSON or HTML), and the article is exported. An export either succeeds or
 * throws {@link ExportException}; the same article always gives the same bytes. Regression inputs live in
 * {@code src/test/resources/io/tearsheet/hardening/ExporterFuzzTestInputs/METHOD/}.
 */
class ExporterFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void json(FuzzedDataProvider data) throws IOException {
        exportOrRefuse(Pipeline.JSON, data);
    }

    @FuzzTest(maxDuration = "2m")
    void epub(FuzzedDataProvider data) throws IOException {
        exportOrRefuse(Pipeline.EPUB, data);
    }

    @FuzzTest(maxDuration = "2m")
    void pdf(FuzzedDataProvider data) throws IOException {
        exportOrRefuse(Pipeline.PDF, data);
    }

    private static void exportOrRefuse(ArticleExporter exporter, FuzzedDataProvider data) throws IOException {
        ArticleReader reader = switch (Math.floorMod(data.consumeByte(), 3)) {
            case 0 -> Pipeline.TEXT;
            case 1 -> Pipeline.JSON_READER;
            default -> Pipeline.HTML;
        };
        Article article = ReaderFuzzTest.readOrRefuse(reader, data.consumeRemainingAsBytes());
        if (article == null) {
            return;
        }
        byte[] first;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(article, out);
            first = out.toByteArray();
        } catch (ExportException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(first).isNotEmpty();
        assertThat(exporter.toBytes(article)).as("the same article gives the same bytes").isEqualTo(first);
    }
}
