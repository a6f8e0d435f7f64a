package io.tearsheet.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tearsheet.model.Article;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;
import io.tearsheet.testing.TestArticles;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The published schema itself: each broken document is refused by the rule meant to refuse it, at the place it
 * is broken. Blocks and inlines pick their shape by {@code type} with if/then: with oneOf, every branch validated
 * the whole subtree of a container, so checking cost grew as 3^depth (ten levels of emphasis took a minute and a
 * gigabyte), and a refusal named every branch; with if/then only the matching shape is checked, and named.
 */
class JsonSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** In {@link TestArticles#everything()}: the first paragraph, its first inline, and the first heading. */
    private static final String FIRST_PARAGRAPH = "/sections/0/blocks/0";
    private static final String FIRST_INLINE = FIRST_PARAGRAPH + "/content/0";
    private static final String HEADING = "/sections/0/blocks/2";

    private final JsonExporter exporter = new JsonExporter();

    @Test
    void acceptsAnArticleNestedAHundredLevelsDeep() {
        Inline inline = new Text("deep");
        for (int i = 0; i < 100; i++) {
            inline = i % 2 == 0 ? new Emphasis(List.of(inline)) : new Strong(List.of(inline));
        }
        Article article = Article.builder().metadata(Metadata.builder().headline("Deep").build())
                .section(Section.body(List.of(new Paragraph(List.of(inline))))).build();

        assertThat(SchemaValidation.violations(exporter.toBytes(article))).isEmpty();
    }

    @Test
    void refusesMembersOfAnotherTypeOfInlineOrBlock() {
        String json = everything();

        assertThat(violations(json.replaceFirst("\"type\": \"text\",",
                "\"type\": \"text\", \"href\": \"https://example.org\",")))
                .containsExactly(tuple("additionalProperties", FIRST_INLINE, "href"));
        assertThat(violations(json.replaceFirst("\"type\": \"paragraph\",", "\"type\": \"paragraph\", \"level\": 2,")))
                .containsExactly(tuple("additionalProperties", FIRST_PARAGRAPH, "level"));
    }

    @Test
    void refusesAnUnknownTypeAndAMissingOne() {
        String json = everything();

        assertThat(violations(json.replaceFirst("\"type\": \"text\"", "\"type\": \"txt\"")))
                .containsExactly(tuple("enum", FIRST_INLINE + "/type", null));
        assertThat(violations(json.replaceFirst("\"type\": \"text\",", "")))
                .containsExactly(tuple("required", FIRST_INLINE, "type"));
        assertThat(violations(json.replaceFirst("\"type\": \"heading\",", "")))
                .containsExactly(tuple("required", HEADING, "type"));
    }

    @Test
    void refusesAContainerWithoutItsContent() {
        String json = everything();
        int emphasis = json.indexOf("\"type\": \"emphasis\"");
        String broken = json.substring(0, emphasis) + "\"type\": \"emphasis\", \"text\": \"no content\""
                + json.substring(json.indexOf(']', emphasis) + 1);

        assertThat(violations(broken)).containsExactly(
                tuple("additionalProperties", "/sections/0/blocks/3/content/3", "text"),
                tuple("required", "/sections/0/blocks/3/content/3", "content"));
    }

    @Test
    void refusesMetadataWithoutAHeadlineOrWithABlankOne() {
        assertThat(violations(changed(root -> ((ObjectNode) root.get("metadata")).remove("headline"))))
                .containsExactly(tuple("required", "/metadata", "headline"));
        assertThat(violations(changed(root -> ((ObjectNode) root.get("metadata")).put("headline", ""))))
                .containsExactly(tuple("minLength", "/metadata/headline", null));
    }

    @Test
    void refusesAHeadingLevelOutsideTwoToSix() {
        assertThat(violations(changed(root -> ((ObjectNode) root.at(HEADING)).put("level", 7))))
                .containsExactly(tuple("maximum", HEADING + "/level", null));
        assertThat(violations(changed(root -> ((ObjectNode) root.at(HEADING)).put("level", 1))))
                .containsExactly(tuple("minimum", HEADING + "/level", null));
    }

    @Test
    void refusesAnUnknownSectionKindAndAnotherMajorVersion() {
        assertThat(violations(changed(root -> ((ObjectNode) root.at("/sections/0")).put("kind", "appendix"))))
                .containsExactly(tuple("enum", "/sections/0/kind", null));
        assertThat(violations(changed(root -> root.put("formatVersion", "2.0"))))
                .containsExactly(tuple("pattern", "/formatVersion", null));
    }

    @Test
    void refusesAnUnknownMemberAtTheTop() {
        assertThat(violations(changed(root -> root.put("comment", "not part of the format"))))
                .containsExactly(tuple("additionalProperties", "", "comment"));
    }

    /** The rules {@code json} breaks, as (keyword, JSON pointer, property) in document order. */
    private static List<Tuple> violations(String json) {
        return SchemaValidation.violations(json.getBytes(StandardCharsets.UTF_8)).stream()
                .map(v -> tuple(v.keyword(), v.at(), v.property()))
                .toList();
    }

    private String everything() {
        return new String(exporter.toBytes(TestArticles.everything()), StandardCharsets.UTF_8);
    }

    /** The archive of {@link TestArticles#everything()} with {@code change} made to its tree. */
    private String changed(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(everything());
            change.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
