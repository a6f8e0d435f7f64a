package io.tearsheet.bench.extraction;

import java.nio.file.Path;
import java.util.List;

/**
 * One page of a development set: its saved HTML and what people marked on it.
 *
 * @param set            the set's folder name
 * @param id             the page's file name without extension
 * @param html           the saved page
 * @param gold           the human-marked main content, one block a line; null when the set marks only snippets
 * @param headline       the marked headline, or null
 * @param goldHasHeader  whether the set's gold also holds the title, byline and date lines
 * @param authors        the marked authors, empty when the set marks none
 * @param date           the marked publication date (YYYY-MM-DD), or null
 * @param with           snippets the main content must hold (sets that mark snippets instead of the whole text)
 * @param without        snippets it must not hold
 */
record DevPage(String set, String id, Path html, String gold, String headline, boolean goldHasHeader,
               List<String> authors, String date, List<String> with, List<String> without) {
    DevPage(String set, String id, Path html, String gold, String headline, boolean goldHasHeader) {
        this(set, id, html, gold, headline, goldHasHeader, List.of(), null, List.of(), List.of());
    }

    String name() {
        return set + "/" + id;
    }

    /** Whether the page belongs to the held-back part, which tuning never looks at ({@link ProseModelFit.Split}). */
    boolean heldOut() {
        return ProseModelFit.Split.isHeldOut(this);
    }

    /** Whether the set marks snippets rather than the whole main content. */
    boolean snippetsOnly() {
        return gold == null && (!with.isEmpty() || !without.isEmpty());
    }
}
