package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

/**
 * A phrase that names a speaker, as parsed: "Mr. Deng", "he", "the paper", "a Western diplomat",
 * "the pro-Beijing Hong Kong newspaper Ta Kung Pao", "Soviet diplomats".
 *
 * @param surface     the phrase as written, with its appositives
 * @param form        how it refers: a name, a pronoun, a definite or indefinite description, a bare plural
 * @param name        the name itself (without title) for {@link Form#NAME}; the description as a name otherwise
 * @param title       a title or honorific written before the name ("Mr.", "Chief Executive"), or null
 * @param description what the phrase says the speaker is ("pro-Beijing Hong Kong newspaper"), or null
 * @param kind        the kind of source it names, as far as the phrase tells
 * @param gender      the gender it implies
 * @param plural      whether it names many
 * @param head        the head noun of a description, lower case, or null
 * @param alias       the form to record as an alias of the canonical name ("Mr. Deng", "the Courier"), or null
 */
public record SpeakerPhrase(String surface, Form form, String name, String title, String description, SourceKind kind,
                            Gender gender, boolean plural, String head, String alias) {

    /** How a phrase refers to its speaker. */
    public enum Form {
        /** "Deng Xiaoping", "Mr. Deng", "Ta Kung Pao". */
        NAME,
        /** "he", "she", "they", "it". */
        PRONOUN,
        /** "the paper", "the company", "her neighbour": refers back, or introduces a unique role. */
        DEFINITE,
        /** "a Western diplomat", "one father": someone new and unnamed. */
        INDEFINITE,
        /** "Soviet diplomats", "official press reports": an unnamed plurality or kind of document. */
        BARE,
        /** "Jane Doe and John Roe": several named people at once. */
        COORDINATED
    }

    /** Whether the phrase can be the antecedent of "he" or "she": one person. */
    public boolean isPerson() {
        if (plural) {
            return false;
        }
        return switch (form) {
            case NAME -> kind == SourceKind.PERSON;
            case DEFINITE, INDEFINITE -> head != null && HeadNouns.looksLikePerson(head);
            default -> false;
        };
    }

    SpeakerPhrase withGender(Gender g) {
        return new SpeakerPhrase(surface, form, name, title, description, kind, g, plural, head, alias);
    }
}
