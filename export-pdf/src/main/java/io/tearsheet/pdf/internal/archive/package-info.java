/**
 * Archival parts of the PDF: XMP metadata, output intent, associated files, document identifier.
 *
 * <p>Start at {@link io.tearsheet.pdf.internal.archive.ArchiveParts}; {@link
 * io.tearsheet.pdf.internal.archive.XmpPacket} writes the metadata.
 */
package io.tearsheet.pdf.internal.archive;
