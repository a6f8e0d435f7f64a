package io.tearsheet.batch;

import java.util.List;

/**
 * What an {@link ArticleContainer} found in its files.
 *
 * @param inputs the articles to read, in file order (entries that turned out damaged are inputs whose reading fails)
 * @param notes  one line per file saying what it held and what was left out, for example
 *               {@code "crawl.warc.gz: 14 records, 6 pages; skipped 6 request, 1 warcinfo, 1 not HTML"}
 * @since 0.1.0
 */
public record ContainerListing(List<BatchInput> inputs, List<String> notes) {
    public ContainerListing {
        inputs = List.copyOf(inputs);
        notes = List.copyOf(notes);
    }
}
