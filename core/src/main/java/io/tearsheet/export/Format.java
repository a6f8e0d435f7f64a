package io.tearsheet.export;

import java.util.Locale;
import java.util.Objects;

/**
 * An output format: its short name (as given to the CLI's {@code --to}), its file extension and its
 * media type. Formats are values, so a new exporter can bring a new format without changing core.
 *
 * @param name      short lower-case name, for example {@code epub}
 * @param extension file extension without the dot
 * @param mediaType IANA media type of the files
 * @since 0.1.0
 */
public record Format(String name, String extension, String mediaType) {
    /** The Tearsheet JSON archive format. */
    public static final Format JSON = new Format("json", "json", "application/json");
    /** The schema.org JSON-LD view of an article. */
    public static final Format JSON_LD = new Format("jsonld", "jsonld", "application/ld+json");
    /** EPUB 3. */
    public static final Format EPUB = new Format("epub", "epub", "application/epub+zip");
    /** PDF/A-3. */
    public static final Format PDF = new Format("pdf", "pdf", "application/pdf");

    public Format {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(extension, "extension must not be null");
        Objects.requireNonNull(mediaType, "mediaType must not be null");
        if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.isBlank()) {
            throw new IllegalArgumentException("format name must be lower case and not blank: '" + name + "'");
        }
    }
}
