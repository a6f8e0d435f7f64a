/**
 * Reading articles: the {@link io.tearsheet.read.ArticleReader} service every reader implements (found with
 * {@link java.util.ServiceLoader}), core's own {@link io.tearsheet.read.PlainTextReader} for scraped plain text,
 * {@link io.tearsheet.read.Typography} (typographic quotation marks) and {@link io.tearsheet.read.ReadException},
 * which every reader throws for input it cannot read.
 *
 * <p>The conventions of news text that readers recognise (bylines, datelines, series notes, dates, site furniture)
 * live in {@code io.tearsheet.read.conventions}, shared by the readers and not part of the public API.
 *
 * @since 0.1.0
 */
package io.tearsheet.read;
