/**
 * PDF export: tagged PDF/A-3a + PDF/UA-1 print copies with the article's Tearsheet JSON embedded as their source.
 *
 * <p>Start with {@link io.tearsheet.pdf.PdfExporter} for one article and {@link io.tearsheet.pdf.PdfBookExporter}
 * for a volume of many. Both are configured by builders that take the same options ({@link io.tearsheet.pdf.PageSize},
 * {@link io.tearsheet.pdf.Margins}, columns, two-sided printing, timestamp, extra fonts, hyphenation, the attachment
 * exporter), and a book can take an article exporter's options whole with
 * {@link io.tearsheet.pdf.PdfBookExporter#of(io.tearsheet.pdf.PdfExporter)}. Everything under
 * {@code io.tearsheet.pdf.internal} is implementation, not API.
 */
package io.tearsheet.pdf;
