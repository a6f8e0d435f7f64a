package io.tearsheet.quotes.internal;

/**
 * Reported speech without quotation marks, found in one sentence: harbour pilots say [the channel is too narrow].
 *
 * @param paragraph   the paragraph index
 * @param attribution the speaker phrase and cue
 * @param from        first char of the reported words
 * @param to          one past their last char
 */
public record IndirectAttribution(int paragraph, Attribution attribution, int from, int to) {
}
