package io.tearsheet.epub.internal;

import java.util.Locale;

/**
 * The file names of one article's documents inside the EPUB: made from its position, never from its text.
 *
 * @param article the article document, for example {@code article-0001.xhtml}
 * @param sources its "Sources quoted" document, or null when it has none
 */
record ChapterFiles(String article, String sources) {

    /** The files of the only article of a single-article EPUB. */
    static ChapterFiles single(boolean withSources) {
        return new ChapterFiles("article.xhtml", withSources ? "sources.xhtml" : null);
    }

    /** The files of the article at {@code position} (from zero) in a book. */
    static ChapterFiles inBook(int position, boolean withSources) {
        String number = String.format(Locale.ROOT, "%04d", position + 1);
        return new ChapterFiles("article-" + number + ".xhtml", withSources ? "sources-" + number + ".xhtml" : null);
    }

    /** A manifest id for a file name: the name without its extension (always a valid XML name here). */
    static String manifestId(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }
}
