/**
 * Pages: flow items stacked into columns and pages, then drawn.
 *
 * <p>Start at {@link io.tearsheet.pdf.internal.page.PageComposer}, which places {@link
 * io.tearsheet.pdf.internal.page.FlowItem}s (lines, space, rules, figures) page by page. Where each item goes is
 * pure layout, decided without PDF by {@code ColumnFitter} (keeps, space at column heads) and
 * {@code ColumnBalancer} (evening out the last page's columns); {@code PagePainter} then draws a finished page with
 * PDFBox: content stream, links and the running head and folio that {@link
 * io.tearsheet.pdf.internal.page.PageFurniture} gives.
 */
package io.tearsheet.pdf.internal.page;
