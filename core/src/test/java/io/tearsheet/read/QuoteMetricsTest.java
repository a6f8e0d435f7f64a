package io.tearsheet.read;

import io.tearsheet.testing.AnnotationCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of quotation detection, of attribution and of indirect speech over every annotated
 * article we have (ours, the sample, and the shared corpus when present). Prints them; fails when precision of
 * detection or attribution falls below 0.95.
 */
class QuoteMetricsTest {
    private static final double MIN_PRECISION = 0.95;

    @Test
    void precisionOfDetectionAndAttributionIsAtLeastNinetyFivePercent() {
        List<ArticleFixtures.Fixture> fixtures = new ArrayList<>(ArticleFixtures.ownArticles());
        if (Files.isDirectory(corpusPath())) {
            fixtures.addAll(ArticleFixtures.corpus());
        }
        AnnotationCheck.QuoteCounts total = new AnnotationCheck.QuoteCounts();
        for (ArticleFixtures.Fixture fixture : fixtures) {
            AnnotationCheck.QuoteCounts counts = fixture.check().counts();
            total.add(counts);
            for (String miss : counts.misses) {
                System.out.println("  " + fixture.name() + ": " + miss);
            }
        }
        double detectionPrecision = ratio(total.predictedMatched, total.predicted);
        double detectionRecall = ratio(total.goldFound, total.goldQuotes);
        double attributionPrecision = ratio(total.attributedCorrectly, total.predictedAttributed);
        double attributionRecall = ratio(total.goldCorrect, total.goldQuotes);
        double indirectPrecision = ratio(total.predictedIndirectMatched, total.predictedIndirect);
        double indirectRecall = ratio(total.goldIndirectFound, total.goldIndirect);
        System.out.printf(Locale.ROOT, "quote metrics over %d articles (%d annotated quotations, %d indirect):%n",
                fixtures.size(), total.goldQuotes, total.goldIndirect);
        System.out.printf(Locale.ROOT, "  detection    precision %.3f (%d/%d)  recall %.3f (%d/%d)%n", detectionPrecision,
                total.predictedMatched, total.predicted, detectionRecall, total.goldFound, total.goldQuotes);
        System.out.printf(Locale.ROOT, "  attribution  precision %.3f (%d/%d)  recall %.3f (%d/%d)%n",
                attributionPrecision, total.attributedCorrectly, total.predictedAttributed, attributionRecall,
                total.goldCorrect, total.goldQuotes);
        System.out.printf(Locale.ROOT, "  indirect     precision %.3f (%d/%d)  recall %.3f (%d/%d)%n", indirectPrecision,
                total.predictedIndirectMatched, total.predictedIndirect, indirectRecall, total.goldIndirectFound,
                total.goldIndirect);
        assertThat(detectionPrecision).as("precision of quotation detection").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(attributionPrecision).as("precision of attribution").isGreaterThanOrEqualTo(MIN_PRECISION);
    }

    /** Where {@code SharedCorpus} looks; the corpus articles join the count only when it is there. */
    private static java.nio.file.Path corpusPath() {
        String configured = System.getProperty("tearsheet.shared.dir");
        java.nio.file.Path shared = configured != null ? java.nio.file.Path.of(configured) : java.nio.file.Path.of("..", "..", "shared");
        return shared.resolve("corpus");
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
