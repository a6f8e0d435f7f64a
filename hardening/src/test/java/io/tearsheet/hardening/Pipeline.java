package io.tearsheet.hardening;

import io.tearsheet.epub.EpubExporter;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.html.HtmlReader;
import io.tearsheet.json.JsonArticleReader;
import io.tearsheet.json.JsonExporter;
import io.tearsheet.model.Article;
import io.tearsheet.pdf.PdfExporter;
import io.tearsheet.read.PlainTextReader;
import io.tearsheet.validate.Finding;
import io.tearsheet.validate.Validation;
import io.tearsheet.validate.Validators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline with one shared instance of every reader and exporter, as an application would hold them:
 * read, export to JSON, EPUB and PDF, and check each output with its validator.
 */
final class Pipeline {
    static final PlainTextReader TEXT = PlainTextReader.create();
    static final HtmlReader HTML = HtmlReader.create();
    static final JsonArticleReader JSON_READER = JsonArticleReader.create();
    static final JsonExporter JSON = JsonExporter.builder().build();
    static final EpubExporter EPUB = EpubExporter.builder().build();
    static final PdfExporter PDF = PdfExporter.builder().build();
    static final List<ArticleExporter> EXPORTERS = List.of(JSON, EPUB, PDF);

    private Pipeline() {
    }

    /** One exporter's output and what it reported. */
    record Output(ArticleExporter exporter, byte[] bytes, ExportReport report) {
        String extension() {
            return exporter.format().extension();
        }
    }

    /** The article exported by all three exporters, in the order JSON, EPUB, PDF. */
    static List<Output> exportAll(Article article) {
        List<Output> outputs = new ArrayList<>();
        for (ArticleExporter exporter : EXPORTERS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ExportReport report = exporter.export(article, out);
                outputs.add(new Output(exporter, out.toByteArray(), report));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return outputs;
    }

    /** Writes each output into {@code dir} and checks it with its validator; returns the outputs. */
    static List<Output> exportAndValidate(Article article, Path dir) {
        List<Output> outputs = exportAll(article);
        for (Output output : outputs) {
            assertThat(findingsOf(output, dir)).as("%s validator findings", output.extension()).isEmpty();
        }
        assertThat(JSON_READER.read(outputs.get(0).bytes())).as("the JSON reads back as the same article")
                .isEqualTo(article);
        return outputs;
    }

    /** The errors and warnings the validator of the output's format finds in it. */
    static List<Finding> findingsOf(Output output, Path dir) {
        try {
            Path file = Files.createTempFile(dir, "out", "." + output.extension());
            Files.write(file, output.bytes());
            Validation validation = Validators.validate(file);
            Files.delete(file);
            return validation.findings().stream().filter(f -> f.severity() != Finding.Severity.ADVICE).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
