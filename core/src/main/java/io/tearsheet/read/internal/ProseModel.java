package io.tearsheet.read.internal;

/**
 * How likely a unit of a page's text is to be the article's prose: a logistic model over {@link ProseFeatures},
 * one weight per feature, read from {@code prose-model.txt} beside this class. The weights were fitted on public
 * extraction data sets of real pages with human-marked main content (see the file's header and
 * {@code README.md} there); every weight can be read and its sign explained.
 */
final class ProseModel {
    private static final double[] WEIGHTS = ModelFile.weights("prose-model.txt", ProseFeatures.NAMES);
    /**
     * jusText's rule for a good paragraph: this long (characters) and with this share of the language's function words
     * (its defaults: 200 and 0.32; 300 measured better on trafilatura's evaluation pages dumped to text, as below).
     */
    private static final int LONG_PROSE_CHARS = 300;
    private static final double LONG_PROSE_STOP_DENSITY = 0.32;
    private static final double LONG_PROSE_MAX_LINK_DENSITY = 0.2;
    /** The least probability of prose of such a paragraph. */
    private static final double LONG_PROSE_FLOOR = 0.6;
    /** The most probability of prose of a unit of digits without a letter. */
    private static final double NO_LETTER_CEILING = 0.1;
    private static final int STOP_DENSITY = ProseFeatures.NAMES.indexOf("stop-density");
    private static final int NEAR_STAMPS = ProseFeatures.NAMES.indexOf("near-stamps");
    private static final int AFTER_COMMENTS = ProseFeatures.NAMES.indexOf("after-comments");

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

    /**
     * The probability that {@code unit} is prose of the article, but at least {@link #LONG_PROSE_FLOOR} for a
     * paragraph that jusText would call good: long, ending a sentence, rich in the page language's function words, few
     * of its words in links, not known furniture, and neither among time stamps nor after a comments marker (where
     * long paragraphs are readers' comments). The logistic model alone weighs length, word length and position against
     * each other and gave long paragraphs of German prose at the end of a page 0.3-0.45. A unit of digits without a
     * letter (a share counter's "384") is at most {@link #NO_LETTER_CEILING}: the model's weight for digits had made a
     * lone counter between prose paragraphs look like prose.
     */
    static double probability(double[] features, PageUnit unit, boolean furniture) {
        double p = probability(features);
        if (!unit.hasLetter() && unit.hasDigit()) {
            return Math.min(p, NO_LETTER_CEILING);
        }
        boolean longProse = unit.chars() >= LONG_PROSE_CHARS && unit.endsSentence()
                && features[STOP_DENSITY] >= LONG_PROSE_STOP_DENSITY
                && unit.linkDensity() < LONG_PROSE_MAX_LINK_DENSITY && !furniture
                && features[NEAR_STAMPS] == 0 && features[AFTER_COMMENTS] == 0;
        return longProse ? Math.max(p, LONG_PROSE_FLOOR) : p;
    }

}
