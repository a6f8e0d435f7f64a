package io.tearsheet.spark.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/**
 * The web-archive columns of a row read from a WARC or WET file, named as the Archives Unleashed Toolkit names its
 * columns where it has one ({@code archive_filename}, {@code mime_type_web_server}, {@code http_status_code}).
 *
 * @param filename      the archive file's name
 * @param offset        the record's byte offset in it
 * @param recordType    {@code WARC-Type}
 * @param recordId      {@code WARC-Record-ID}
 * @param date          {@code WARC-Date} as written
 * @param payloadDigest {@code WARC-Payload-Digest}, or null
 * @param mimeType      the Content-Type the server sent (the record's, for resources and conversions), or null
 * @param httpStatus    the HTTP status as text, or null
 * @param error         why the record cannot be read (it is damaged), or null
 */
public record ArchiveFields(String filename, long offset, String recordType, String recordId, String date,
                            String payloadDigest, String mimeType, String httpStatus, String error)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The capture time as the Archives Unleashed Toolkit writes {@code crawl_date}: {@code yyyyMMddHHmmss}, UTC. */
    public String crawlDate() {
        if (date == null) {
            return null;
        }
        String digits = date.replaceAll("[^0-9]", "");
        return digits.length() >= 14 ? digits.substring(0, 14) : digits.isEmpty() ? null : digits;
    }

    /** The Toolkit's {@code domain}: the host of {@code url}, lower case, without a leading {@code www.}. */
    public static String domain(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
