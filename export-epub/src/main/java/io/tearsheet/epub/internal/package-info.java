/**
 * How the EPUB is written; not exported, may change in any release. Start with
 * {@link io.tearsheet.epub.internal.ArticleEpubWriter} and {@link io.tearsheet.epub.internal.BookEpubWriter}, which
 * write the files of an EPUB in order; a book is planned first ({@code BookPlan}, one {@code ChapterPlan} per
 * article) and its articles read again one at a time. The zip container
 * ({@link io.tearsheet.epub.internal.EpubZip}) and the streaming XML writer are kept apart from the documents that
 * use them (article, sources page, index, navigation, NCX, package), and those from the walk over an article, which
 * is core's ({@code BlockRenderer} and {@code InlineRenderer} receive it). The words shown around the article's own
 * text come from core's {@link io.tearsheet.export.DisplayText}.
 */
package io.tearsheet.epub.internal;
