package io.tearsheet.quotes.internal;

/** What the text tells about a speaker's grammatical gender: enough to resolve "he said" and "she said". */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Whether a pronoun of gender {@code pronoun} can refer to a speaker of this gender. */
    boolean compatibleWith(Gender pronoun) {
        return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }
}
