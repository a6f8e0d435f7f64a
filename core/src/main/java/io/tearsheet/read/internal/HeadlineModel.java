package io.tearsheet.read.internal;

/**
 * How well a unit of a page's text fits as the article's headline: a linear score over {@link HeadlineFeatures}, one
 * weight per feature, read from {@code headline-model.txt} beside this class; the locator takes the unit that scores
 * highest. The weights were fitted on public extraction data sets whose pages have a marked headline (see the
 * file's header and {@code README.md} there).
 */
final class HeadlineModel {
    private static final double[] WEIGHTS = ModelFile.weights("headline-model.txt", HeadlineFeatures.NAMES);

    private HeadlineModel() {
    }

    /** The unit's score as the headline; higher is likelier. */
    static double score(double[] features) {
        double z = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            z += WEIGHTS[i] * features[i];
        }
        return z;
    }
}
