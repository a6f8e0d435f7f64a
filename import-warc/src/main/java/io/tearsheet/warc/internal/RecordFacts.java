package io.tearsheet.warc.internal;

/**
 * What the scanner learnt of one record from its WARC header and, for HTTP captures, the HTTP header: enough to say
 * what the record is and where it is, without holding its payload.
 *
 * @param offset            where the record starts in its file (where its gzip member starts, when compressed)
 * @param length            how many bytes of the file it takes (its gzip member, when compressed), or -1 when unknown
 *                          (a damaged record)
 * @param type              {@code WARC-Type}, or null
 * @param recordId          {@code WARC-Record-ID} as written ({@code <urn:uuid:…>}), or null
 * @param targetUri         {@code WARC-Target-URI}, or null
 * @param date              {@code WARC-Date} as written, or null
 * @param payloadDigest     {@code WARC-Payload-Digest} as written, or null
 * @param httpStatus        the HTTP status of a response or revisit, or 0 without one
 * @param contentType       the payload's type as given (the HTTP {@code Content-Type}, or the record's for resource
 *                          and conversion records), or null
 * @param kind              what the payload is
 * @param refersTo          {@code WARC-Refers-To} as written, or null
 * @param refersToTargetUri {@code WARC-Refers-To-Target-URI}, or null
 * @param refersToDate      {@code WARC-Refers-To-Date}, or null
 * @param truncated         {@code WARC-Truncated} (why the crawler cut the payload short), or null
 * @param segmented         whether the record is one segment of a record split over several ({@code
 *                          WARC-Segment-Number}), which is not read
 */
public record RecordFacts(long offset, long length, String type, String recordId, String targetUri, String date,
                          String payloadDigest, int httpStatus, String contentType, PayloadKind kind,
                          String refersTo, String refersToTargetUri, String refersToDate, String truncated,
                          boolean segmented) {

    /** Facts of a record nothing could be read of: only its place is known. */
    public static RecordFacts unknown(long offset) {
        return new RecordFacts(offset, -1, null, null, null, null, null, 0, null, PayloadKind.NONE, null, null, null,
                null, false);
    }

    /** These facts with the record's length. */
    public RecordFacts withLength(long length) {
        return new RecordFacts(offset, length, type, recordId, targetUri, date, payloadDigest, httpStatus, contentType,
                kind, refersTo, refersToTargetUri, refersToDate, truncated, segmented);
    }
}
