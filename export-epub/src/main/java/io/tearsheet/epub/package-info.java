/**
 * EPUB 3.3 ebooks of news articles: {@link io.tearsheet.epub.EpubExporter} for one article,
 * {@link io.tearsheet.epub.EpubBookExporter} for many as one book. Both are found with
 * {@link java.util.ServiceLoader} as {@link io.tearsheet.export.ArticleExporter} and
 * {@link io.tearsheet.export.BookExporter}.
 *
 * @see <a href="https://www.w3.org/TR/epub-33/">EPUB 3.3</a>
 */
package io.tearsheet.epub;
