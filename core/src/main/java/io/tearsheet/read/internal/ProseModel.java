package io.tearsheet.read.internal;

/**
 * How likely a unit of a page's text is to be the article's prose: a logistic model over {@link ProseFeatures},
 * one weight per feature, read from {@code prose-model.txt} beside this class. The weights were fitted on public
 * extraction data sets of real pages with human-marked main content (see the file's header and
 * {@code README.md} there); every weight can be read and its sign explained.
 */
final class ProseModel {
    private static final double[] WEIGHTS = ModelFile.weights("prose-model.txt", ProseFeatures.NAMES);

    private ProseModel() {
    }

    /** The probability that a unit with these features is prose of the article. */
    static double probability(double[] features) {
        double z = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            z += WEIGHTS[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

}
