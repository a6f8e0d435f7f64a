/**
 * Reads web archives, WARC and WET files (ISO 28500), into Tearsheet articles, one per captured page, each with the
 * record it came from in its provenance. Start with {@link io.tearsheet.warc.WarcArticles}; with this module on the
 * class path, {@link io.tearsheet.batch.BatchInputs#expand} (and so the command line) takes web archives as inputs
 * through {@link io.tearsheet.warc.WebArchiveContainer}.
 *
 * @since 0.1.0
 */
package io.tearsheet.warc;
