package io.tearsheet.model;

/**
 * Where in a web archive (a WARC or WET file, ISO 28500) an article's input was found, so that anyone holding the
 * archive can find the original bytes again.
 *
 * @param file          the archive file's name (no folders, so no local path leaks into an archive copy)
 * @param offset        the byte offset of the record in that file (of its gzip member, for a compressed file)
 * @param recordType    the record's {@code WARC-Type}: "response", "resource", "conversion" or "revisit"
 * @param recordId      the record's {@code WARC-Record-ID} ("&lt;urn:uuid:…&gt;")
 * @param targetUri     the page's address, {@code WARC-Target-URI}, or null
 * @param date          when the page was captured, {@code WARC-Date} as written (W3C date-time), or null
 * @param payloadDigest the record's {@code WARC-Payload-Digest} ("sha1:…"), or null
 * @since 0.1.0
 */
public record ArchiveRecord(String file, long offset, String recordType, String recordId, String targetUri,
                            String date, String payloadDigest) {
    public ArchiveRecord {
        Checks.requiredText(file, "archive.file");
        if (offset < 0) {
            throw new InvalidArticleException("archive.offset must not be negative, was " + offset);
        }
        Checks.requiredText(recordType, "archive.recordType");
        Checks.requiredText(recordId, "archive.recordId");
        targetUri = Checks.optionalText(targetUri);
        date = Checks.optionalText(date);
        payloadDigest = Checks.optionalText(payloadDigest);
    }
}
