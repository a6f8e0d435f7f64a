/**
 * EPUB 3.3 ebooks of news articles: one article, or many as one book with a combined "Who is quoted" index.
 *
 * <p>Start with {@link io.tearsheet.epub.EpubExporter}, which writes one article; a book of many is
 * {@link io.tearsheet.epub.EpubBookExporter}'s. Both are immutable, thread-safe and configured with builders that
 * share the options of {@link io.tearsheet.epub.EpubOptions} (generated pages, stylesheet, modification time), so
 * a book can be written the way its articles are:
 *
 * <pre>{@code
 * EpubExporter articles = EpubExporter.builder().style(EpubStyle.MINIMAL).build();
 * EpubBookExporter books = EpubBookExporter.builder().options(articles.options())
 *         .arrangement(BookArrangement.BY_DATE)
 *         .build();
 * AtomicFiles.writeWithChecksum(dir.resolve("article.epub"), out -> articles.export(article, out));
 * }</pre>
 *
 * <p>The rest of this package is choices: {@link io.tearsheet.epub.EpubStyle} (the shipped stylesheets) and
 * {@link io.tearsheet.epub.BookArrangement} (how a book's contents are ordered and grouped). Both exporters are also
 * found with {@link java.util.ServiceLoader}, as {@link io.tearsheet.export.ArticleExporter} and
 * {@link io.tearsheet.export.BookExporter}; how the EPUB is written lives in the unexported
 * {@code io.tearsheet.epub.internal}.
 *
 * @see <a href="https://www.w3.org/TR/epub-33/">EPUB 3.3</a>
 */
package io.tearsheet.epub;
