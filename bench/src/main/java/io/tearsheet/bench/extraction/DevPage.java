package io.tearsheet.bench.extraction;

import java.nio.file.Path;

/**
 * One page of a development set: its saved HTML and what people marked on it.
 *
 * @param set            the set's folder name
 * @param id             the page's file name without extension
 * @param html           the saved page
 * @param gold           the human-marked main content, one block a line; null when the set marks only snippets
 * @param headline       the marked headline, or null
 * @param goldHasHeader  whether the set's gold also holds the title, byline and date lines
 */
record DevPage(String set, String id, Path html, String gold, String headline, boolean goldHasHeader) {
    String name() {
        return set + "/" + id;
    }
}
