package io.tearsheet.model;

/**
 * What kind of speaker a {@link Source} is. Lower case in JSON.
 *
 * @since 0.1.0
 */
public enum SourceKind {
    /** A named person: “Anton Varga”. */
    PERSON,
    /** A named body: a ministry, a company, a party. */
    ORGANIZATION,
    /** A newspaper, agency or broadcaster quoted as a speaker: “Evening Post”. */
    PUBLICATION,
    /** An unnamed plurality: “harbour pilots”, “Danish and Dutch engineers”. */
    GROUP,
    /** A text rather than a speaker: “local press reports”, a statement, a report. */
    DOCUMENT,
    /** One unnamed speaker known by a description: “a visiting economist”. */
    ANONYMOUS
}
