package io.tearsheet.model;

/**
 * What kind of speaker a {@link Source} is. Lower case in JSON.
 *
 * @since 0.1.0
 */
public enum SourceKind {
    /** A named person: “Deng Xiaoping”. */
    PERSON,
    /** A named body: a ministry, a company, a party. */
    ORGANIZATION,
    /** A newspaper, agency or broadcaster quoted as a speaker: “Ta Kung Pao”. */
    PUBLICATION,
    /** An unnamed plurality: “Western diplomats”, “Chinese and Soviet officials”. */
    GROUP,
    /** A text rather than a speaker: “official press reports”, a statement, a report. */
    DOCUMENT,
    /** One unnamed speaker known by a description: “a Western diplomat”. */
    ANONYMOUS
}
