package io.tearsheet.read.internal;

import java.util.List;

/**
 * What the locator measures of each unit of a page's text to tell the article's prose from the page's furniture:
 * signals that survive the loss of markup (its length, whether it ends a sentence, its share of function words,
 * links a text browser marked, capitals, digits and separators, whether the boilerplate patterns know it or the page
 * repeats it), the same of its neighbours, since prose and furniture each come in runs, and where it stands on the
 * page. {@link ProseModel} weighs them; {@link #NAMES} names them in order, as the model's file does.
 */
public final class ProseFeatures {
    /** The features' names, in the order of {@link #of}'s vectors. */
    public static final List<String> NAMES = List.of("bias", "log-chars", "ends-sentence", "stop-density",
            "unknown-language", "link-density", "title-case", "digits", "commas", "separators", "all-caps",
            "furniture", "repeated", "word-length", "few-words", "label-colon", "sentences", "starts-lower",
            "prev-ends-sentence", "next-ends-sentence", "prev-log-chars", "next-log-chars", "prev-stop-density",
            "next-stop-density", "prev-furniture", "next-furniture", "position", "position-squared", "near-stamps",
            "near-repeated", "after-comments");

    /** How many units on either side are looked at for time stamps and repeated labels. */
    private static final int NEAR = 3;
    /** Prose units (sentences of this many words) that must stand before a comment marker for it to end the story. */
    private static final int STORY_BEFORE_COMMENTS = 2;
    private static final int STORY_SENTENCE_WORDS = 20;

    private ProseFeatures() {
    }

    /**
     * The feature vectors of a page's units, one per unit; {@code furniture} and {@code repeated} say which units the
     * boilerplate patterns know and which short ones the page repeats.
     */
    static double[][] of(List<PageUnit> units, boolean knownLanguage, boolean[] furniture, boolean[] repeated,
                         boolean[] comments) {
        int n = units.size();
        boolean[] stamps = new boolean[n];
        for (int i = 0; i < n; i++) {
            stamps[i] = units.get(i).headerItem();
        }
        // time stamps and repeated lines count on both sides only: a comment stream has stamps between its items and
        // a menu repeated lines all round, while a story's own date lines and photo credits stand on one side of its
        // lede and must not make the lede look like a comment or a menu
        int[] nearStamps = nearOnBothSides(stamps);
        int[] nearRepeated = nearOnBothSides(repeated);
        boolean[] afterComments = afterComments(units, comments);
        double[][] own = new double[n][];
        for (int i = 0; i < n; i++) {
            own[i] = own(units.get(i), knownLanguage, furniture[i], repeated[i]);
        }
        double[][] vectors = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] x = new double[NAMES.size()];
            System.arraycopy(own[i], 0, x, 0, own[i].length);
            int k = own[i].length;
            double[] prev = i > 0 ? own[i - 1] : null;
            double[] next = i + 1 < n ? own[i + 1] : null;
            x[k++] = prev == null ? 0 : prev[2];
            x[k++] = next == null ? 0 : next[2];
            x[k++] = prev == null ? 0 : prev[1];
            x[k++] = next == null ? 0 : next[1];
            x[k++] = prev == null ? 0 : prev[3];
            x[k++] = next == null ? 0 : next[3];
            x[k++] = prev == null ? 1 : prev[11];
            x[k++] = next == null ? 1 : next[11];
            double position = n == 1 ? 0.5 : (double) i / (n - 1);
            x[k++] = position;
            x[k++] = position * position;
            x[k++] = nearStamps[i] / (2.0 * NEAR);
            x[k++] = nearRepeated[i] / (2.0 * NEAR);
            x[k] = afterComments[i] ? 1 : 0;
            vectors[i] = x;
        }
        return vectors;
    }

    /**
     * For every unit, how many of the units within {@link #NEAR} on either side (not itself) are marked, or zero
     * unless marked units stand on both sides (a comment stream or a menu, not a story's own date line).
     */
    private static int[] nearOnBothSides(boolean[] marked) {
        int n = marked.length;
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + (marked[i] ? 1 : 0);
        }
        int[] near = new int[n];
        for (int i = 0; i < n; i++) {
            int before = prefix[i] - prefix[Math.max(0, i - NEAR)];
            int after = prefix[Math.min(n, i + NEAR + 1)] - prefix[i + 1];
            near[i] = before > 0 && after > 0 ? before + after : 0;
        }
        return near;
    }

    /**
     * Whether each unit stands after a comment section's marker ("24 comments", "Leave a reply") that itself follows a
     * few sentences of prose: below it, prose is readers', not the story's.
     */
    private static boolean[] afterComments(List<PageUnit> units, boolean[] comments) {
        boolean[] after = new boolean[units.size()];
        int sentences = 0;
        boolean open = false;
        for (int i = 0; i < units.size(); i++) {
            after[i] = open;
            PageUnit unit = units.get(i);
            if (unit.words() >= STORY_SENTENCE_WORDS && unit.endsSentence()) {
                sentences++;
            }
            if (comments[i] && sentences >= STORY_BEFORE_COMMENTS) {
                open = true;
            }
        }
        return after;
    }

    /** The unit's own features: the names up to "starts-lower". */
    private static double[] own(PageUnit unit, boolean knownLanguage, boolean furniture, boolean repeated) {
        String text = unit.text();
        int words = Math.max(1, unit.words());
        int capitalised = 0;
        int lettered = 0;
        int digits = 0;
        int commas = 0;
        int separators = 0;
        int sentences = 0;
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                wordStart = true;
                continue;
            }
            if (wordStart && Character.isLetter(c)) {
                lettered++;
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    capitalised++;
                }
            }
            wordStart = false;
            if (Character.isDigit(c)) {
                digits++;
            } else if (c == ',' || c == '،' || c == '、') {
                commas++;
            } else if (c == '|' || c == '·' || c == '•' || c == '»' || c == '›' || c == '>') {
                separators++;
            } else if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                sentences++;
            }
        }
        int first = text.codePointAt(0);
        return new double[] {
            1,
            Math.log1p(unit.chars()),
            unit.endsSentence() ? 1 : 0,
            knownLanguage ? unit.stopDensity() : 0,
            knownLanguage ? 0 : 1,
            unit.linkDensity(),
            lettered == 0 ? 0 : (double) capitalised / lettered,
            (double) digits / Math.max(1, unit.chars()),
            (double) commas / words,
            separators > 0 ? 1 : 0,
            Words.isAllCaps(text, 3) ? 1 : 0,
            furniture ? 1 : 0,
            repeated ? 1 : 0,
            Math.min(15, (double) unit.chars() / words),
            unit.words() <= 3 ? 1 : 0,
            isLabel(text) ? 1 : 0,
            Math.min(10, sentences),
            Character.isLowerCase(first) ? 1 : 0,
        };
    }

    /** "Tags: …", "Map: …", "Photo: …": a short label and a colon opening the unit. */
    private static boolean isLabel(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && colon <= 20 && Words.count(text.substring(0, colon)) <= 2;
    }
}
