package io.tearsheet.validate;

import io.tearsheet.json.JsonExporter;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The validators' API. EPUB and PDF outputs are checked where they are made: export-epub's and export-pdf's tests use
 * these same validators (so there is one epubcheck and one veraPDF wrapper), and they test that a broken file fails.
 */
class ValidatorsTest {
    @TempDir
    Path dir;

    @Test
    void ourJsonPassesItsSchema() throws IOException {
        Path json = Files.write(dir.resolve("a.json"), new JsonExporter().toBytes(TestArticles.everything()));

        Validation validation = Validators.validate(json);

        assertThat(validation.findings()).as(validation.validator()).isEmpty();
        assertThat(validation.passed()).isTrue();
        assertThat(validation.validator()).startsWith("JSON Schema");
    }

    @Test
    void brokenJsonFails() throws IOException {
        Path json = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"tearsheet-article\"}");

        assertThat(Validators.validate(json).findings()).isNotEmpty();
        assertThat(Validators.validate(json).passed()).isFalse();
    }

    @Test
    void checksContentHeldInMemoryByItsFirstBytes() throws IOException {
        Validation json = Validators.validate(new JsonExporter().toBytes(TestArticles.minimal()));
        Validation pdf = Validators.validate("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(json.file()).isEqualTo(Path.of("memory.json"));
        assertThat(json.passed()).isTrue();
        assertThat(pdf.validator()).startsWith("veraPDF");
        assertThat(pdf.passed()).isFalse();
    }

    @Test
    void detectsTheFormatFromContentWithoutAnExtension() throws IOException {
        Path pdf = Files.writeString(dir.resolve("no-extension"), "%PDF-1.7\n%%EOF\n");

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
