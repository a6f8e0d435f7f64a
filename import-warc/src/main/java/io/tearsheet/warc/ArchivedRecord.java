package io.tearsheet.warc;

import io.tearsheet.model.ArchiveRecord;

import java.nio.file.Path;

/**
 * One record of a web archive as a listing found it: where it is, what its headers say, and what becomes of it.
 *
 * @param file          the archive file
 * @param offset        the byte offset where the record starts (where its gzip member starts, in a compressed file)
 * @param length        how many bytes of the file the record takes, or -1 when unknown (a damaged record)
 * @param type          its {@code WARC-Type} ({@code response}, {@code resource}, {@code conversion}, {@code
 *                      revisit}, {@code request}…), or null when its header could not be read
 * @param recordId      its {@code WARC-Record-ID} as written ({@code <urn:uuid:…>}), or null
 * @param targetUri     its {@code WARC-Target-URI}, or null
 * @param date          its {@code WARC-Date} as written, or null
 * @param payloadDigest its {@code WARC-Payload-Digest} as written, or null
 * @param httpStatus    the HTTP status of a response or revisit, or 0 when it has none
 * @param contentType   the payload's {@code Content-Type} as given (the HTTP one for responses), or null
 * @param disposition   what becomes of it
 * @param detail        why, when it is not plain from the disposition (the HTTP status, the damage, the capture a
 *                      revisit refers to), or null
 * @since 0.1.0
 */
public record ArchivedRecord(Path file, long offset, long length, String type, String recordId, String targetUri,
                             String date, String payloadDigest, int httpStatus, String contentType,
                             Disposition disposition, String detail) {

    /** The archive file's name, without folders. */
    public String fileName() {
        return String.valueOf(file.getFileName());
    }

    /** How messages name the record's place: {@code crawl.warc.gz@1234}. */
    public String place() {
        return fileName() + "@" + offset;
    }

    /** The record as an article's provenance names it, or null when its header could not be read. */
    public ArchiveRecord archiveRecord() {
        if (type == null || recordId == null) {
            return null;
        }
        return new ArchiveRecord(fileName(), offset, type, recordId, targetUri, date, payloadDigest);
    }

    /** This record with another disposition. */
    ArchivedRecord as(Disposition disposition, String detail) {
        return new ArchivedRecord(file, offset, length, type, recordId, targetUri, date, payloadDigest, httpStatus,
                contentType, disposition, detail);
    }
}
