package io.tearsheet.validate;

import io.tearsheet.epub.EpubExporter;
import io.tearsheet.json.JsonExporter;
import io.tearsheet.pdf.PdfExporter;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidatorsTest {
    @TempDir
    Path dir;

    @Test
    void ourOutputsPassTheirValidators() throws IOException {
        Path json = Files.write(dir.resolve("a.json"), new JsonExporter().toBytes(TestArticles.everything()));
        Path epub = Files.write(dir.resolve("a.epub"), new EpubExporter().toBytes(TestArticles.everything()));
        Path pdf = Files.write(dir.resolve("a.pdf"), new PdfExporter().toBytes(TestArticles.everything()));

        for (Path file : new Path[]{json, epub, pdf}) {
            Validation validation = Validators.validate(file);
            assertThat(validation.findings()).as(validation.validator()).isEmpty();
            assertThat(validation.passed()).isTrue();
        }
    }

    @Test
    void brokenFilesFail() throws IOException {
        byte[] pdf = new PdfExporter().toBytes(TestArticles.minimal());
        Path truncated = Files.write(dir.resolve("broken.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
        Path json = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"tearsheet-article\"}");
        byte[] epub = new EpubExporter().toBytes(TestArticles.minimal());
        Path zip = Files.write(dir.resolve("broken.epub"), java.util.Arrays.copyOf(epub, epub.length - 100));

        assertThat(Validators.validate(truncated).passed()).isFalse();
        assertThat(Validators.validate(json).findings()).isNotEmpty();
        assertThat(Validators.validate(zip).passed()).isFalse();
    }

    @Test
    void detectsTheFormatFromContentWithoutAnExtension() throws IOException {
        Path pdf = Files.write(dir.resolve("no-extension"), new PdfExporter().toBytes(TestArticles.minimal()));

        assertThat(Validators.validate(pdf).validator()).startsWith("veraPDF");
    }

    @Test
    void checksJsonAsDeepAsTheReaderAllowsWithoutOverflowingTheStack() throws IOException {
        io.tearsheet.model.Inline inline = new io.tearsheet.model.Text("deep");
        for (int i = 0; i < 480; i++) {
            inline = new io.tearsheet.model.Emphasis(java.util.List.of(inline));
        }
        io.tearsheet.model.Article article = io.tearsheet.model.Article.builder()
                .metadata(io.tearsheet.model.Metadata.builder().headline("Deep").build())
                .section(io.tearsheet.model.Section.body(java.util.List.of(
                        new io.tearsheet.model.Paragraph(java.util.List.of(inline)))))
                .build();
        Path json = Files.write(dir.resolve("deep.json"), new JsonExporter().toBytes(article));

        Validation validation = Validators.validate(json);

        assertThat(validation.findings()).isEmpty();
    }

    @Test
    void refusesOtherFiles() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> Validators.validate(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an EPUB, PDF or Tearsheet JSON file");
    }
}
