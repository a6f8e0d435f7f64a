package io.tearsheet.warc.internal;

import java.util.List;

/**
 * A record's payload, ready for a reader: the page's bytes with transfer and content encodings removed.
 *
 * @param bytes       the entity body as the server meant it (chunking and gzip/deflate/brotli undone)
 * @param contentType its {@code Content-Type} as given, or null
 * @param status      the HTTP status, or 0 when the record holds no HTTP message
 * @param notes       what was noticed on the way (a payload digest that does not match, a truncated capture)
 */
public record Payload(byte[] bytes, String contentType, int status, List<String> notes) {
    public Payload {
        notes = List.copyOf(notes);
    }
}
