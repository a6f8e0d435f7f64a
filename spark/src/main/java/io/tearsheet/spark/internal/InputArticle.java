package io.tearsheet.spark.internal;

/**
 * One row of the job's input.
 *
 * @param id        the article's id, unique in the input; names its outputs (may be null in bad input)
 * @param url       where the article came from, or null
 * @param mediaType {@code text/plain}, {@code text/html}, {@code application/json} or {@code application/warc} (a
 *                  web archive's record); null to detect it
 * @param content   the article's bytes (may be null in bad input)
 * @param archive   where in a web archive the row's record is, or null for rows that are not from one
 */
public record InputArticle(String id, String url, String mediaType, byte[] content, ArchiveFields archive) {

    /** A row that is not from a web archive. */
    public InputArticle(String id, String url, String mediaType, byte[] content) {
        this(id, url, mediaType, content, null);
    }
}
