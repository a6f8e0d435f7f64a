/**
 * How the JSON is written and read; not exported, may change in any release. Writing: {@code JsonOutput} makes the
 * canonical output both writers share, {@code ArticleJsonWriter} for the archive and {@code JsonLdWriter} for the
 * JSON-LD view. Reading: {@code JsonTree} parses within the reader's limits into plain values, {@code Node} carries
 * each with its JSON Pointer, and {@code ArticleJsonReading} turns them back into an article.
 */
package io.tearsheet.json.internal;
