package io.tearsheet.quotes.internal;

/**
 * A phrase in the writer's text that may refer to a speaker, with its place: the subject of a cue verb, a name,
 * a description of a person, a pronoun. Mentions are resolved to {@link Entity entities} in reading order.
 *
 * @param paragraph the paragraph index
 * @param start     first char of the phrase
 * @param end       one past its last char
 * @param sentence  the start of its sentence (char index), to tell mentions of one sentence from another
 * @param phrase    the parsed phrase
 * @param role      what the phrase does in its sentence
 */
public record Mention(int paragraph, int start, int end, int sentence, SpeakerPhrase phrase, Role role) {

    /** What a mention does in its sentence, in the order pronouns prefer them as antecedents. */
    public enum Role {
        /** The subject of a cue verb: someone who speaks. */
        SPEAKER,
        /** The subject of another verb. */
        SUBJECT,
        /** Anywhere else. */
        OTHER
    }

    /** Whether this mention comes before char {@code offset} of paragraph {@code p}. */
    boolean before(int p, int offset) {
        return paragraph < p || paragraph == p && start < offset;
    }
}
