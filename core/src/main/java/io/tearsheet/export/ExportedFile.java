package io.tearsheet.export;

import io.tearsheet.io.WrittenFile;

/**
 * A file an exporter wrote, with its fixity and what the exporter had to change.
 *
 * @param format the file's format
 * @param file   where it is, its SHA-256 and size
 * @param report what the exporter changed to fit the format
 * @since 0.1.0
 */
public record ExportedFile(Format format, WrittenFile file, ExportReport report) {
}
