package io.tearsheet.model;

/**
 * How a {@link Quote} reports what was said. Lower case in JSON.
 *
 * @since 0.1.0
 */
public enum QuoteKind {
    /** A whole sentence or more in quotation marks: “Q,” X said. */
    DIRECT,
    /** A few quoted words inside the writer's own sentence: X has “quietly laid to rest” the fear. */
    PARTIAL,
    /** Reported speech without quotation marks: harbour pilots say the channel is too narrow. */
    INDIRECT,
    /** Words held at a distance by quotation marks, with no speaker: what they call “a new kind of neighbourliness”. */
    SCARE
}
