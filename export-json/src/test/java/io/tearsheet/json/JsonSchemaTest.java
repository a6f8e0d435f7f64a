package io.tearsheet.json;

import io.tearsheet.model.Article;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published schema itself. Blocks and inlines pick their shape by {@code type} with if/then: with oneOf, every
 * branch validated the whole subtree of a container, so checking cost grew as 3^depth (ten levels of emphasis took a
 * minute and a gigabyte); with if/then only the matching shape is checked.
 */
class JsonSchemaTest {
    private final JsonExporter exporter = new JsonExporter();

    @Test
    void acceptsAnArticleNestedAHundredLevelsDeep() {
        Inline inline = new Text("deep");
        for (int i = 0; i < 100; i++) {
            inline = i % 2 == 0 ? new Emphasis(List.of(inline)) : new Strong(List.of(inline));
        }
        Article article = Article.builder().metadata(Metadata.builder().headline("Deep").build())
                .section(Section.body(List.of(new Paragraph(List.of(inline))))).build();

        assertThat(SchemaValidation.errors(exporter.toBytes(article))).isEmpty();
    }

    @Test
    void refusesMembersOfAnotherTypeOfInlineOrBlock() {
        String json = everything();

        assertThat(SchemaValidation.errors(bytes(json.replaceFirst("\"type\": \"text\",",
                "\"type\": \"text\", \"href\": \"https://example.org\",")))).isNotEmpty();
        assertThat(SchemaValidation.errors(bytes(json.replaceFirst("\"type\": \"paragraph\",",
                "\"type\": \"paragraph\", \"level\": 2,")))).isNotEmpty();
    }

    @Test
    void refusesAnUnknownTypeAndAMissingOne() {
        String json = everything();

        assertThat(SchemaValidation.errors(bytes(json.replaceFirst("\"type\": \"text\"", "\"type\": \"txt\""))))
                .isNotEmpty();
        assertThat(SchemaValidation.errors(bytes(json.replaceFirst("\"type\": \"text\",", "")))).isNotEmpty();
        assertThat(SchemaValidation.errors(bytes(json.replaceFirst("\"type\": \"heading\",", "")))).isNotEmpty();
    }

    @Test
    void refusesAContainerWithoutItsContent() {
        String json = everything();
        int emphasis = json.indexOf("\"type\": \"emphasis\"");
        String broken = json.substring(0, emphasis) + "\"type\": \"emphasis\", \"text\": \"no content\""
                + json.substring(json.indexOf(']', emphasis) + 1);

        assertThat(SchemaValidation.errors(bytes(broken))).isNotEmpty();
    }

    private String everything() {
        return new String(exporter.toBytes(TestArticles.everything()), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
