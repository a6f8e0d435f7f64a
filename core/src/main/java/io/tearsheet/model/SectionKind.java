package io.tearsheet.model;

/**
 * What a {@link Section} is for. In JSON each kind is written in lower case ({@code series_note}).
 *
 * @since 0.1.0
 */
public enum SectionKind {
    /** The article's running text. */
    BODY,
    /** A box beside the story: a timeline, a fact file, a related short item. */
    SIDEBAR,
    /** "First in a four-part series on …". */
    SERIES_NOTE,
    /** A note from the editors about how the story was reported or changed. */
    EDITORS_NOTE,
    /** A published correction. */
    CORRECTION,
    /** A dated update appended to the story. */
    UPDATE,
    /** A line about the author ("Jane Doe covers China for …"). */
    AUTHOR_NOTE
}
