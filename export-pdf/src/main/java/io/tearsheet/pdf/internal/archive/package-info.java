/**
 * Archival parts of the PDF: XMP metadata, output intent, associated files, document identifier.
 */
package io.tearsheet.pdf.internal.archive;
