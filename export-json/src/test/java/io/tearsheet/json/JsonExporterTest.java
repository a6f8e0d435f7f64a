package io.tearsheet.json;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.Format;
import io.tearsheet.model.Article;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.Text;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonExporterTest {
    private final JsonExporter exporter = new JsonExporter();

    @Test
    void writesTheGoldenFileForTheEverythingArticle() throws IOException {
        byte[] json = exporter.toBytes(TestArticles.everything());

        try (InputStream golden = getClass().getResourceAsStream("everything.json")) {
            assertThat(golden).as("golden file").isNotNull();
            assertThat(new String(json, StandardCharsets.UTF_8))
                    .isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void writesTheSameBytesEveryTime() {
        Article article = TestArticles.everything();

        assertThat(exporter.toBytes(article)).isEqualTo(new JsonExporter().toBytes(article));
    }

    @Test
    void writesTheContractsNames() {
        String json = new String(exporter.toBytes(TestArticles.everything()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"format\": \"tearsheet-article\",\n  \"formatVersion\": \"1.1\",")
                .contains("\"kind\": \"series_note\"", "\"type\": \"insertion\",",
                        "\"type\": \"quote\",\n", "\"source\": null,", "\"kind\": \"publication\"")
                .doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void validatesAgainstThePublishedSchema() {
        assertThat(SchemaValidation.errors(exporter.toBytes(TestArticles.everything()))).isEmpty();
        assertThat(SchemaValidation.errors(exporter.toBytes(TestArticles.minimal()))).isEmpty();
    }

    @Test
    void compactOutputIsOneLine() {
        String json = new String(JsonExporter.builder().pretty(false).build().toBytes(TestArticles.minimal()),
                StandardCharsets.UTF_8);

        assertThat(json.strip()).doesNotContain("\n");
        assertThat(JsonArticleReader.create().read(json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(TestArticles.minimal());
    }

    @Test
    void keepsUnpairedSurrogatesAsEscapes() {
        Article article = Article.builder().metadata(Metadata.builder().headline("half \uD800 a pair").build())
                .section(Section.body(List.of(Paragraph.of("low \uDC00 end")))).build();

        byte[] json = exporter.toBytes(article);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("half \\uD800 a pair");
        assertThat(JsonArticleReader.create().read(json)).isEqualTo(article);
    }

    @Test
    void refusesNestingTheReaderCouldNotReadBack() {
        Inline inline = new Text("deep");
        for (int i = 0; i < 600; i++) {
            inline = Emphasis.of(inline);
        }
        Article article = Article.builder().metadata(Metadata.builder().headline("h").build())
                .section(Section.body(List.of(Paragraph.of(inline)))).build();

        assertThatThrownBy(() -> exporter.export(article, java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(ExportException.class).hasMessageContaining("nests deeper than the JSON format allows");
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(ArticleExporter.class).stream().map(p -> p.get().format()))
                .contains(Format.JSON, Format.JSON_LD);
    }
}
