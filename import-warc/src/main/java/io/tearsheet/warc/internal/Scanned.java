package io.tearsheet.warc.internal;

/**
 * One record as the scanner found it.
 *
 * @param facts  what is known of it (for a damaged record, at least its offset)
 * @param damage why it cannot be read, one line naming the problem, or null when it can be
 */
public record Scanned(RecordFacts facts, String damage) {
}
