package io.tearsheet.read;

import io.tearsheet.testing.AnnotationCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own annotated articles ({@code src/test/resources/articles}): the structure of every one must be read
 * exactly as annotated; quotations are judged together in {@link QuoteMetricsTest}. The embedded sample must
 * read perfectly, quotations included.
 */
class OwnArticlesTest {
    /** What the reader must always get right: the page's structure. */
    private static final Set<String> STRUCTURE = Set.of("headline", "deck", "kicker", "bylines", "byline_roles",
            "dateline", "paragraph_count", "body_first", "body_last", "boilerplate_dropped", "boilerplate_recorded",
            "series", "series_note", "rights", "published", "editorial_insertions");

    static List<ArticleFixtures.Fixture> articles() {
        return ArticleFixtures.ownArticles();
    }

    @Test
    void thereAreAtLeastFourteenOfOurOwnArticlesBesideTheSample() {
        assertThat(articles()).filteredOn(f -> !f.name().equals("night-ferries")).hasSizeGreaterThanOrEqualTo(14);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void structureIsReadAsAnnotated(ArticleFixtures.Fixture fixture) {
        AnnotationCheck check = fixture.check();
        Map<String, String> structural = new LinkedHashMap<>();
        check.failures().forEach((field, detail) -> {
            if (STRUCTURE.contains(field)) {
                structural.put(field, detail);
            }
        });
        assertThat(structural).as("structure of %s", fixture.name()).isEmpty();
    }

    @Test
    void theEmbeddedSampleReadsPerfectly() {
        ArticleFixtures.Fixture sample = articles().stream().filter(f -> f.name().equals("night-ferries")).findFirst()
                .orElseThrow();
        AnnotationCheck check = sample.check();
        System.out.println("sample night-ferries: " + check.results());
        assertThat(check.failures()).as("fields of the sample that do not hold").isEmpty();
    }
}
