package io.tearsheet.spark.internal;

/**
 * One row of the job's input.
 *
 * @param id        the article's id, unique in the input; names its outputs (may be null in bad input)
 * @param url       where the article came from, or null
 * @param mediaType {@code text/plain}, {@code text/html} or {@code application/json}; null to detect it
 * @param content   the article's bytes (may be null in bad input)
 */
public record InputArticle(String id, String url, String mediaType, byte[] content) {
}
