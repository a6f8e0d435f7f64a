package io.tearsheet.warc.internal;

/** What a record's payload is, as far as reading articles goes. */
public enum PayloadKind {
    /** An HTML page ({@code text/html}, {@code application/xhtml+xml}, or no type and HTML by its first bytes). */
    HTML,
    /** Extracted text: a WET {@code conversion} record. */
    TEXT,
    /** Anything else: images, scripts, style sheets, PDFs, DNS answers. */
    OTHER,
    /** No payload, or none that says what it is (requests, metadata, warcinfo, revisits without HTTP headers). */
    NONE
}
