package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.Objects;

/**
 * A phrase that names a speaker, as parsed: "Mr. Varga", "he", "the paper", "a visiting economist",
 * "the family-owned Kellford newspaper Evening Post", "harbour pilots". Made with {@link #builder}.
 *
 * @param surface     the phrase as written, with its appositives
 * @param form        how it refers: a name, a pronoun, a definite or indefinite description, a bare plural
 * @param name        the name itself (without title) for {@link Form#NAME}; the description as a name otherwise
 * @param title       a title or honorific written before the name ("Mr.", "Chief Executive"), or null
 * @param description what the phrase says the speaker is ("family-owned Kellford newspaper"), or null
 * @param kind        the kind of source it names, as far as the phrase tells
 * @param gender      the gender it implies
 * @param plural      whether it names many
 * @param head        the head noun of a description, lower case, or null
 * @param alias       the form to record as an alias of the canonical name ("Mr. Varga", "the Courier"), or null
 * @param age         the age the phrase gives ("Leonard Fitch, 56", "the 56-year-old"), or null
 */
public record SpeakerPhrase(String surface, Form form, String name, String title, String description, SourceKind kind,
                            Gender gender, boolean plural, String head, String alias, Integer age) {

    public SpeakerPhrase {
        Objects.requireNonNull(surface, "surface must not be null");
        Objects.requireNonNull(form, "form must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(gender, "gender must not be null");
    }

    /** A phrase of this form as written; everything else is set on the builder. */
    static Builder builder(Form form, String surface) {
        return new Builder(form, surface);
    }

    /** A builder holding this phrase's parts, to make one that differs in a few. */
    Builder toBuilder() {
        return new Builder(form, surface).name(name).title(title).description(description).kind(kind).gender(gender)
                .plural(plural).head(head).alias(alias).age(age);
    }

    /** How a phrase refers to its speaker. */
    public enum Form {
        /** "Anton Varga", "Mr. Varga", "Evening Post". */
        NAME,
        /** "he", "she", "they", "it". */
        PRONOUN,
        /** "the paper", "the company", "her neighbour": refers back, or introduces a unique role. */
        DEFINITE,
        /** "a visiting economist", "one father": someone new and unnamed. */
        INDEFINITE,
        /** "harbour pilots", "local press reports": an unnamed plurality or kind of document. */
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
        return toBuilder().gender(g).build();
    }

    /**
     * Builds a {@link SpeakerPhrase}. The form and the surface are given first; the name must be set; kind defaults
     * to {@link SourceKind#ANONYMOUS}, gender to {@link Gender#UNKNOWN}, plural to false, and the rest to null.
     */
    static final class Builder {
        private final Form form;
        private String surface;
        private String name;
        private String title;
        private String description;
        private SourceKind kind = SourceKind.ANONYMOUS;
        private Gender gender = Gender.UNKNOWN;
        private boolean plural;
        private String head;
        private String alias;
        private Integer age;

        private Builder(Form form, String surface) {
            this.form = form;
            this.surface = surface;
        }

        /** The phrase as written, with its appositives. */
        Builder surface(String surface) {
            this.surface = surface;
            return this;
        }

        Builder name(String name) {
            this.name = name;
            return this;
        }

        Builder title(String title) {
            this.title = title;
            return this;
        }

        Builder description(String description) {
            this.description = description;
            return this;
        }

        Builder kind(SourceKind kind) {
            this.kind = kind;
            return this;
        }

        Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        Builder plural(boolean plural) {
            this.plural = plural;
            return this;
        }

        Builder head(String head) {
            this.head = head;
            return this;
        }

        Builder alias(String alias) {
            this.alias = alias;
            return this;
        }

        Builder age(Integer age) {
            this.age = age;
            return this;
        }

        SpeakerPhrase build() {
            return new SpeakerPhrase(surface, form, name, title, description, kind, gender, plural, head, alias, age);
        }
    }
}
