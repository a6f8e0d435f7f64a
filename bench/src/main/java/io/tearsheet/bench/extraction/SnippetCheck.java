package io.tearsheet.bench.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page's extraction checked against the snippets its set marks (trafilatura's evaluation pages): text the
 * extraction must hold ({@link DevPage#with()}) and text it must not ({@link DevPage#without()}). Quote styles, case
 * and spacing are folded and soft hyphens and zero-width marks dropped before the text is searched.
 *
 * @param found  how many of the snippets to hold were found
 * @param missed the snippets to hold that were not found
 * @param leaked the snippets to leave out that were found
 */
record SnippetCheck(int found, List<String> missed, List<String> leaked) {
    static final SnippetCheck NONE = new SnippetCheck(0, List.of(), List.of());

    /** Checks the blocks of an extraction against the page's snippets. */
    static SnippetCheck of(DevPage page, List<String> blocks) {
        if (page.with().isEmpty() && page.without().isEmpty()) {
            return NONE;
        }
        String text = fold(String.join(" ", blocks));
        int found = 0;
        List<String> missed = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        for (String snippet : page.with()) {
            if (text.contains(fold(snippet))) {
                found++;
            } else {
                missed.add(snippet);
            }
        }
        for (String snippet : page.without()) {
            if (text.contains(fold(snippet))) {
                leaked.add(snippet);
            }
        }
        return new SnippetCheck(found, List.copyOf(missed), List.copyOf(leaked));
    }

    /** Precision, recall and F1 over a run's checks: found against found and leaked, found against found and missed. */
    static double[] totals(Iterable<SnippetCheck> checks) {
        long found = 0;
        long missed = 0;
        long leaked = 0;
        for (SnippetCheck check : checks) {
            found += check.found();
            missed += check.missed().size();
            leaked += check.leaked().size();
        }
        double p = found + leaked == 0 ? 0 : (double) found / (found + leaked);
        double r = found + missed == 0 ? 0 : (double) found / (found + missed);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static String fold(String text) {
        return Normalizer.normalize(WordScore.withoutInvisibles(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u201a\u201b`´]", "'").replaceAll("[\u201c\u201d\u201e\u201f«»]", "\"")
                .replaceAll("\\s+", " ").strip();
    }
}
