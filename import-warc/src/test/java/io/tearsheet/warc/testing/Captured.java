package io.tearsheet.warc.testing;

import java.time.Instant;

/**
 * A record a {@link TestWarc} wrote.
 *
 * @param recordId      its WARC-Record-ID, with angle brackets
 * @param offset        where it starts in the file
 * @param url           its target URI, or null
 * @param date          its WARC-Date
 * @param payloadDigest its payload digest, or null
 */
public record Captured(String recordId, long offset, String url, Instant date, String payloadDigest) {
}
