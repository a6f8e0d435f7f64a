/**
 * PDF export: {@link io.tearsheet.pdf.PdfExporter} for one article, {@link io.tearsheet.pdf.PdfBookExporter} for a
 * volume, both writing tagged PDF/A-3a + PDF/UA-1 with the article's JSON embedded.
 */
package io.tearsheet.pdf;
