package io.tearsheet.epub.internal;

import io.tearsheet.model.Metadata;

/**
 * What the first pass over a book learns about one article, kept while the rest is read again article by article.
 *
 * @param given       the article's index in the book's article source
 * @param metadata    its metadata (for the contents, the order and the package)
 * @param fingerprint its content fingerprint, to check that the second read returns the same article
 * @param identifier  its own identifier, which goes into the book's
 * @param quoted      whether it has numbered quotations (and so may get a "Sources quoted" page)
 * @param attributed  whether any of its quotations names a source (and so appears in the book's index)
 * @param figures     whether it has figures
 */
record ChapterPlan(int given, Metadata metadata, String fingerprint, String identifier, boolean quoted,
                   boolean attributed, boolean figures) {
}
