package io.tearsheet.read;

import io.tearsheet.testing.AnnotationCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance on the shared corpus ({@code ../shared/corpus}, read in place, skipped when absent): every field of
 * each article's annotation must hold, judged as {@code ../shared/tools/score_article.py} judges them.
 */
class CorpusAcceptanceTest {

    static List<ArticleFixtures.Fixture> corpus() {
        return ArticleFixtures.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyAnnotatedFieldHolds(ArticleFixtures.Fixture fixture) {
        AnnotationCheck check = fixture.check();
        System.out.println("corpus " + fixture.name() + ": " + check.results());
        assertThat(check.failures()).as("fields of %s that do not hold", fixture.name()).isEmpty();
    }
}
