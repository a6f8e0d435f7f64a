/**
 * Implementation of the PDF exporters; not API. {@link io.tearsheet.pdf.internal.PdfSettings} holds the options
 * the public builders validated, as every renderer reads them.
 *
 * <p>Where to start: {@code render.ArticleRenderer} and {@code render.BookRenderer} make a whole file; from there
 * {@code render} lays out articles into flow items, {@code text} sets their lines (with {@code layout}'s line
 * breaker, {@code hyphenation} and {@code font}), {@code page} stacks the items into columns and draws pages,
 * {@code tagging} builds the structure tree as content is drawn, and {@code archive} adds what PDF/A asks for.
 */
package io.tearsheet.pdf.internal;
